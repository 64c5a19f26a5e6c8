package io.github.securescore.controls;

import static io.github.securescore.snapshot.SnapshotFixture.GLOBAL_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.HELPDESK_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Coverage;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotFixture.CaPolicy;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who a conditional access policy protects, per DESIGN.md "A CA policy covers a user for an
 * action when all of these hold". The population here is every listed account, so the
 * assertions show the policy's reach alone.
 */
class ConditionalAccessCoverageTest {

    private static final Requirement MFA = new Requirement(Grant.REQUIRE_MFA, Condition.NONE);
    private static final Requirement LEGACY = new Requirement(Grant.BLOCK, Condition.LEGACY_CLIENTS);
    private static final Requirement USER_RISK = new Requirement(Grant.BLOCK_OR_PASSWORD_CHANGE, Condition.HIGH_USER_RISK);
    private static final Requirement SIGN_IN_RISK = new Requirement(Grant.BLOCK_OR_MFA, Condition.HIGH_SIGN_IN_RISK);

    private static final Set<String> EVERYONE = Set.of("alice", "bob", "carol", "dave", "gina", "hank");

    /**
     * alice, bob: members (group "sales"); carol: guest; dave: disabled member; gina: Global
     * Administrator directly; hank: Helpdesk Administrator through role-assignable group "helpdesk-admins".
     */
    private static SnapshotFixture tenant() {
        return SnapshotFixture.tenant()
                .member("alice").member("bob").guest("carol").disabled("dave").member("gina").member("hank")
                .assign("gina", GLOBAL_ADMINISTRATOR)
                .assign("helpdesk-admins", HELPDESK_ADMINISTRATOR, "/", "#microsoft.graph.group")
                .groupMembers("helpdesk-admins", "hank")
                .groupMembers("sales", "alice", "bob");
    }

    private static Coverage coverage(SnapshotFixture fixture, Requirement requirement) {
        TenantSnapshot snapshot = fixture.read();
        return new EvaluationContext(snapshot).coverage().cover(requirement, snapshot.directory().users());
    }

    private static Set<String> covered(SnapshotFixture fixture, Requirement requirement) {
        TenantSnapshot snapshot = fixture.read();
        Coverage coverage = new EvaluationContext(snapshot).coverage().cover(requirement, snapshot.directory().users());
        return Actions.ids(snapshot, coverage.covered());
    }

    private static Set<String> mfaCovered(CaPolicy policy) {
        return covered(tenant().policy(policy), MFA);
    }

    private static CaPolicy mfaPolicy() {
        return policy("Require MFA").grant("OR", "mfa");
    }

    private static Set<String> minus(Set<String> all, String... out) {
        Set<String> result = new java.util.TreeSet<>(all);
        result.removeAll(List.of(out));
        return result;
    }

