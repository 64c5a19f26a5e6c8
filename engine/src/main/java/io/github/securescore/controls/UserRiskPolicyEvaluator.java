package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.Optional;

/** UserRiskPolicy: the share of enabled users a high-user-risk policy blocks or makes change their password. */
public final class UserRiskPolicyEvaluator implements ImprovementActionEvaluator {

    private static final Requirement REQUIREMENT = new Requirement(Grant.BLOCK_OR_PASSWORD_CHANGE, Condition.HIGH_USER_RISK);

    @Override
    public String controlName() {
        return "UserRiskPolicy";
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
