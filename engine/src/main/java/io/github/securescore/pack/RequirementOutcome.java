package io.github.securescore.pack;

import io.github.securescore.controls.Evidence;
import java.util.List;

/**
 * One requirement's status with what decided it.
 *
 * @param reason              why it failed, warned, is not applicable or not evaluated (null for a plain pass)
 * @param missingPermissions  Graph permissions whose absence left it not evaluated
 * @param manual              not evaluated because the baseline needs data this tool does not collect
 */
public record RequirementOutcome(RequirementStatus status, Evidence evidence, String reason,
                                 List<String> missingPermissions, boolean manual) {

    public RequirementOutcome {
        evidence = evidence == null ? Evidence.NONE : evidence;
        missingPermissions = List.copyOf(missingPermissions);
    }

    public static RequirementOutcome pass(Evidence evidence) {
        return new RequirementOutcome(RequirementStatus.PASS, evidence, null, List.of(), false);
    }

    public static RequirementOutcome fail(String reason, Evidence evidence) {
        return new RequirementOutcome(RequirementStatus.FAIL, evidence, reason, List.of(), false);
    }

    public static RequirementOutcome warning(String reason, Evidence evidence) {
        return new RequirementOutcome(RequirementStatus.WARNING, evidence, reason, List.of(), false);
    }

    public static RequirementOutcome notApplicable(String reason, Evidence evidence) {
        return new RequirementOutcome(RequirementStatus.NOT_APPLICABLE, evidence, reason, List.of(), false);
    }

    public static RequirementOutcome notEvaluated(String reason, List<String> missingPermissions) {
        return new RequirementOutcome(RequirementStatus.NOT_EVALUATED, Evidence.NONE, reason, missingPermissions, false);
    }

    /** The baseline asks for something Graph configuration cannot show (e.g. logs sent to a SIEM). */
    public static RequirementOutcome manual(String reason) {
        return new RequirementOutcome(RequirementStatus.NOT_EVALUATED, Evidence.NONE, reason, List.of(), true);
    }
}
