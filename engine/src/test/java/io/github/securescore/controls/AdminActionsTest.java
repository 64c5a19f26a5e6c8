package io.github.securescore.controls;

import static io.github.securescore.snapshot.SnapshotFixture.BILLING_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.GLOBAL_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.GLOBAL_READER;
import static io.github.securescore.snapshot.SnapshotFixture.SECURITY_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.SECURITY_READER;
import static io.github.securescore.snapshot.SnapshotFixture.USER_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Evaluation.Outcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The actions about admins: AdminMFAV2, RoleOverlap, OneAdmin, and who counts as an admin. */
class AdminActionsTest {

    private static Set<String> admins(SnapshotFixture fixture) {
        TenantSnapshot snapshot = fixture.read();
        return Actions.ids(snapshot, new EvaluationContext(snapshot).roles().admins());
    }

    @Nested
    class AdminPopulation {
        @ParameterizedTest
        @ValueSource(strings = {SnapshotFixture.GLOBAL_ADMINISTRATOR, SnapshotFixture.PRIVILEGED_ROLE_ADMINISTRATOR,
                SnapshotFixture.SECURITY_ADMINISTRATOR, SnapshotFixture.CONDITIONAL_ACCESS_ADMINISTRATOR,
                SnapshotFixture.EXCHANGE_ADMINISTRATOR, SnapshotFixture.SHAREPOINT_ADMINISTRATOR,
                SnapshotFixture.HELPDESK_ADMINISTRATOR, SnapshotFixture.AUTHENTICATION_ADMINISTRATOR,
                SnapshotFixture.BILLING_ADMINISTRATOR, SnapshotFixture.USER_ADMINISTRATOR})
        void eachListedRoleMakesAnAdmin(String roleTemplateId) {
            assertEquals(Set.of("ann"), admins(SnapshotFixture.tenant().member("ann").member("bo")
                    .assign("ann", roleTemplateId)));
        }

        @ParameterizedTest
        @ValueSource(strings = {GLOBAL_READER, SECURITY_READER, "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"})
        void readerAndOtherRolesDoNotCount(String roleTemplateId) {
            assertEquals(Set.of(), admins(SnapshotFixture.tenant().member("ann").assign("ann", roleTemplateId)));
        }

        @Test
        void guestsWithAdminRolesAreAdminsButDisabledAccountsAreNot() {
            assertEquals(Set.of("guest-admin"), admins(SnapshotFixture.tenant().guest("guest-admin")
                    .disabled("old-admin").assign("guest-admin", USER_ADMINISTRATOR)
                    .assign("old-admin", GLOBAL_ADMINISTRATOR)));
        }

        @Test
        void anyScopeCountsIncludingAdministrativeUnits() {
            assertEquals(Set.of("ann", "bo"), admins(SnapshotFixture.tenant().member("ann").member("bo")
                    .assign("ann", USER_ADMINISTRATOR, "/administrativeUnits/3c9b2f1e-au", null)
                    .assign("bo", BILLING_ADMINISTRATOR, "/", "#microsoft.graph.user")));
        }

        @Test
        void throughRoleAssignableGroupTransitiveMembers() {
            assertEquals(Set.of("ann", "bo"), admins(SnapshotFixture.tenant().member("ann").member("bo").member("cy")
                    .assign("sec-admins", SECURITY_ADMINISTRATOR, "/", "#microsoft.graph.group")
                    .groupMembers("sec-admins", "ann", "bo")));
        }

        @Test
        void groupRecognisedByItsRecordedMembersWithoutExpandedPrincipal() {
            assertEquals(Set.of("ann"), admins(SnapshotFixture.tenant().member("ann")
                    .assign("sec-admins", SECURITY_ADMINISTRATOR).groupMembers("sec-admins", "ann")));
        }

        @Test
        void customRoleDefinitionResolvedToItsTemplate() {
            assertEquals(Set.of("ann"), admins(SnapshotFixture.tenant().member("ann")
                    .roleDefinition("tenant-specific-definition-id", GLOBAL_ADMINISTRATOR, "Global Administrator")
                    .assign("ann", "tenant-specific-definition-id", "/", null)));
        }

        @Test
        void servicePrincipalsAreNotAccounts() {
            assertEquals(Set.of(), admins(SnapshotFixture.tenant().member("ann")
                    .assign("automation-app", GLOBAL_ADMINISTRATOR, "/", "#microsoft.graph.servicePrincipal")));
        }
    }

