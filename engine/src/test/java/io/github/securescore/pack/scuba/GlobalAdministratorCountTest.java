package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.Scuba.GA;
import static io.github.securescore.pack.scuba.Scuba.GROUP;
import static io.github.securescore.pack.scuba.Scuba.USER;
import static io.github.securescore.pack.scuba.Scuba.USER_ADMIN;
import static io.github.securescore.pack.scuba.Scuba.EXCHANGE_ADMIN;
import static io.github.securescore.pack.scuba.Scuba.evaluate;
import static io.github.securescore.pack.scuba.Scuba.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MS.AAD.7.1v1 and MS.AAD.7.2v1, on tenants shaped like the baseline's instructions. */
class GlobalAdministratorCountTest {

    @Test
    void twoGlobalAdministratorsOneActiveOneEligiblePass() {
        RequirementOutcome outcome = evaluate(tenant(2).assign("u1", GA).eligible("u2", GA, USER), "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertEquals(2L, outcome.evidence().counts().get("Global Administrators"));
    }

    @Test
    void oneGlobalAdministratorFails() {
        RequirementOutcome outcome = evaluate(tenant(1).assign("u1", GA), "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertTrue(outcome.reason().contains("at least 2"), outcome.reason());
    }

    @Test
    void nineGlobalAdministratorsFailEachCountedOnce() {
        SnapshotFixture fixture = tenant(9);
        for (int i = 1; i <= 9; i++) {
            fixture.assign("u" + i, GA);
        }
        fixture.eligible("u1", GA, USER);   // active and eligible: one user
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(9L, outcome.evidence().counts().get("Global Administrators"));
        assertTrue(outcome.reason().contains("at most 8"), outcome.reason());
    }

    @Test
    void eightIncludingAGroupsMembersAndADisabledAccountPass() {
        SnapshotFixture fixture = tenant(6).disabled("old").assign("u1", GA).assign("old", GA)
                .assign("g1", GA, "/", GROUP).groupMembers("g1", "u2", "u3")
                .eligible("g2", GA, GROUP).groupMembers("g2", "u4", "u5", "u6");
        fixture.member("u7").eligible("u7", GA, USER);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertEquals(8L, outcome.evidence().counts().get("Global Administrators"));
        assertTrue(outcome.evidence().notes().stream().anyMatch(n -> n.startsWith("counted although disabled")
                && n.contains("old@contoso.example")), outcome.evidence().notes().toString());
    }

    @Test
    void withoutP2TheActiveAssignmentsAreAllThereIs() {
        SnapshotFixture fixture = tenant(2).assign("u1", GA).assign("u2", GA)
                .error(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key(), 400, "AadPremiumLicenseRequired");
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertTrue(outcome.evidence().notes().get(0).contains("only active assignments counted"),
                outcome.evidence().notes().toString());
    }

    @Test
    void eligibilityRefusedIsNotEvaluatedNamingThePermission() {
        SnapshotFixture fixture = tenant(2).assign("u1", GA).assign("u2", GA)
                .forbidden(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES);
        for (String id : List.of("MS.AAD.7.1v1", "MS.AAD.7.2v1", "MS.AAD.7.3v1")) {
            RequirementOutcome outcome = evaluate(fixture, id);
            assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status(), id);
            assertEquals(List.of("RoleEligibilitySchedule.Read.Directory"), outcome.missingPermissions(), id);
            assertTrue(outcome.reason().contains("403"), outcome.reason());
        }
    }

    @Test
    void anOlderSnapshotWithoutPimIsNotEvaluated() {
        SnapshotFixture fixture = tenant(2).assign("u1", GA).assign("u2", GA)
                .remove(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES).top("format", "identity-secure-score-snapshot/1");
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.reason().contains("was not collected"), outcome.reason());
    }

    @Test
    void anUnreadableGroupHoldingTheRoleIsNotEvaluated() {
        SnapshotFixture fixture = tenant(2).assign("u1", GA).assign("u2", GA).eligible("g9", GA, GROUP)
                .error(GraphResource.groupMembersKey("g9"), 403, "Authorization_RequestDenied");
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertEquals(List.of("GroupMember.Read.All"), outcome.missingPermissions());
    }

    @Test
    void moreGlobalAdministratorsThanOtherPrivilegedUsersFailTheRatio() {
        SnapshotFixture fixture = tenant(5).assign("u1", GA).assign("u2", GA).assign("u3", GA)
                .assign("u4", USER_ADMIN).eligible("u5", EXCHANGE_ADMIN, USER);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.2v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertTrue(outcome.reason().contains("3/2 = 1.50"), outcome.reason());
    }

    @Test
    void aGlobalAdministratorWithAnotherRoleCountsOnceAsGlobalAdministrator() {
        // u1 and u2 also hold User Administrator: counted as Global Administrators only, so 2 > 1
        SnapshotFixture fixture = tenant(3).assign("u1", GA).assign("u2", GA).assign("u1", USER_ADMIN)
                .assign("u2", USER_ADMIN).assign("u3", USER_ADMIN);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.2v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(1L, outcome.evidence().counts().get("other highly privileged users"));
    }

    @Test
    void asManyNarrowerRoleHoldersAsGlobalAdministratorsPass() {
        SnapshotFixture fixture = tenant(4).assign("u1", GA).assign("u2", GA).assign("u3", USER_ADMIN)
                .eligible("u4", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", USER);   // Application Administrator
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.2v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertEquals(2L, outcome.evidence().counts().get("other highly privileged users"));
    }

    @Test
    void aRoleOutsideTheHighlyPrivilegedListDoesNotCount() {
        // Security Administrator is an admin for the identity actions but not on CISA's list
        SnapshotFixture fixture = tenant(4).assign("u1", GA).assign("u2", GA)
                .assign("u3", SnapshotFixture.SECURITY_ADMINISTRATOR).assign("u4", SnapshotFixture.SECURITY_ADMINISTRATOR);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.2v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(0L, outcome.evidence().counts().get("other highly privileged users"));
    }

    @Test
    void theRatioIsNotJudgedOnAGlobalAdministratorCountOutOfRange() {
        SnapshotFixture fixture = tenant(4).assign("u1", GA).assign("u2", USER_ADMIN).assign("u3", USER_ADMIN);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.2v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertTrue(outcome.reason().contains("MS.AAD.7.1v1"), outcome.reason());
    }
}
