package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AdminConsentRequestPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MS.AAD.5.3v1: users can ask for admin consent, and someone reviews the requests. */
final class AdminConsentWorkflowEvaluator implements RequirementEvaluator {

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.ADMIN_CONSENT_REQUEST_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        AdminConsentRequestPolicy policy = context.snapshot().adminConsentRequestPolicy().orElseThrow();
        Evidence evidence = new Evidence(Map.of("reviewers", (long) policy.reviewers().size()),
                List.of("adminConsentRequestPolicy"), List.of(),
                policy.reviewers().stream().map(r -> "reviewer: " + r.query()).toList());
        if (!policy.enabled()) {
            return RequirementOutcome.fail("users cannot request admin consent (the workflow is off)", evidence);
        }
        if (policy.reviewers().isEmpty()) {
            return RequirementOutcome.fail("the admin consent workflow is on but names no reviewers", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }
}
