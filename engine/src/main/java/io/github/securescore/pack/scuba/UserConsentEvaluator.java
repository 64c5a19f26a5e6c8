package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MS.AAD.5.2v1: no permission grant policy is assigned to default users, so neither users (for
 * themselves, {@code ManagePermissionGrantsForSelf.*}) nor group and team owners (for what they
 * own, {@code ManagePermissionGrantsForOwnedResource.*}) can consent to applications.
 */
final class UserConsentEvaluator implements RequirementEvaluator {

    static final String SELF = "ManagePermissionGrantsForSelf.";
    static final String OWNED_RESOURCE = "ManagePermissionGrantsForOwnedResource.";

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHORIZATION_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        List<String> assigned = context.snapshot().authorizationPolicy().orElseThrow().permissionGrantPoliciesAssigned();
        List<String> self = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String policy : assigned) {
            if (policy.startsWith(OWNED_RESOURCE)) {
                owners.add(policy.substring(OWNED_RESOURCE.length()));
            } else if (policy.startsWith(SELF)) {
                self.add(policy.substring(SELF.length()));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("user consent policies", (long) self.size());
        counts.put("owner consent policies", (long) owners.size());
        Evidence evidence = new Evidence(counts, List.of("authorizationPolicy"), List.of(),
                assigned.isEmpty() ? List.of("no permission grant policy is assigned to default users")
                        : List.of("assigned: " + String.join(", ", assigned)));
        List<String> reasons = new ArrayList<>();
        if (!self.isEmpty()) {
            reasons.add("users may consent to apps for themselves (" + String.join(", ", self) + ")");
        }
        if (!owners.isEmpty()) {
            reasons.add("group and team owners may consent to apps for what they own (" + String.join(", ", owners) + ")");
        }
        return reasons.isEmpty() ? RequirementOutcome.pass(evidence)
                : RequirementOutcome.fail(String.join("; ", reasons), evidence);
    }
}