    @Nested
    class AdminMfa {
        private SnapshotFixture fourAdmins() {
            return SnapshotFixture.tenant().members(1, 10)
                    .assign(SnapshotFixture.guid(1), GLOBAL_ADMINISTRATOR)
                    .assign(SnapshotFixture.guid(2), GLOBAL_ADMINISTRATOR)
                    .assign(SnapshotFixture.guid(3), SECURITY_ADMINISTRATOR)
                    .assign(SnapshotFixture.guid(4), USER_ADMINISTRATOR);
        }

        @Test
        void passWhenEveryAdminMustUseMfa() {
            Evaluation e = Actions.evaluate(fourAdmins().policy(policy("Admins MFA").includeUsers()
                    .includeRoles(GLOBAL_ADMINISTRATOR, SECURITY_ADMINISTRATOR, USER_ADMINISTRATOR)
                    .grant("OR", "mfa")), "AdminMFAV2");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(4, e.total());
            assertEquals(4, e.protectedCount());
            assertEquals(1.0, e.fraction());
            assertEquals(java.util.List.of("Admins MFA"), e.evidence().policies());
        }

        @Test
        void partialWhenSomeAdminsAreLeftOut() {
            Evaluation e = Actions.evaluate(fourAdmins().policy(policy("GA MFA").includeUsers()
                    .includeRoles(GLOBAL_ADMINISTRATOR).grant("AND", "mfa")), "AdminMFAV2");
            assertEquals(2, e.protectedCount());
            assertEquals(4, e.total());
            assertEquals(0.5, e.fraction());
            assertEquals(2, e.evidence().unprotected().size());
            assertEquals(2L, e.evidence().counts().get("unprotected"));
        }

        @Test
        void failWithoutPolicy() {
            Evaluation e = Actions.evaluate(fourAdmins(), "AdminMFAV2");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0, e.protectedCount());
            assertEquals(4, e.total());
        }

