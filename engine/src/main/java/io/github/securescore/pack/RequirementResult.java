package io.github.securescore.pack;

/**
 * One requirement as a check found it.
 *
 * @param outcome  what the evaluator decided
 * @param omission the policy file's omission that applies, or null; an omitted requirement is
 *                 reported with its outcome but counts neither as a pass nor as a failure
 */
public record RequirementResult(Requirement requirement, RequirementOutcome outcome, PackOmission omission) {

    public RequirementStatus status() {
        return outcome.status();
    }

    public boolean omitted() {
        return omission != null;
    }
}
