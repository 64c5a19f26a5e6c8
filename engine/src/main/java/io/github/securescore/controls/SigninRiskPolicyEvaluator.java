package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.Optional;

/** SigninRiskPolicy: the share of enabled users a high-sign-in-risk policy blocks or challenges with MFA. */
public final class SigninRiskPolicyEvaluator implements ImprovementActionEvaluator {

    private static final Requirement REQUIREMENT = new Requirement(Grant.BLOCK_OR_MFA, Condition.HIGH_SIGN_IN_RISK);

    @Override
    public String controlName() {
        return "SigninRiskPolicy";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.USERS);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        return PopulationCoverage.evaluate(context, context.enabledUsers(), "enabled users", REQUIREMENT, false);
    }
}
