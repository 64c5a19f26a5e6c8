package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AuthenticationMethodsPolicy;
import io.github.securescore.snapshot.AuthenticationMethodsPolicy.FeatureConfiguration;
import io.github.securescore.snapshot.AuthenticationMethodsPolicy.MethodConfiguration;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MS.AAD.3.3v2: where Microsoft Authenticator is enabled, its notifications show the requesting
 * app and the sign-in's location, for all users. "Microsoft-managed" ({@code default}) is not an
 * explicit setting and does not count; enabled for some users only is a warning.
 */
final class AuthenticatorContextEvaluator implements RequirementEvaluator {

    static final String AUTHENTICATOR = "MicrosoftAuthenticator";
    private static final String ALL_USERS = "all_users";
    private static final String NO_ONE = "00000000-0000-0000-0000-000000000000";

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHENTICATION_METHODS_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        AuthenticationMethodsPolicy policy = context.snapshot().authenticationMethodsPolicy().orElseThrow();
        Optional<MethodConfiguration> authenticator = policy.method(AUTHENTICATOR);
        if (authenticator.isEmpty() || !authenticator.get().enabled()) {
            return RequirementOutcome.notApplicable("Microsoft Authenticator is not enabled in the authentication methods"
                    + " policy", new Evidence(Map.of(), List.of("authenticationMethodsPolicy"), List.of(), List.of()));
        }
        var settings = authenticator.get().featureSettings();
        List<String> failures = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        judge("the app name", settings == null ? null : settings.displayAppInformationRequiredState(), failures, partial);
        judge("the location", settings == null ? null : settings.displayLocationInformationRequiredState(), failures, partial);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("context settings shown to all users", (long) (2 - failures.size() - partial.size()));
        List<String> notes = new ArrayList<>(failures);
        notes.addAll(partial);
        Evidence evidence = new Evidence(counts, List.of("authenticationMethodsPolicy: " + AUTHENTICATOR), List.of(), notes);
        if (!failures.isEmpty()) {
            return RequirementOutcome.fail(String.join("; ", failures), evidence);
        }
        if (!partial.isEmpty()) {
            return RequirementOutcome.warning(String.join("; ", partial), evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    private static void judge(String what, FeatureConfiguration feature, List<String> failures, List<String> partial) {
        if (feature == null || feature.state() == null) {
            failures.add("showing " + what + " is not configured");
            return;
        }
        if (!"enabled".equalsIgnoreCase(feature.state())) {
            failures.add("showing " + what + " is " + ("default".equalsIgnoreCase(feature.state())
                    ? "Microsoft-managed, not enabled" : feature.state()));
            return;
        }
        String included = feature.includeTarget() == null ? null : feature.includeTarget().id();
        String excluded = feature.excludeTarget() == null ? null : feature.excludeTarget().id();
        if (!ALL_USERS.equalsIgnoreCase(included)) {
            partial.add("showing " + what + " is enabled only for group " + included);
        } else if (excluded != null && !NO_ONE.equals(excluded)) {
            partial.add("showing " + what + " excludes group " + excluded);
        }
    }
}