        @Test
        void excludedAppStillCountsAndIsNamedInTheEvidence() {
            Evaluation e = Actions.evaluate(fourAdmins().policy(policy("All MFA").grant("OR", "mfa")
                    .excludeApplications("0000000a-0000-0000-c000-000000000000")), "AdminMFAV2");
            assertEquals(1.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.contains("'All MFA' excludes apps")
                    && n.contains("0000000a-0000-0000-c000-000000000000")), e.evidence().notes().toString());
        }

        @Test
        void nearMissPoliciesAreExplainedInTheEvidence() {
            Evaluation e = Actions.evaluate(fourAdmins().policy(policy("Admins MFA outside the office").grant("OR", "mfa")
                    .locations(new String[] {"All"}, new String[] {"AllTrusted"})), "AdminMFAV2");
            assertEquals(0.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.contains("'Admins MFA outside the office'")
                    && n.contains("location")), e.evidence().notes().toString());
        }

        @Test
        void reportOnlyPolicyDoesNotProtect() {
            Evaluation e = Actions.evaluate(fourAdmins().policy(policy("All MFA").grant("OR", "mfa")
                    .state("enabledForReportingButNotEnforced")), "AdminMFAV2");
            assertEquals(0, e.protectedCount());
        }

        @Test
        void policyForAllUsersProtectsGuestAdminsToo() {
            Evaluation e = Actions.evaluate(fourAdmins().guest("g").assign("g", BILLING_ADMINISTRATOR)
                    .policy(policy("All MFA").grant("OR", "mfa")), "AdminMFAV2");
            assertEquals(5, e.total());
            assertEquals(5, e.protectedCount());
        }

        @Test
        void securityDefaultsProtectEveryAdmin() {
            Evaluation e = Actions.evaluate(fourAdmins().securityDefaults(true), "AdminMFAV2");
            assertEquals(4, e.protectedCount());
            assertEquals(4, e.total());
            assertTrue(e.evidence().policies().contains("Security defaults"));
        }

        @Test
        void securityDefaultsNeedNoConditionalAccessRead() {
            Evaluation e = Actions.evaluate(fourAdmins().securityDefaults(true)
                    .forbidden(GraphResource.CONDITIONAL_ACCESS_POLICIES), "AdminMFAV2");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(1.0, e.fraction());
        }

        @Test
        void adminGroupWithUnreadableMembersIsNotEvaluated() {
            Evaluation e = Actions.evaluate(fourAdmins()
                    .assign("hidden-admins", GLOBAL_ADMINISTRATOR, "/", "#microsoft.graph.group")
                    .policy(policy("All MFA").grant("OR", "mfa")), "AdminMFAV2");
            assertEquals(Outcome.NOT_EVALUATED, e.outcome());
            assertTrue(e.reason().contains("hidden-admins"), e.reason());
            assertEquals(java.util.List.of("GroupMember.Read.All"), e.missingPermissions());
        }

        @Test
        void adminsThroughGroupArePartOfThePopulation() {
            Evaluation e = Actions.evaluate(fourAdmins()
                    .assign("more-admins", USER_ADMINISTRATOR, "/", "#microsoft.graph.group")
                    .groupMembers("more-admins", SnapshotFixture.guid(5), SnapshotFixture.guid(6))
                    .policy(policy("Direct admins").includeUsers(SnapshotFixture.guid(1), SnapshotFixture.guid(2),
                            SnapshotFixture.guid(3), SnapshotFixture.guid(4)).grant("OR", "mfa")), "AdminMFAV2");
            assertEquals(6, e.total());
            assertEquals(4, e.protectedCount());
        }
    }

    @Nested
    class RoleOverlap {
        @Test
        void failWhenEveryAdminIsGlobalAdministrator() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").member("b")
                    .assign("a", GLOBAL_ADMINISTRATOR).assign("b", GLOBAL_ADMINISTRATOR)
                    .assign("b", USER_ADMINISTRATOR), "RoleOverlap");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0.0, e.fraction());
        }

        @Test
        void passWhenOneAdminWorksWithoutGlobalAdministrator() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").member("b")
                    .assign("a", GLOBAL_ADMINISTRATOR).assign("b", USER_ADMINISTRATOR), "RoleOverlap");
            assertEquals(1.0, e.fraction());
            assertEquals(1L, e.evidence().counts().get("admins without Global Administrator"));
        }

        @Test
        void readerRoleIsNotALeastPrivilegedAdminRole() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").member("b")
                    .assign("a", GLOBAL_ADMINISTRATOR).assign("b", GLOBAL_READER), "RoleOverlap");
            assertEquals(0.0, e.fraction());
        }

        @Test
        void disabledLeastPrivilegedAdminDoesNotCount() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").disabled("b")
                    .assign("a", GLOBAL_ADMINISTRATOR).assign("b", USER_ADMINISTRATOR), "RoleOverlap");
            assertEquals(0.0, e.fraction());
        }
    }

    @Nested
    class OneAdmin {
        private SnapshotFixture globalAdmins(int count) {
            SnapshotFixture fixture = SnapshotFixture.tenant().members(1, 8);
            for (int i = 1; i <= count; i++) {
                fixture.assign(SnapshotFixture.guid(i), GLOBAL_ADMINISTRATOR);
            }
            return fixture;
        }

        @Test
        void oneGlobalAdministratorFails() {
            Evaluation e = Actions.evaluate(globalAdmins(1), "OneAdmin");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(0.0, e.fraction());
            assertEquals(1L, e.evidence().counts().get("Global Administrators"));
        }

        @Test
        void twoGlobalAdministratorsPass() {
            Evaluation e = Actions.evaluate(globalAdmins(2), "OneAdmin");
            assertEquals(1.0, e.fraction());
            assertFalse(e.evidence().notes().stream().anyMatch(n -> n.startsWith("warning")));
        }

        @Test
        void fourGlobalAdministratorsPassWithoutWarning() {
            Evaluation e = Actions.evaluate(globalAdmins(4), "OneAdmin");
            assertEquals(1.0, e.fraction());
            assertFalse(e.evidence().notes().stream().anyMatch(n -> n.startsWith("warning")));
        }

        @Test
        void fiveGlobalAdministratorsPassWithAWarning() {
            Evaluation e = Actions.evaluate(globalAdmins(5), "OneAdmin");
            assertEquals(1.0, e.fraction());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.startsWith("warning") && n.contains("5")),
                    e.evidence().notes().toString());
        }

        @Test
        void countIsOfDistinctEnabledUsers() {
            // one enabled user directly and through a group, one disabled user: one Global Administrator
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").disabled("b")
                    .assign("a", GLOBAL_ADMINISTRATOR).assign("b", GLOBAL_ADMINISTRATOR)
                    .assign("ga-group", GLOBAL_ADMINISTRATOR, "/", "#microsoft.graph.group")
                    .groupMembers("ga-group", "a", "b"), "OneAdmin");
            assertEquals(1L, e.evidence().counts().get("Global Administrators"));
            assertEquals(0.0, e.fraction());
        }

        @Test
        void globalAdministratorThroughGroupCounts() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").member("b")
                    .assign("a", GLOBAL_ADMINISTRATOR)
                    .assign("ga-group", GLOBAL_ADMINISTRATOR, "/", "#microsoft.graph.group")
                    .groupMembers("ga-group", "b"), "OneAdmin");
            assertEquals(1.0, e.fraction());
        }
    }
}
