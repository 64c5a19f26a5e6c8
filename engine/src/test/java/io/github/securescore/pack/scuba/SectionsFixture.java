package io.github.securescore.pack.scuba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Runs the SCuBA pack (as the ServiceLoader finds it) through {@link PackAssessor} on a fixture
 * read by the real snapshot reader, and writes the pack's Graph resources in Graph's shape.
 */
final class SectionsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final String NO_ONE = "00000000-0000-0000-0000-000000000000";
    static final String CUSTOM_STRENGTH = "6f1a3b2c-0000-4000-8000-0000000000c1";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SectionsFixture() {
    }

    static Pack pack() {
        return PackCatalog.load().pack(ScubaAadPack.ID).orElseThrow();
    }

    static RequirementResult run(SnapshotFixture fixture, String id, AcceptedExclusion... exclusions) {
        PackResult result = new PackAssessor().assess(pack(), new EvaluationContext(fixture.read()), List.of(),
                List.of(exclusions), TODAY);
        return result.results().stream().filter(r -> r.requirement().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no requirement " + id));
    }

    /** A tenant licensed for Entra ID P2 (risk conditions work). */
    static SnapshotFixture p2Tenant() {
        return SnapshotFixture.tenant().sku("SPE_E5", "Enabled", "AAD_PREMIUM_P2");
    }

    /**
     * The authentication methods policy: {@code states} by method id (Sms, Voice, Email, MicrosoftAuthenticator,
     * Fido2); Authenticator's app-name and location settings as {@code state} for {@code target}.
     */
    static SnapshotFixture methods(SnapshotFixture fixture, String migration, Map<String, String> states,
                                   String appState, String locationState, String target) {
        ObjectNode policy = JSON.objectNode();
        policy.put("id", "authenticationMethodsPolicy");
        policy.put("displayName", "Authentication Methods Policy");
        policy.put("policyMigrationState", migration);
        ArrayNode methods = policy.putArray("authenticationMethodConfigurations");
        states.forEach((id, state) -> {
            ObjectNode method = methods.addObject();
            method.put("@odata.type", "#microsoft.graph." + Character.toLowerCase(id.charAt(0)) + id.substring(1)
                    + "AuthenticationMethodConfiguration");
            method.put("id", id);
            method.put("state", state);
            if (id.equals("MicrosoftAuthenticator")) {
                ObjectNode features = method.putObject("featureSettings");
                feature(features.putObject("displayAppInformationRequiredState"), appState, target);
                feature(features.putObject("displayLocationInformationRequiredState"), locationState, target);
            }
        });
        return fixture.raw(GraphResource.AUTHENTICATION_METHODS_POLICY.key(), policy);
    }

    /** Migration complete, the weak methods off, Authenticator showing context to all users. */
    static SnapshotFixture strongMethods(SnapshotFixture fixture) {
        return methods(fixture, "migrationComplete", Map.of("Fido2", "enabled", "MicrosoftAuthenticator", "enabled",
                "Sms", "disabled", "Voice", "disabled", "Email", "disabled"), "enabled", "enabled", "all_users");
    }

    private static void feature(ObjectNode feature, String state, String target) {
        feature.put("state", state);
        ObjectNode include = feature.putObject("includeTarget");
        include.put("targetType", "group");
        include.put("id", target);
        ObjectNode exclude = feature.putObject("excludeTarget");
        exclude.put("targetType", "group");
        exclude.put("id", NO_ONE);
    }

    /** Microsoft's three built-in strengths and one custom strength with these combinations. */
    static SnapshotFixture strengths(SnapshotFixture fixture, String... customCombinations) {
        ObjectNode page = JSON.objectNode();
        ArrayNode value = page.putArray("value");
        strength(value, "00000000-0000-0000-0000-000000000002", "Multifactor authentication", "builtIn",
                "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush",
                "password,microsoftAuthenticatorPush", "password,sms", "password,voice");
        strength(value, "00000000-0000-0000-0000-000000000003", "Passwordless MFA", "builtIn",
                "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush");
        strength(value, GrantRules.BUILT_IN_PHISHING_RESISTANT, "Phishing-resistant MFA", "builtIn",
                "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor");
        strength(value, CUSTOM_STRENGTH, "Agency strength", "custom", customCombinations);
        return fixture.raw(GraphResource.AUTHENTICATION_STRENGTH_POLICIES.key(), page);
    }

    private static void strength(ArrayNode value, String id, String name, String type, String... combinations) {
        ObjectNode s = value.addObject();
        s.put("id", id);
        s.put("displayName", name);
        s.put("policyType", type);
        ArrayNode c = s.putArray("allowedCombinations");
        for (String combination : combinations) {
            c.add(combination);
        }
    }

    /** The admin consent request policy; reviewers are the transitive members of these groups. */
    static SnapshotFixture adminConsent(SnapshotFixture fixture, boolean enabled, String... reviewerGroups) {
        ObjectNode policy = JSON.objectNode();
        policy.put("id", "");
        policy.put("isEnabled", enabled);
        policy.put("notifyReviewers", true);
        ArrayNode reviewers = policy.putArray("reviewers");
        for (String group : reviewerGroups) {
            ObjectNode r = reviewers.addObject();
            r.put("query", "/groups/" + group + "/transitiveMembers/microsoft.graph.user");
            r.put("queryType", "MicrosoftGraph");
            r.putNull("queryRoot");
        }
        return fixture.raw(GraphResource.ADMIN_CONSENT_REQUEST_POLICY.key(), policy);
    }

    /**
     * The authorization policy with the pack's fields; a null value leaves the field out (as a
     * snapshot recorded before the pack has it).
     */
    static SnapshotFixture authorization(SnapshotFixture fixture, Boolean allowedToCreateApps, String allowInvitesFrom,
                                         String guestUserRoleId, String... permissionGrantPoliciesAssigned) {
        ObjectNode policy = JSON.objectNode();
        policy.put("id", "authorizationPolicy");
        if (allowInvitesFrom != null) {
            policy.put("allowInvitesFrom", allowInvitesFrom);
        }
        if (guestUserRoleId != null) {
            policy.put("guestUserRoleId", guestUserRoleId);
        }
        ObjectNode defaults = policy.putObject("defaultUserRolePermissions");
        if (allowedToCreateApps != null) {
            defaults.put("allowedToCreateApps", allowedToCreateApps);
        }
        ArrayNode assigned = defaults.putArray("permissionGrantPoliciesAssigned");
        for (String p : permissionGrantPoliciesAssigned) {
            assigned.add(p);
        }
        return fixture.raw(GraphResource.AUTHORIZATION_POLICY.key(), policy);
    }

    static AcceptedExclusion acceptedAccount(String subject) {
        return new AcceptedExclusion(AcceptedExclusion.Kind.ACCOUNT, subject, "emergency access", "secops",
                LocalDate.of(2027, 1, 31), java.util.Set.of());
    }
}
