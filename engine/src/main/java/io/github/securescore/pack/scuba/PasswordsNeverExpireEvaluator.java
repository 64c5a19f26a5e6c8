package io.github.securescore.pack.scuba;

import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.PasswordExpiryEvaluator;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;

/**
 * MS.AAD.6.1v1: user passwords do not expire. Decided as the Identity Secure Score's password
 * expiry action decides it (verified managed domains, a subdomain's null following its root), so
 * the pack and the score cannot disagree.
 */
final class PasswordsNeverExpireEvaluator implements RequirementEvaluator {

    private final PasswordExpiryEvaluator action = new PasswordExpiryEvaluator();

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Evaluation evaluation = action.evaluate(context);
        if (evaluation.outcome() == Evaluation.Outcome.NOT_EVALUATED) {
            return RequirementOutcome.notEvaluated(evaluation.reason(), evaluation.missingPermissions());
        }
        if (evaluation.outcome() == Evaluation.Outcome.NOT_APPLICABLE) {
            return RequirementOutcome.notApplicable(evaluation.reason(), evaluation.evidence());
        }
        if (evaluation.evidence().counts().getOrDefault("verified managed domains", 0L) == 0) {
            return RequirementOutcome.notApplicable("the tenant has no verified managed domain (federated domains"
                    + " keep their passwords on premises)", evaluation.evidence());
        }
        return evaluation.fraction() >= 1 ? RequirementOutcome.pass(evaluation.evidence())
                : RequirementOutcome.fail("passwords expire on " + String.join(", ", evaluation.evidence().unprotected()),
                        evaluation.evidence());
    }
}
