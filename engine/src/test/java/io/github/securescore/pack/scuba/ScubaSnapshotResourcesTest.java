package io.github.securescore.pack.scuba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pack's resources in the snapshot format: read strictly, absent from /1 files without harm. */
class ScubaSnapshotResourcesTest {

    @Test
    void formatOneSnapshotWithoutThePackResourcesStillReads() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().top("format", "identity-secure-score-snapshot/1").read();
        assertEquals(ResourceState.Kind.MISSING, snapshot.state(GraphResource.AUTHENTICATION_METHODS_POLICY).kind());
        assertEquals(ResourceState.Kind.MISSING, snapshot.state(GraphResource.AUTHENTICATION_STRENGTH_POLICIES).kind());
        assertEquals(ResourceState.Kind.MISSING, snapshot.state(GraphResource.ADMIN_CONSENT_REQUEST_POLICY).kind());
        assertTrue(snapshot.authenticationMethodsPolicy().isEmpty());
    }

    @Test
    void recordedResourcesReadBack() {
        TenantSnapshot snapshot = SectionsFixture.adminConsent(SectionsFixture.strengths(
                SectionsFixture.strongMethods(SnapshotFixture.tenant()), "fido2"), true, SnapshotFixture.guid(3)).read();
        assertEquals("migrationComplete", snapshot.authenticationMethodsPolicy().orElseThrow().policyMigrationState());
        assertEquals("disabled", snapshot.authenticationMethodsPolicy().orElseThrow().method("sms").orElseThrow().state());
        assertEquals(4, snapshot.authenticationStrengthPolicies().size());
        assertEquals(1, snapshot.adminConsentRequestPolicy().orElseThrow().reviewers().size());
    }

    @Test
    void methodListedTwiceIsRefusedNamingTheField() {
        SnapshotFixture fixture = SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                Map.of("Sms", "disabled"), "enabled", "enabled", "all_users");
        String json = fixture.json().replace("\"authenticationMethodConfigurations\" : [ {",
                "\"authenticationMethodConfigurations\" : [ {\"id\": \"sms\", \"state\": \"enabled\"}, {");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals("resources[\"policies/authenticationMethodsPolicy\"].authenticationMethodConfigurations[1].id", e.field());
        assertTrue(e.problem().contains("listed twice"), e.problem());
    }

    @Test
    void undecidableValuesAreRefusedNotTakenAsOff() {
        String noMigration = SectionsFixture.strongMethods(SnapshotFixture.tenant()).json()
                .replace("\"policyMigrationState\" : \"migrationComplete\",", "");
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(noMigration));
        assertTrue(missing.field().endsWith(".policyMigrationState"), missing.field());

        String badState = SectionsFixture.strongMethods(SnapshotFixture.tenant()).json()
                .replace("\"state\" : \"disabled\"", "\"state\" : \"off\"");
        InvalidInputException state = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(badState));
        assertTrue(state.problem().contains("\"enabled\" or \"disabled\""), state.problem());

        String coerced = SectionsFixture.adminConsent(SnapshotFixture.tenant(), true).json()
                .replace("\"isEnabled\" : true", "\"isEnabled\" : \"true\"");
        InvalidInputException type = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(coerced));
        assertTrue(type.field().contains("isEnabled"), type.field());

        String absent = SectionsFixture.adminConsent(SnapshotFixture.tenant(), true).json()
                .replace("\"isEnabled\" : true,", "");
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(absent));
        assertTrue(none.problem().contains("missing or null"), none.problem());
    }

    @Test
    void theAuthorizationPolicysNewFieldsAreTypedStrictly() {
        String coerced = SectionsFixture.authorization(SnapshotFixture.tenant(), false, "none", GuestAccessEvaluator.LIMITED)
                .json().replace("\"allowedToCreateApps\" : false", "\"allowedToCreateApps\" : 0");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(coerced));
        assertTrue(e.field().contains("allowedToCreateApps"), e.field());
    }

    @Test
    void authenticatorContextStatesMustBeGraphsOwn() {
        for (String state : new String[] {"", "on", null}) {
            String json = SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                    Map.of("MicrosoftAuthenticator", "enabled"), state, "enabled", "all_users").json();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json),
                    String.valueOf(state));
            assertEquals("resources[\"policies/authenticationMethodsPolicy\"].authenticationMethodConfigurations[0]"
                    + ".featureSettings.displayAppInformationRequiredState.state", e.field());
            assertTrue(e.problem().contains("expected one of default, enabled, disabled"), e.problem());
            assertTrue(e.line() > 0);
        }
    }

    @Test
    void aBlankMethodIdIsRefused() {
        String json = SectionsFixture.methods(SnapshotFixture.tenant(), "migrationComplete",
                Map.of("Sms", "disabled"), "enabled", "enabled", "all_users").json()
                .replace("\"id\" : \"Sms\"", "\"id\" : \"  \"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.field().endsWith("authenticationMethodConfigurations[0].id"), e.field());
    }

    @Test
    void guestSettingsGraphDoesNotDocumentDecideNothing() {
        var snapshot = SectionsFixture.authorization(SnapshotFixture.tenant(), false, "everyone", "").read();
        var role = new GuestAccessEvaluator().evaluate(new io.github.securescore.controls.EvaluationContext(snapshot));
        assertEquals(io.github.securescore.pack.RequirementStatus.NOT_EVALUATED, role.status());
        assertTrue(role.reason().contains("guestUserRoleId is \"\", which is not a value Graph documents"), role.reason());

        snapshot = SectionsFixture.authorization(SnapshotFixture.tenant(), false, "mostPeople",
                GuestAccessEvaluator.LIMITED).read();
        var invites = new GuestInvitationsEvaluator().evaluate(new io.github.securescore.controls.EvaluationContext(snapshot));
        assertEquals(io.github.securescore.pack.RequirementStatus.NOT_EVALUATED, invites.status());
        assertTrue(invites.reason().contains("allowInvitesFrom is \"mostPeople\""), invites.reason());
    }
}
