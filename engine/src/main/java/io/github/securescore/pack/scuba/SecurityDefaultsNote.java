package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Says, on a conditional access requirement that failed, that security defaults are on: they block
 * legacy authentication and ask for MFA, but the baseline asks for conditional access policies, so
 * the requirement still fails; the note keeps a reader from thinking the tool overlooked them.
 */
final class SecurityDefaultsNote {

    static final String NOTE = "security defaults are on; the baseline asks for conditional access policies instead";

    private SecurityDefaultsNote() {
    }

    static RequirementOutcome add(RequirementOutcome outcome, EvaluationContext context) {
        if (outcome.status() != RequirementStatus.FAIL || !context.securityDefaultsEnabled()) {
            return outcome;
        }
        Evidence e = outcome.evidence();
        List<String> notes = new ArrayList<>(e.notes());
        notes.add(NOTE);
        return RequirementOutcome.fail(outcome.reason(), new Evidence(e.counts(), e.policies(), e.unprotected(), notes));
    }
}