    @Nested
    class State {
        @Test
        void enabledPolicyCovers() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy()));
        }

        @Test
        void reportOnlyPolicyDoesNotCountAndSaysWhy() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().state("enabledForReportingButNotEnforced")), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.policies().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("'Require MFA'")
                    && n.contains("enabledForReportingButNotEnforced")), coverage.notes().toString());
        }

        @Test
        void disabledPolicyDoesNotCount() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().state("disabled")));
        }

        @Test
        void coveringPoliciesAreNamed() {
            Coverage coverage = coverage(tenant()
                    .policy(policy("Alice MFA").includeUsers("alice").grant("AND", "mfa"))
                    .policy(policy("Bob MFA").includeUsers("bob").grant("AND", "mfa"))
                    .policy(policy("Nobody").includeUsers("None").grant("AND", "mfa")), MFA);
            assertEquals(List.of("Alice MFA", "Bob MFA"), coverage.policies());
            assertEquals(2, coverage.covered().cardinality());
        }
    }

    @Nested
    class Users {
        @Test
        void listedUsersOnly() {
            assertEquals(Set.of("alice"), mfaCovered(mfaPolicy().includeUsers("alice")));
        }

        @Test
        void allUsersWithExclusions() {
            assertEquals(minus(EVERYONE, "bob", "carol"), mfaCovered(mfaPolicy().excludeUsers("bob", "carol")));
        }

        @Test
        void includedGroupsTransitiveMembers() {
            SnapshotFixture fixture = tenant()
                    .groupMembers("outer", "gina")
                    .groupMemberOfType("outer", "sales", "#microsoft.graph.group")
                    .groupMembers("outer", "alice", "bob")
                    .policy(mfaPolicy().includeUsers().includeGroups("outer"));
            assertEquals(Set.of("alice", "bob", "gina"), covered(fixture, MFA));
        }

        @Test
        void excludedGroupWinsOverIncludedGroup() {
            SnapshotFixture fixture = tenant().groupMembers("break-glass", "alice")
                    .policy(mfaPolicy().includeUsers().includeGroups("sales").excludeGroups("break-glass"));
            assertEquals(Set.of("bob"), covered(fixture, MFA));
        }

        @Test
        void allUsersExcludingGroup() {
            assertEquals(minus(EVERYONE, "alice", "bob"), mfaCovered(mfaPolicy().excludeGroups("sales")));
        }

        @Test
        void groupWithoutRecordedMembersMakesCoverageUnknown() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().excludeGroups("unrecorded")), MFA);
            assertEquals(Set.of("unrecorded"), coverage.unreadableGroups());
        }

        @Test
        void groupWhoseMembersWereDeniedMakesCoverageUnknown() {
            Coverage coverage = coverage(tenant().error(GraphResource.groupMembersKey("denied"), 403,
                    "Authorization_RequestDenied").policy(mfaPolicy().includeUsers().includeGroups("denied")), MFA);
            assertEquals(Set.of("denied"), coverage.unreadableGroups());
        }

        @Test
        void deletedGroupHasNoMembersRatherThanUnknownOnes() {
            SnapshotFixture deleted = tenant().error(GraphResource.groupMembersKey("gone"), 404, "Request_ResourceNotFound");
            Coverage excluding = coverage(deleted.policy(mfaPolicy().excludeGroups("gone")), MFA);
            assertTrue(excluding.unreadableGroups().isEmpty());
            assertEquals(EVERYONE.size(), excluding.covered().cardinality());

            Coverage including = coverage(tenant().error(GraphResource.groupMembersKey("gone"), 404,
                    "Request_ResourceNotFound").policy(mfaPolicy().includeUsers().includeGroups("gone", "sales")), MFA);
            assertTrue(including.unreadableGroups().isEmpty());
            assertEquals(2, including.covered().cardinality());
        }

        @Test
        void includedGroupIsIrrelevantWhenAllUsersAreIncluded() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().includeGroups("unrecorded")), MFA);
            assertTrue(coverage.unreadableGroups().isEmpty());
            assertEquals(EVERYONE.size(), coverage.covered().cardinality());
        }

        @Test
        void directRoleHolders() {
            assertEquals(Set.of("gina"), mfaCovered(mfaPolicy().includeUsers().includeRoles(GLOBAL_ADMINISTRATOR)));
        }

        @Test
        void roleHoldersThroughRoleAssignableGroup() {
            assertEquals(Set.of("hank"), mfaCovered(mfaPolicy().includeUsers().includeRoles(HELPDESK_ADMINISTRATOR)));
        }

        @Test
        void excludedRoles() {
            assertEquals(minus(EVERYONE, "gina", "hank"),
                    mfaCovered(mfaPolicy().excludeRoles(GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR)));
        }

        @Test
        void guestsNamedByGuestTypes() {
            assertEquals(Set.of("carol"), mfaCovered(mfaPolicy().includeUsers()
                    .includeGuestsOrExternalUsers("internalGuest,b2bCollaborationGuest")));
            assertEquals(Set.of(), mfaCovered(mfaPolicy().includeUsers()
                    .includeGuestsOrExternalUsers("b2bCollaborationGuest")));
        }

        @Test
        void guestsNamedByLegacyGuestsOrExternalUsersValue() {
            assertEquals(Set.of("carol"), mfaCovered(mfaPolicy().includeUsers("GuestsOrExternalUsers")));
        }

        @Test
        void guestsExcluded() {
            // carol is a local (internal) guest: excluding B2B collaboration guests leaves her in
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().excludeGuestsOrExternalUsers("b2bCollaborationGuest")));
            assertEquals(minus(EVERYONE, "carol"), mfaCovered(mfaPolicy().excludeGuestsOrExternalUsers("internalGuest")));
            assertEquals(minus(EVERYONE, "carol"), mfaCovered(mfaPolicy().excludeUsers("GuestsOrExternalUsers")));
        }

        @Test
        void externalTypesThatAreNotGuestAccountsIncludeNoGuest() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().includeUsers()
                    .includeGuestsOrExternalUsers("b2bDirectConnectUser,serviceProvider")));
        }
    }

    @Nested
    class Applications {
        @Test
        void singleAppDoesNotCount() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().includeApplications(
                    "00000002-0000-0ff1-ce00-000000000000")), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("all cloud apps")), coverage.notes().toString());
        }

        @Test
        void allAppsWithExcludedAppStillCountsAndIsListed() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().excludeApplications("legacy-payroll-app")), MFA);
            assertEquals(EVERYONE.size(), coverage.covered().cardinality());
            assertEquals(List.of("Require MFA"), coverage.policies());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("'Require MFA'")
                    && n.contains("legacy-payroll-app")), coverage.notes().toString());
        }

        @Test
        void userActionOnlyPolicyDoesNotCount() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().includeApplications()));
        }
    }

    @Nested
    class ClientApps {
        @Test
        void absentOrAllCountForMfa() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().withoutClientAppTypes()));
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().clientAppTypes()));
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().clientAppTypes("all")));
        }

        @Test
        void browserOnlyDoesNotCountForMfa() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().clientAppTypes("browser")), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("browser")), coverage.notes().toString());
        }

        @Test
        void legacyBlockNeedsExchangeActiveSyncAndOther() {
            CaPolicy block = policy("Block legacy").grant("OR", "block");
            assertEquals(EVERYONE, covered(tenant().policy(block.clientAppTypes("exchangeActiveSync", "other")), LEGACY));
            assertEquals(EVERYONE, covered(tenant().policy(block.clientAppTypes("all")), LEGACY));
            assertEquals(Set.of(), covered(tenant().policy(block.clientAppTypes("exchangeActiveSync")), LEGACY));
            assertEquals(Set.of(), covered(tenant().policy(block.clientAppTypes("other")), LEGACY));
            assertEquals(Set.of(), covered(tenant().policy(block.clientAppTypes("browser",
                    "mobileAppsAndDesktopClients")), LEGACY));
        }

        @Test
        void everyClientTypeSelectedIsAllClients() {
            String[] every = {"browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other"};
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().clientAppTypes(every)));
            assertEquals(EVERYONE, covered(tenant().policy(policy("Risk").grant("OR", "block").userRiskLevels("high")
                    .clientAppTypes(every)), new Requirement(Grant.BLOCK_OR_PASSWORD_CHANGE, Condition.HIGH_USER_RISK)));
            // easSupported is only part of Exchange ActiveSync
            assertEquals(Set.of(), mfaCovered(mfaPolicy().clientAppTypes("browser", "mobileAppsAndDesktopClients",
                    "easSupported", "other")));
            assertEquals(Set.of(), covered(tenant().policy(policy("Block legacy").grant("OR", "block")
                    .clientAppTypes("easSupported", "other")), LEGACY));
        }

        @Test
        void legacyClientsNeedBlockNotMfa() {
            assertEquals(Set.of(), covered(tenant().policy(policy("MFA legacy").grant("AND", "mfa")
                    .clientAppTypes("exchangeActiveSync", "other")), LEGACY));
        }

        @Test
        void legacyClientConditionDisqualifiesAnMfaPolicy() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().clientAppTypes("exchangeActiveSync", "other")));
        }
    }

    @Nested
    class Narrowing {
        @Test
        void platformConditionDisqualifies() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().platforms(new String[] {"android", "iOS"},
                    new String[0])), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("platform")), coverage.notes().toString());
        }

        @Test
        void platformExclusionDisqualifies() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().platforms(new String[] {"all"}, new String[] {"linux"})));
        }

        @Test
        void allPlatformsWithoutExclusionDoesNotNarrow() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().platforms(new String[] {"all"}, new String[0])));
        }

        @Test
        void locationExclusionDisqualifies() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().locations(new String[] {"All"},
                    new String[] {"AllTrusted"})), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("location")), coverage.notes().toString());
        }

        @Test
        void namedLocationOnlyDisqualifies() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().locations(new String[] {"a6a7c1f6-named-location"},
                    new String[0])));
        }

        @Test
        void anyLocationWithoutExclusionDoesNotNarrow() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().locations(new String[] {"All"}, new String[0])));
        }

        @Test
        void deviceFilterDisqualifies() {
            Coverage coverage = coverage(tenant().policy(mfaPolicy().deviceFilter("exclude",
                    "device.trustType -eq \"ServerAD\"")), MFA);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("device")), coverage.notes().toString());
        }

        @Test
        void devicesConditionWithoutFilterDoesNotNarrow() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().deviceFilter(null, null)));
        }

        @Test
        void deviceCodeFlowBlockIsNotALegacyAuthenticationBlock() {
            Coverage coverage = coverage(tenant().policy(policy("Block device code flow").grant("OR", "block")
                    .clientAppTypes("all").authenticationFlows("deviceCodeFlow")), LEGACY);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("deviceCodeFlow")), coverage.notes().toString());
        }

        @Test
        void authenticationFlowsNoneDoesNotNarrow() {
            assertEquals(EVERYONE, mfaCovered(mfaPolicy().authenticationFlows("none")));
        }

        @Test
        void insiderRiskDisqualifies() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().insiderRiskLevels("elevated")));
        }

        @Test
        void riskLevelsDisqualifyOtherActions() {
            assertEquals(Set.of(), mfaCovered(mfaPolicy().userRiskLevels("high")));
            assertEquals(Set.of(), mfaCovered(mfaPolicy().signInRiskLevels("high", "medium")));
            assertEquals(Set.of(), covered(tenant().policy(policy("Block legacy risky").grant("OR", "block")
                    .clientAppTypes("exchangeActiveSync", "other").signInRiskLevels("high")), LEGACY));
        }
    }

    @Nested
    class RiskLevels {
        @Test
        void userRiskHighBlockOrPasswordChange() {
            assertEquals(EVERYONE, covered(tenant().policy(policy("User risk").userRiskLevels("high")
                    .grant("OR", "block")), USER_RISK));
            assertEquals(EVERYONE, covered(tenant().policy(policy("User risk").userRiskLevels("medium", "high")
                    .grant("AND", "mfa", "passwordChange")), USER_RISK));
        }

        @Test
        void userRiskWithoutHighDoesNotCount() {
            Coverage coverage = coverage(tenant().policy(policy("User risk medium").userRiskLevels("medium")
                    .grant("OR", "block")), USER_RISK);
            assertTrue(coverage.covered().isEmpty());
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("high")), coverage.notes().toString());
        }

        @Test
        void userRiskNeedsARiskCondition() {
            assertEquals(Set.of(), covered(tenant().policy(policy("Block all").grant("OR", "block")), USER_RISK));
        }

        @Test
        void userRiskMfaAloneIsNotEnough() {
            assertEquals(Set.of(), covered(tenant().policy(policy("User risk MFA").userRiskLevels("high")
                    .grant("OR", "mfa")), USER_RISK));
        }

        @Test
        void userRiskPolicyNarrowedBySignInRiskDoesNotCount() {
            assertEquals(Set.of(), covered(tenant().policy(policy("Both risks").userRiskLevels("high")
                    .signInRiskLevels("high").grant("OR", "block")), USER_RISK));
        }

        @Test
        void signInRiskHighMfaOrBlock() {
            assertEquals(EVERYONE, covered(tenant().policy(policy("Sign-in risk").signInRiskLevels("high", "medium")
                    .grant("OR", "mfa")), SIGN_IN_RISK));
            assertEquals(EVERYONE, covered(tenant().policy(policy("Sign-in risk").signInRiskLevels("high")
                    .grant("OR", "block")), SIGN_IN_RISK));
        }

        @Test
        void signInRiskWithoutHighDoesNotCount() {
            assertEquals(Set.of(), covered(tenant().policy(policy("Sign-in risk low").signInRiskLevels("low", "medium")
                    .grant("OR", "mfa")), SIGN_IN_RISK));
        }

        @Test
        void signInRiskPasswordChangeIsNotEnough() {
            assertEquals(Set.of(), covered(tenant().policy(policy("Sign-in risk pw").signInRiskLevels("high")
                    .grant("OR", "passwordChange")), SIGN_IN_RISK));
        }
    }

    @Nested
    class GrantControls {
        @Test
        void mfaWithAnd() {
            assertEquals(EVERYONE, mfaCovered(policy("p").grant("AND", "mfa", "compliantDevice")));
        }

        @Test
        void mfaAloneWithOr() {
            assertEquals(EVERYONE, mfaCovered(policy("p").grant("OR", "mfa")));
        }

        @Test
        void mfaOrCompliantDeviceDoesNotRequireMfa() {
            assertEquals(Set.of(), mfaCovered(policy("p").grant("OR", "mfa", "compliantDevice")));
        }

        @Test
        void authenticationStrengthSatisfyingMfa() {
            assertEquals(EVERYONE, mfaCovered(policy("p").grant("OR")
                    .authenticationStrength("7f3c1a2b-0000-4000-8000-00000000c0de", "mfa")));
        }

        @ParameterizedTest
        @ValueSource(strings = {SnapshotFixture.MFA_STRENGTH, SnapshotFixture.PASSWORDLESS_STRENGTH,
                SnapshotFixture.PHISHING_RESISTANT_STRENGTH})
        void builtInStrengthWithoutRequirementsSatisfied(String id) {
            assertEquals(EVERYONE, mfaCovered(policy("p").grant("OR").authenticationStrength(id, null)));
        }

        @Test
        void customStrengthWithoutRequirementsSatisfiedDoesNotCount() {
            assertEquals(Set.of(), mfaCovered(policy("p").grant("OR")
                    .authenticationStrength("7f3c1a2b-0000-4000-8000-00000000c0de", null)));
        }

        @Test
        void strengthOrCompliantDeviceDoesNotRequireMfa() {
            assertEquals(Set.of(), mfaCovered(policy("p").grant("OR", "compliantDevice")
                    .authenticationStrength(SnapshotFixture.MFA_STRENGTH, "mfa")));
        }

        @Test
        void strengthAndCompliantDeviceRequiresMfa() {
            assertEquals(EVERYONE, mfaCovered(policy("p").grant("AND", "compliantDevice")
                    .authenticationStrength(SnapshotFixture.MFA_STRENGTH, "mfa")));
        }

        @Test
        void blockIsNotMfaButIsBlock() {
            assertEquals(Set.of(), mfaCovered(policy("p").grant("OR", "block")));
            assertEquals(EVERYONE, covered(tenant().policy(policy("p").grant("OR", "block")),
                    new Requirement(Grant.BLOCK, Condition.NONE)));
        }

        @Test
        void noGrantControls() {
            assertEquals(Set.of(), mfaCovered(policy("session only")));
        }

        @Test
        void passwordChangeIsNotMfaOnItsOwn() {
            assertEquals(Set.of(), mfaCovered(policy("p").grant("OR", "passwordChange")));
        }
    }
}
