package io.github.securescore.controls;

import static io.github.securescore.snapshot.SnapshotFixture.GLOBAL_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Coverage;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotFixture.CaPolicy;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guest and external user types as Entra keeps them apart (docs/design.md "Guest and external
 * users"): each type is included and excluded on its own, with all external tenants or an
 * enumerated list, directly and through groups and roles.
 */
class GuestAndExternalUsersTest {

    private static final Requirement MFA = new Requirement(Grant.REQUIRE_MFA, Condition.NONE);
    private static final String PARTNER_TENANT = "11111111-2222-3333-4444-555555555555";

    /** ann: internal member; ivy: internal (local) guest; bea: B2B collaboration guest; max: B2B collaboration member. */
    private static SnapshotFixture tenant() {
        return SnapshotFixture.tenant()
                .member("ann").guest("ivy").invited("bea", "Guest").invited("max", "Member")
                .groupMembers("partners", "bea", "max", "ivy");
    }

    private static Coverage coverage(SnapshotFixture fixture) {
        TenantSnapshot snapshot = fixture.read();
        return new EvaluationContext(snapshot).coverage().cover(MFA, snapshot.directory().users());
    }

    private static Set<String> covered(CaPolicy policy) {
        SnapshotFixture fixture = tenant().policy(policy);
        TenantSnapshot snapshot = fixture.read();
        return Actions.ids(snapshot, new EvaluationContext(snapshot).coverage().cover(MFA, snapshot.directory().users())
                .covered());
    }

    private static CaPolicy mfa() {
        return policy("Require MFA").grant("OR", "mfa");
    }

    private static Set<String> set(String csv) {
        return csv.isBlank() ? Set.of() : new TreeSet<>(Set.of(csv.split(" ")));
    }

    @Nested
    class Classification {
        @ParameterizedTest(name = "{0} {1}={2} -> {3}")
        @CsvSource({
                "Guest, creationType, Invitation, B2B_COLLABORATION_GUEST",
                "Guest, creationType, EmailVerified, B2B_COLLABORATION_GUEST",
                "Guest, creationType, SelfServiceSignUp, B2B_COLLABORATION_GUEST",
                "Guest, externalUserState, PendingAcceptance, B2B_COLLABORATION_GUEST",
                "Guest, identities, federated, B2B_COLLABORATION_GUEST",
                "Guest, userPrincipalName, bea_partner.example#EXT#@contoso.example, B2B_COLLABORATION_GUEST",
                "Guest, userPrincipalName, bea_partner.example#ext#@contoso.example, B2B_COLLABORATION_GUEST",
                "Member, creationType, Invitation, B2B_COLLABORATION_MEMBER",
                "Member, identities, federated, B2B_COLLABORATION_MEMBER",
                "Guest, creationType, LocalAccount, INTERNAL_GUEST",
                "Guest, identities, userPrincipalName, INTERNAL_GUEST",
                "Guest, userPrincipalName, ivy@contoso.example, INTERNAL_GUEST",
                "Member, identities, userPrincipalName, ",
                "Member, creationType, LocalAccount, ",
        })
        void eachTraceOfAnExternalAccount(String userType, String field, String value, String expected) {
            TenantSnapshot snapshot = SnapshotFixture.tenant().invited("x", userType, field, value).read();
            int index = snapshot.directory().indexOf("x");
            assertEquals(Optional.ofNullable(expected).map(GuestOrExternalUserType::valueOf),
                    GuestOrExternalUserType.of(snapshot.directory(), index));
        }

        @Test
        void anAccountWithoutUserTypeIsAnInternalMember() {
            TenantSnapshot snapshot = SnapshotFixture.tenant().user("x", true, null).read();
            int index = snapshot.directory().indexOf("x");
            assertTrue(snapshot.directory().member(index));
            assertTrue(snapshot.directory().userTypeMissing(index));
            assertEquals(Optional.empty(), GuestOrExternalUserType.of(snapshot.directory(), index));
        }
    }

    @Nested
    class Include {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "internalGuest, ivy",
                "b2bCollaborationGuest, bea",
                "b2bCollaborationMember, max",
                "'internalGuest,b2bCollaborationGuest', bea ivy",
                "'internalGuest,b2bCollaborationGuest,b2bCollaborationMember', bea ivy max",
                "'b2bDirectConnectUser,otherExternalUser,serviceProvider', ''",
                "none, ''",
        })
        void eachTypeOnItsOwn(String types, String expected) {
            assertEquals(set(expected), covered(mfa().includeUsers().includeGuestsOrExternalUsers(types)));
        }

        @Test
        void legacyValueNamesEveryGuestAndExternalAccount() {
            assertEquals(set("bea ivy max"), covered(mfa().includeUsers("GuestsOrExternalUsers")));
        }

        @Test
        void enumeratedTenantsIncludeNoAccountHomedElsewhereButStillTheInternalGuest() {
            Coverage coverage = coverage(tenant().policy(mfa().includeUsers().includeGuestsOrExternalUsers(
                    "internalGuest,b2bCollaborationGuest,b2bCollaborationMember", PARTNER_TENANT)));
            TenantSnapshot snapshot = tenant().read();
            assertEquals(set("ivy"), Actions.ids(snapshot, coverage.covered()));
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains(PARTNER_TENANT)
                    && n.contains("2 such account(s) do not count as included")), coverage.notes().toString());
        }
    }

    @Nested
    class Exclude {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "internalGuest, ann bea max",
                "b2bCollaborationGuest, ann ivy max",
                "b2bCollaborationMember, ann bea ivy",
                "'b2bCollaborationGuest,b2bCollaborationMember', ann ivy",
                "'b2bDirectConnectUser,serviceProvider,otherExternalUser', ann bea ivy max",
        })
        void eachTypeOnItsOwn(String types, String expected) {
            assertEquals(set(expected), covered(mfa().excludeGuestsOrExternalUsers(types)));
        }

        @Test
        void evidenceNamesTheDecidingCondition() {
            Coverage coverage = coverage(tenant().policy(mfa().excludeGuestsOrExternalUsers("b2bCollaborationMember")));
            assertTrue(coverage.notes().stream().anyMatch(n -> n.equals("'Require MFA' excludes 1 account(s) as guest"
                    + " or external users: B2B collaboration member (1)")), coverage.notes().toString());
        }

        @Test
        void enumeratedTenantsExcludeEveryAccountHomedElsewhereAndSaySo() {
            Coverage coverage = coverage(tenant().policy(mfa().excludeGuestsOrExternalUsers(
                    "b2bCollaborationGuest,b2bCollaborationMember", PARTNER_TENANT)));
            TenantSnapshot snapshot = tenant().read();
            assertEquals(set("ann ivy"), Actions.ids(snapshot, coverage.covered()));
            assertTrue(coverage.notes().stream().anyMatch(n -> n.contains("tenant(s) " + PARTNER_TENANT)
                    && n.contains("2 of them count as excluded")), coverage.notes().toString());
        }

        @Test
        void aTypeExclusionBeatsAGroupInclusion() {
            assertEquals(set("ivy max"), covered(mfa().includeUsers().includeGroups("partners")
                    .excludeGuestsOrExternalUsers("b2bCollaborationGuest")));
        }
    }

    @Nested
    class ThroughRoles {
        private SnapshotFixture withGuestAdmin() {
            return tenant().assign("bea", GLOBAL_ADMINISTRATOR).assign("ann", GLOBAL_ADMINISTRATOR);
        }

        @Test
        void aRoleInclusionCoversTheGuestAdminUnlessHerTypeIsExcluded() {
            TenantSnapshot snapshot = withGuestAdmin().policy(mfa().includeUsers().includeRoles(GLOBAL_ADMINISTRATOR)).read();
            assertEquals(set("ann bea"), Actions.ids(snapshot, new EvaluationContext(snapshot).coverage()
                    .cover(MFA, snapshot.directory().users()).covered()));
            TenantSnapshot excluded = withGuestAdmin().policy(mfa().includeUsers().includeRoles(GLOBAL_ADMINISTRATOR)
                    .excludeGuestsOrExternalUsers("b2bCollaborationGuest")).read();
            assertEquals(set("ann"), Actions.ids(excluded, new EvaluationContext(excluded).coverage()
                    .cover(MFA, excluded.directory().users()).covered()));
        }

        @Test
        void adminMfaCountsTheGuestAdminAsUnprotectedWhenHerTypeIsExcluded() {
            Evaluation admin = Actions.evaluate(withGuestAdmin().policy(mfa().includeUsers()
                    .includeRoles(GLOBAL_ADMINISTRATOR).excludeGuestsOrExternalUsers("b2bCollaborationGuest")), "AdminMFAV2");
            assertEquals(1, admin.protectedCount());
            assertEquals(2, admin.total());
        }
    }
}
