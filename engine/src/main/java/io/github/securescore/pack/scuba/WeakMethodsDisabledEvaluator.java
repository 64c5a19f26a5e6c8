package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AuthenticationMethodsPolicy;
import io.github.securescore.snapshot.AuthenticationMethodsPolicy.MethodConfiguration;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MS.AAD.3.5v1: SMS, voice call and email one-time passcodes are disabled. The baseline applies it
 * only once the migration is complete (before that the legacy settings still offer the methods,
 * which MS.AAD.3.4v1 reports).
 */
final class WeakMethodsDisabledEvaluator implements RequirementEvaluator {

    static final List<String> WEAK = List.of("Sms", "Voice", "Email");

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHENTICATION_METHODS_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        AuthenticationMethodsPolicy policy = context.snapshot().authenticationMethodsPolicy().orElseThrow();
        if (!MigrationCompleteEvaluator.COMPLETE.equals(policy.policyMigrationState())) {
            return RequirementOutcome.notApplicable("the baseline applies it once the methods migration is complete;"
                    + " it is " + policy.policyMigrationState() + " (see MS.AAD.3.4v1)",
                    new Evidence(Map.of(), List.of("authenticationMethodsPolicy"), List.of(), List.of()));
        }
        List<String> enabled = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String id : WEAK) {
            Optional<MethodConfiguration> method = policy.method(id);
            if (method.isEmpty()) {
                notes.add(id + " is not listed in the policy");
                enabled.add(id + " (not listed)");
            } else if (method.get().enabled()) {
                enabled.add(id);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("weak methods", (long) WEAK.size());
        counts.put("weak methods enabled", (long) enabled.size());
        Evidence evidence = new Evidence(counts, List.of("authenticationMethodsPolicy"), enabled, notes);
        return enabled.isEmpty() ? RequirementOutcome.pass(evidence)
                : RequirementOutcome.fail("still enabled: " + String.join(", ", enabled), evidence);
    }
}
