package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/** AdminMFAV2: the share of admins an enabled policy requires MFA from on all cloud apps. */
public final class AdminMfaEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "AdminMFAV2";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.ROLE_ASSIGNMENTS, GraphResource.USERS);
        if (context.securityDefaultsEnabled()) {
            return PopulationCoverage.bySecurityDefaults(unavailable.isEmpty() ? context.roles().admins() : null, "admins");
        }
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Set<String> unreadable = context.roles().unreadableAdminGroups(context.snapshot());
        if (!unreadable.isEmpty()) {
            return context.unreadableGroups(unreadable);
        }
        BitSet admins = context.roles().admins();
        return PopulationCoverage.evaluate(context, admins, "admins",
                new Requirement(Grant.REQUIRE_MFA, Condition.NONE), true);
    }
}
