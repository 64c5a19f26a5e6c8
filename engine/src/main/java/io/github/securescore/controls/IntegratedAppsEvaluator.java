package io.github.securescore.controls;

import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** IntegratedApps: users may not consent to any app (the legacy user consent policy is not assigned). */
public final class IntegratedAppsEvaluator implements ImprovementActionEvaluator {

    static final String LEGACY_USER_CONSENT = "ManagePermissionGrantsForSelf.microsoft-user-default-legacy";

    @Override
    public String controlName() {
        return "IntegratedApps";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.AUTHORIZATION_POLICY);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        List<String> assigned = context.snapshot().authorizationPolicy()
                .map(AuthorizationPolicy::permissionGrantPoliciesAssigned)
                .orElse(List.of());
        boolean legacy = assigned.stream().anyMatch(LEGACY_USER_CONSENT::equalsIgnoreCase);
        return Evaluation.binary(!legacy, new Evidence(Map.of(), List.of(),
                legacy ? List.of(LEGACY_USER_CONSENT) : List.of(),
                List.of("user consent policies assigned: " + (assigned.isEmpty() ? "none" : String.join(", ", assigned)))));
    }
}
