package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.Optional;

/** BlockLegacyAuthentication: the share of enabled users an enabled policy blocks legacy-authentication clients for. */
public final class BlockLegacyAuthenticationEvaluator implements ImprovementActionEvaluator {

    private static final Requirement REQUIREMENT = new Requirement(Grant.BLOCK, Condition.LEGACY_CLIENTS);

    @Override
    public String controlName() {
        return "BlockLegacyAuthentication";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.USERS);
        if (context.securityDefaultsEnabled()) {
            return PopulationCoverage.bySecurityDefaults(unavailable.isEmpty() ? context.enabledUsers() : null,
                    "enabled users");
        }
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        return PopulationCoverage.evaluate(context, context.enabledUsers(), "enabled users", REQUIREMENT, true);
    }
}
