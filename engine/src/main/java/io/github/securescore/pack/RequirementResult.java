package io.github.securescore.pack;

import io.github.securescore.controls.AcceptedExclusion;
import java.util.List;

/**
 * One requirement as a check found it.
 *
 * @param outcome    what the evaluator decided
 * @param omission   the policy file's omission that applies, or null; an omitted requirement is
 *                   reported with its outcome but counts neither as a pass nor as a failure
 * @param exclusions the accepted exclusions the evaluator applied (the requirement did not count
 *                   against them), in the order it applied them
 */
public record RequirementResult(Requirement requirement, RequirementOutcome outcome, PackOmission omission,
                                List<AcceptedExclusion> exclusions) {

    public RequirementResult {
        exclusions = List.copyOf(exclusions);
    }

    public RequirementResult(Requirement requirement, RequirementOutcome outcome, PackOmission omission) {
        this(requirement, outcome, omission, List.of());
    }

    public RequirementStatus status() {
        return outcome.status();
    }

    public boolean omitted() {
        return omission != null;
    }
}
