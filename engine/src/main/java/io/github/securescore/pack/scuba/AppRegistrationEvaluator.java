package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MS.AAD.5.1v1: default users may not register applications ({@code allowedToCreateApps} false). */
final class AppRegistrationEvaluator implements RequirementEvaluator {

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHORIZATION_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        Optional<AuthorizationPolicy> policy = context.snapshot().authorizationPolicy();
        Boolean allowed = policy.map(AuthorizationPolicy::allowedToCreateApps).orElse(null);
        if (allowed == null) {
            return NotRecorded.field("defaultUserRolePermissions.allowedToCreateApps");
        }
        Evidence evidence = new Evidence(Map.of(), List.of("authorizationPolicy"), List.of(),
                List.of("defaultUserRolePermissions.allowedToCreateApps is " + allowed));
        return allowed ? RequirementOutcome.fail("default users may register applications", evidence)
                : RequirementOutcome.pass(evidence);
    }
}
