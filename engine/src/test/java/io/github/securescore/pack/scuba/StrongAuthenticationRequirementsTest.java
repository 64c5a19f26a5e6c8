package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.SectionsFixture.run;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MS.AAD.3.1v1 to 3.9v1, with the policies and settings the baseline's instructions describe. */
class StrongAuthenticationRequirementsTest {

    static SnapshotFixture.CaPolicy phishingResistantForAll() {
        return policy("Phishing-resistant MFA for all").authenticationStrength(GrantRules.BUILT_IN_PHISHING_RESISTANT, null);
    }

    static SnapshotFixture.CaPolicy phishingResistantForRoles() {
        SnapshotFixture.CaPolicy p = policy("Phishing-resistant MFA for admins")
                .includeUsers().includeRoles(HighlyPrivilegedRoles.ALL.keySet().toArray(String[]::new));
        return p.authenticationStrength(GrantRules.BUILT_IN_PHISHING_RESISTANT, null);
    }

    // ---- 3.1 and 3.6: phishing-resistant MFA

    @Test
    void builtInPhishingResistantStrengthForAllPasses() {
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(phishingResistantForAll()),
                "MS.AAD.3.1v1").status(), "the built-in strength is known without the strengths resource");
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.strengths(SnapshotFixture.tenant(), "fido2")
                .policy(phishingResistantForAll()), "MS.AAD.3.1v1").status());
    }

    @Test
    void mfaStrengthOrPlainMfaIsNotPhishingResistant() {
        RequirementResult r = run(SectionsFixture.strengths(SnapshotFixture.tenant(), "fido2")
                .policy(policy("MFA strength").authenticationStrength("00000000-0000-0000-0000-000000000002", null))
                .policy(policy("MFA").grant("OR", "mfa")), "MS.AAD.3.1v1");
        assertEquals(RequirementStatus.FAIL, r.status());
    }

    @Test
    void customStrengthIsJudgedByItsCombinations() {
        SnapshotFixture.CaPolicy custom = policy("Agency strength").authenticationStrength(SectionsFixture.CUSTOM_STRENGTH, null);
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.strengths(SnapshotFixture.tenant(),
                "fido2", "x509CertificateMultiFactor").policy(custom), "MS.AAD.3.1v1").status());
        assertEquals(RequirementStatus.FAIL, run(SectionsFixture.strengths(SnapshotFixture.tenant(),
                "fido2", "password,sms").policy(custom), "MS.AAD.3.1v1").status());

        // the fixture expands "password,microsoftAuthenticatorPush" into the grant: judged from that
        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant()
                .forbidden(GraphResource.AUTHENTICATION_STRENGTH_POLICIES).policy(custom), "MS.AAD.3.1v1").status());
        SnapshotFixture.CaPolicy unexpanded = policy("Agency strength")
                .authenticationStrength(SectionsFixture.CUSTOM_STRENGTH, null);
        unexpanded.raw("grantControls", SnapshotFixture.parse("{\"operator\": \"OR\", \"builtInControls\": [],"
                + " \"authenticationStrength\": {\"id\": \"" + SectionsFixture.CUSTOM_STRENGTH + "\"}}"));
        SnapshotFixture.CaPolicy expandedFido = policy("Agency strength");
        expandedFido.raw("grantControls", SnapshotFixture.parse("{\"operator\": \"OR\", \"builtInControls\": [],"
                + " \"authenticationStrength\": {\"id\": \"" + SectionsFixture.CUSTOM_STRENGTH + "\","
                + " \"allowedCombinations\": [\"fido2\"]}}"));
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant()
                .forbidden(GraphResource.AUTHENTICATION_STRENGTH_POLICIES).policy(expandedFido), "MS.AAD.3.1v1").status());
        RequirementResult unknown = run(SnapshotFixture.tenant().forbidden(GraphResource.AUTHENTICATION_STRENGTH_POLICIES)
                .policy(unexpanded), "MS.AAD.3.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, unknown.status());
        assertEquals(List.of("Policy.Read.All"), unknown.outcome().missingPermissions());
        assertTrue(unknown.outcome().reason().contains("policies/authenticationStrengthPolicies answered 403"),
                unknown.outcome().reason());
    }

    @Test
    void phishingResistantForEveryPrivilegedRolePassesAndMissingOneRoleFails() {
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(phishingResistantForRoles()),
                "MS.AAD.3.6v1").status());
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(phishingResistantForAll()),
                "MS.AAD.3.6v1").status(), "a policy for all users covers the roles");
        RequirementResult r = run(SnapshotFixture.tenant().policy(policy("Admins but one").includeUsers()
                .includeRoles(SnapshotFixture.GLOBAL_ADMINISTRATOR, SnapshotFixture.USER_ADMINISTRATOR)
                .authenticationStrength(GrantRules.BUILT_IN_PHISHING_RESISTANT, null)), "MS.AAD.3.6v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        assertTrue(r.outcome().evidence().notes().toString().contains("Cloud Application Administrator"));
    }

    // ---- 3.2: some MFA for all

    @Test
    void mfaForAllPassesAlsoThroughAPhishingResistantPolicy() {
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(policy("MFA").grant("OR", "mfa")),
                "MS.AAD.3.2v1").status());
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(phishingResistantForAll()),
                "MS.AAD.3.2v1").status());
    }

    @Test
    void mfaThatACompliantDeviceCanReplaceOrThatOnlyGuestsGetFails() {
        SnapshotFixture fixture = SnapshotFixture.tenant()
                .policy(policy("MFA or device").grant("OR", "mfa", "compliantDevice"))
                .policy(policy("MFA for a group").includeUsers().includeGroups(SnapshotFixture.guid(7)).grant("OR", "mfa"));
        RequirementResult r = run(fixture, "MS.AAD.3.2v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        assertTrue(r.outcome().evidence().notes().toString().contains("does not include all users"));
    }

    // ---- 3.3v2: Authenticator context

    @Test
    void authenticatorShowingAppAndLocationToAllPasses() {
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.strongMethods(SnapshotFixture.tenant()),
                "MS.AAD.3.3v2").status());
    }

    @Test
    void microsoftManagedContextFailsAndContextForOneGroupWarns() {
        RequirementResult managed = run(SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                Map.of("MicrosoftAuthenticator", "enabled"), "enabled", "default", "all_users"), "MS.AAD.3.3v2");
        assertEquals(RequirementStatus.FAIL, managed.status());
        assertTrue(managed.outcome().reason().contains("location is Microsoft-managed"), managed.outcome().reason());

        RequirementResult pilot = run(SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                Map.of("MicrosoftAuthenticator", "enabled"), "enabled", "enabled", SnapshotFixture.guid(9)), "MS.AAD.3.3v2");
        assertEquals(RequirementStatus.WARNING, pilot.status());
    }

    @Test
    void disabledAuthenticatorIsNotApplicableAndAnOldSnapshotIsNotEvaluated() {
        assertEquals(RequirementStatus.NOT_APPLICABLE, run(SectionsFixture.methods(SnapshotFixture.tenant(),
                "migrationComplete", Map.of("MicrosoftAuthenticator", "disabled", "Fido2", "enabled"), "enabled", "enabled",
                "all_users"), "MS.AAD.3.3v2").status());
        RequirementResult old = run(SnapshotFixture.tenant().top("format", "identity-secure-score-snapshot/1"), "MS.AAD.3.3v2");
        assertEquals(RequirementStatus.NOT_EVALUATED, old.status());
        assertTrue(old.outcome().reason().contains("policies/authenticationMethodsPolicy was not collected"));
    }

    // ---- 3.4 and 3.5: migration, weak methods

    @Test
    void migrationCompletePassesAndInProgressFails() {
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.strongMethods(SnapshotFixture.tenant()),
                "MS.AAD.3.4v1").status());
        RequirementResult r = run(SectionsFixture.methods(SnapshotFixture.tenant(), "migrationInProgress",
                Map.of("Sms", "disabled"), "enabled", "enabled", "all_users"), "MS.AAD.3.4v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        assertTrue(r.outcome().reason().contains("migrationInProgress"));
    }

    @Test
    void weakMethodsOffPassesOneOnFailsAndBeforeMigrationItIsNotApplicable() {
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.strongMethods(SnapshotFixture.tenant()),
                "MS.AAD.3.5v1").status());
        RequirementResult sms = run(SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                Map.of("Sms", "enabled", "Voice", "disabled", "Email", "disabled"), "enabled", "enabled", "all_users"),
                "MS.AAD.3.5v1");
        assertEquals(RequirementStatus.FAIL, sms.status());
        assertEquals(List.of("Sms"), sms.outcome().evidence().unprotected());
        assertEquals(RequirementStatus.NOT_APPLICABLE, run(SectionsFixture.methods(SnapshotFixture.tenant(), "preMigration",
                Map.of("Sms", "enabled"), "enabled", "enabled", "all_users"), "MS.AAD.3.5v1").status());
    }

    // ---- 3.7, 3.8: managed devices; 3.9: device code flow

    @Test
    void managedDeviceForSignInAndForRegistration() {
        SnapshotFixture.CaPolicy device = policy("Managed device").grant("OR", "compliantDevice", "domainJoinedDevice");
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(device), "MS.AAD.3.7v1").status());
        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant().policy(policy("Device or MFA")
                .grant("OR", "compliantDevice", "mfa")), "MS.AAD.3.7v1").status());

        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant().policy(device), "MS.AAD.3.8v1").status(),
                "a policy for all resources does not target the registration user action");
        SnapshotFixture fixture = SnapshotFixture.tenant().policy(registrationPolicy());
        assertEquals(RequirementStatus.PASS, run(fixture, "MS.AAD.3.8v1").status());
    }

    /** The baseline's MS.AAD.3.8v1 instructions: all users, the "register security info" user action, a managed device. */
    static SnapshotFixture.CaPolicy registrationPolicy() {
        return policy("Register from managed devices").includeApplications()
                .includeUserActions(ScubaSections.REGISTER_SECURITY_INFO)
                .grant("OR", "compliantDevice", "domainJoinedDevice");
    }

    @Test
    void deviceCodeFlowBlockedPassesAndAnotherFlowFails() {
        assertEquals(RequirementStatus.PASS, run(SnapshotFixture.tenant().policy(policy("Block device code")
                .authenticationFlows("deviceCodeFlow").grant("OR", "block")), "MS.AAD.3.9v1").status());
        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant().policy(policy("Block transfer")
                .authenticationFlows("authenticationTransfer").grant("OR", "block")), "MS.AAD.3.9v1").status());
        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant().policy(policy("MFA narrowed to device code")
                .authenticationFlows("deviceCodeFlow").grant("OR", "mfa")), "MS.AAD.3.2v1").status(),
                "outside 3.9 an authentication flow condition narrows a policy");
    }
}
