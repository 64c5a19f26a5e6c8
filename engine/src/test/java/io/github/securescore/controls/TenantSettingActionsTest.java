package io.github.securescore.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Evaluation.Outcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The binary actions on tenant settings: PWAgePolicyNew, PasswordHashSync, IntegratedApps. */
class TenantSettingActionsTest {

    private static final int NEVER = 2147483647;

    private static Evaluation passwordAge(SnapshotFixture fixture) {
        return Actions.evaluate(fixture, "PWAgePolicyNew");
    }

    @Nested
    class PasswordExpiry {
        @Test
        void neverExpiresValuePasses() {
            Evaluation e = passwordAge(SnapshotFixture.tenant().domain("contoso.example", "Managed", true, true, NEVER));
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(1.0, e.fraction());
        }

        @Test
        void anyOtherNumberExpires() {
            Evaluation e = passwordAge(SnapshotFixture.tenant().domain("contoso.example", "Managed", true, true, 90));
            assertEquals(0.0, e.fraction());
            assertTrue(e.evidence().unprotected().get(0).contains("contoso.example"), e.evidence().unprotected().toString());
        }

        @Test
        void nullOnRootNeverExpires() {
            assertEquals(1.0, passwordAge(SnapshotFixture.tenant()
                    .domain("contoso.example", "Managed", true, true, null)).fraction());
        }

        @Test
        void nullOnSubdomainInheritsExpiringRoot() {
            assertEquals(0.0, passwordAge(SnapshotFixture.tenant()
                    .domain("contoso.example", "Managed", true, true, 180)
                    .domain("eu.contoso.example", "Managed", true, false, null)).fraction());
        }

        @Test
        void nullOnSubdomainInheritsNeverExpiringRoot() {
            assertEquals(1.0, passwordAge(SnapshotFixture.tenant()
                    .domain("contoso.example", "Managed", true, true, NEVER)
                    .domain("eu.contoso.example", "Managed", true, false, null)
                    .domain("fabrikam.example", "Managed", true, true, null)).fraction());
        }

        @Test
        void oneExpiringVerifiedManagedDomainFails() {
            assertEquals(0.0, passwordAge(SnapshotFixture.tenant()
                    .domain("contoso.example", "Managed", true, true, NEVER)
                    .domain("fabrikam.example", "Managed", true, true, 90)).fraction());
        }

        @Test
        void federatedAndUnverifiedDomainsAreIgnored() {
            Evaluation e = passwordAge(SnapshotFixture.tenant()
                    .domain("contoso.example", "Managed", true, true, NEVER)
                    .domain("federated.example", "Federated", true, true, 90)
                    .domain("unverified.example", "Managed", false, true, 30));
            assertEquals(1.0, e.fraction());
            assertEquals(1L, e.evidence().counts().get("verified managed domains"));
        }
    }

    @Nested
    class PasswordHashSync {
        @Test
        void cloudOnlyIsNotApplicable() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(null, null), "PasswordHashSync");
            assertEquals(Outcome.NOT_APPLICABLE, e.outcome());
        }

        @Test
        void noOrganizationRecordIsNotEvaluatedNotCloudOnly() {
            // an empty organization collection says nothing about synchronisation: no guess either way
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().raw(GraphResource.ORGANIZATION.key(),
                    new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().set("value",
                            new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode())), "PasswordHashSync");
            assertEquals(Outcome.NOT_EVALUATED, e.outcome());
        }

        @Test
        void syncTurnedOffIsCloudOnly() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(false, "2024-01-01T00:00:00Z"),
                    "PasswordHashSync");
            assertEquals(Outcome.NOT_APPLICABLE, e.outcome());
        }

        @Test
        void syncFeatureOnPasses() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(true, null)
                    .onPremisesSynchronization(true), "PasswordHashSync");
            assertEquals(1.0, e.fraction());
            assertTrue(e.evidence().notes().stream().noneMatch(n -> n.startsWith("inferred")));
        }

        @Test
        void syncFeatureOffFailsEvenWithAnOldPasswordSyncTime() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(true, "2025-01-01T00:00:00Z")
                    .onPremisesSynchronization(false), "PasswordHashSync");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.contains("2025-01-01T00:00:00Z")
                    && n.contains("the features decide")), e.evidence().notes().toString());
        }

        @Test
        void inferredFromLastPasswordSyncWhenFeaturesAreDenied() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(true, "2026-11-21T09:58:00Z")
                    .forbidden(GraphResource.ON_PREMISES_SYNCHRONIZATION), "PasswordHashSync");
            assertEquals(1.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.startsWith("inferred")
                    && n.contains("OnPremDirectorySynchronization.Read.All")), e.evidence().notes().toString());
        }

        @Test
        void inferredOffWithoutLastPasswordSync() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().organization(true, null), "PasswordHashSync");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.startsWith("inferred")));
        }
    }

    @Nested
    class IntegratedApps {
        @Test
        void legacyConsentPolicyFails() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().authorizationPolicy(
                    "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team",
                    SnapshotFixture.LEGACY_USER_CONSENT), "IntegratedApps");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0.0, e.fraction());
            assertEquals(java.util.List.of(SnapshotFixture.LEGACY_USER_CONSENT), e.evidence().unprotected());
        }

        @Test
        void verifiedPublisherConsentPasses() {
            assertEquals(1.0, Actions.evaluate(SnapshotFixture.tenant().authorizationPolicy(
                    "ManagePermissionGrantsForSelf.microsoft-user-default-low"), "IntegratedApps").fraction());
        }

        @Test
        void noUserConsentPasses() {
            assertEquals(1.0, Actions.evaluate(SnapshotFixture.tenant().authorizationPolicy(), "IntegratedApps")
                    .fraction());
        }

        @Test
        void singletonWrappedInValueIsRead() {
            SnapshotFixture fixture = SnapshotFixture.tenant().authorizationPolicy(SnapshotFixture.LEGACY_USER_CONSENT);
            com.fasterxml.jackson.databind.JsonNode policy = SnapshotFixture.parse(fixture.json())
                    .get("resources").get(GraphResource.AUTHORIZATION_POLICY.key());
            com.fasterxml.jackson.databind.node.ObjectNode page = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode();
            page.putArray("value").add(policy);
            assertEquals(0.0, Actions.evaluate(fixture.raw(GraphResource.AUTHORIZATION_POLICY.key(), page),
                    "IntegratedApps").fraction());
        }
    }
}
