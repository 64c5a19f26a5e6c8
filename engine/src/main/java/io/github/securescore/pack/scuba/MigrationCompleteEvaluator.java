package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MS.AAD.3.4v1: the authentication methods policy alone governs methods (migration complete). */
final class MigrationCompleteEvaluator implements RequirementEvaluator {

    static final String COMPLETE = "migrationComplete";

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHENTICATION_METHODS_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        String state = context.snapshot().authenticationMethodsPolicy().orElseThrow().policyMigrationState();
        Evidence evidence = new Evidence(Map.of(), List.of("authenticationMethodsPolicy"), List.of(),
                List.of("policyMigrationState is " + state));
        return COMPLETE.equals(state) ? RequirementOutcome.pass(evidence)
                : RequirementOutcome.fail("the migration from the legacy MFA and SSPR settings is " + state
                        + ", not complete", evidence);
    }
}
