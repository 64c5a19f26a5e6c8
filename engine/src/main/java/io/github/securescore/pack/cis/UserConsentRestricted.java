package io.github.securescore.pack.cis;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import java.util.List;
import java.util.Map;

/**
 * CIS 5.1.5.1: users may not consent to applications on their own. Entra assigns users a
 * {@code ManagePermissionGrantsForSelf.*} permission grant policy when they may; the built-in
 * {@code microsoft-user-default-low} allows only low-risk permissions for verified publishers,
 * which is narrower but still user consent (a warning).
 */
final class UserConsentRestricted implements RequirementEvaluator {

    static final String SELF_CONSENT = "ManagePermissionGrantsForSelf.";
    static final String LOW_RISK = SELF_CONSENT + "microsoft-user-default-low";

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        List<String> assigned = context.snapshot().authorizationPolicy()
                .map(p -> p.permissionGrantPoliciesAssigned()).orElse(List.of());
        List<String> selfConsent = assigned.stream().filter(p -> p.startsWith(SELF_CONSENT)).toList();
        Evidence evidence = new Evidence(Map.of("user consent policies", (long) selfConsent.size()), selfConsent,
                List.of(), List.of());
        if (selfConsent.isEmpty()) {
            return RequirementOutcome.pass(evidence);
        }
        if (selfConsent.equals(List.of(LOW_RISK))) {
            return RequirementOutcome.warning("users may consent to low-risk permissions of verified publishers' apps;"
                    + " the benchmark asks for no user consent", evidence);
        }
        return RequirementOutcome.fail("users may consent to apps (" + String.join(", ", selfConsent) + ")", evidence);
    }
}
