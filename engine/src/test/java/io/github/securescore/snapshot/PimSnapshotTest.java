package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PIM resources and the users' on-premises fields in the snapshot format. */
class PimSnapshotTest {

    private static final String GA = SnapshotFixture.GLOBAL_ADMINISTRATOR;

    @Test
    void pimResourcesAreReadWithTheirFields() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().pim().member("alice")
                .eligible("alice", GA, "#microsoft.graph.user")
                .active("alice", GA, "#microsoft.graph.user", null, "2026-12-01T00:00:00Z")
                .rolePolicy(GA, true, List.of("soc@contoso.example"), List.of(), List.of())
                .read();
        assertEquals(ResourceState.PRESENT, snapshot.state(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES));
        RoleScheduleInstance eligible = snapshot.roleEligibilityInstances().get(0);
        assertEquals("user", eligible.principalType());
        assertTrue(eligible.permanent());
        assertFalse(eligible.startless());
        RoleScheduleInstance active = snapshot.roleAssignmentInstances().get(0);
        assertTrue(active.startless());
        assertFalse(active.permanent());
        assertEquals("Assigned", active.assignmentType());
        RoleManagementPolicyAssignment policy = snapshot.roleManagementPolicyAssignments().get(0);
        assertEquals(Boolean.TRUE, policy.rule("Approval_EndUser_Assignment").orElseThrow().setting().isApprovalRequired());
        assertEquals(List.of("soc@contoso.example"),
                policy.rule("Notification_Admin_Admin_Assignment").orElseThrow().notificationRecipients());
    }

    @Test
    void aFormatOneSnapshotWithoutThemStillLoads() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().member("alice")
                .top("format", "identity-secure-score-snapshot/1").read();
        for (GraphResource r : List.of(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES,
                GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES, GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS)) {
            assertEquals(ResourceState.Kind.MISSING, snapshot.state(r).kind(), r.key());
        }
        int alice = snapshot.directory().indexOf("alice");
        assertFalse(snapshot.directory().onPremisesRecorded(alice));
        assertFalse(snapshot.directory().onPremises(alice));
    }

    @Test
    void usersCarryWhetherTheyComeFromOnPremises() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().member("synced").onPremises(true, null)
                .member("federated").onPremises(null, "ZmVk").member("cloud").onPremises(false, null).read();
        DirectoryUsers d = snapshot.directory();
        assertTrue(d.onPremises(d.indexOf("synced")));
        assertTrue(d.onPremises(d.indexOf("federated")));
        assertFalse(d.onPremises(d.indexOf("cloud")));
        assertTrue(d.onPremisesRecorded(d.indexOf("cloud")));
    }

    @Test
    void aNonStringImmutableIdIsRefused() {
        String json = SnapshotFixture.tenant().member("alice").onPremises(null, "x").json()
                .replace("\"onPremisesImmutableId\" : \"x\"", "\"onPremisesImmutableId\" : 7");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.field().endsWith("onPremisesImmutableId"), e.getMessage());
        assertTrue(e.problem().contains("expected a string or null, found a number"), e.getMessage());
    }

    @Test
    void aScheduleTimeThatIsNoDateTimeIsRefusedNamingTheField() {
        String json = SnapshotFixture.tenant().pim().active("alice", GA, null, "yesterday", null).json();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals("resources[\"roleManagement/directory/roleAssignmentScheduleInstances\"].value.startDateTime",
                e.field(), e.getMessage());
        assertTrue(e.problem().contains("\"yesterday\""), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void aScheduleInstanceListedTwiceIsRefused() {
        String json = SnapshotFixture.tenant().pim().active("alice", GA, null, null, null)
                .active("bob", GA, null, null, null).json()
                .replace("\"id\" : \"active-2\"", "\"id\" : \"active-1\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.problem().contains("id \"active-1\" is listed twice"), e.getMessage());
    }

    @Test
    void aBooleanApprovalGivenAsTextIsRefused() {
        String json = SnapshotFixture.tenant().pim().rolePolicy(GA, true, List.of(), List.of(), List.of()).json()
                .replace("\"isApprovalRequired\" : true", "\"isApprovalRequired\" : \"true\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.getMessage().contains("isApprovalRequired"), e.getMessage());
    }

    @Test
    void anApprovalRuleWithoutItsDecisionIsRefused() {
        String json = SnapshotFixture.tenant().pim().rolePolicy(GA, true, List.of(), List.of(), List.of()).json()
                .replace("\"isApprovalRequired\" : true", "\"isApprovalRequired\" : null");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.field().endsWith("policy.rules[Approval_EndUser_Assignment].setting.isApprovalRequired"), e.field());
        assertTrue(e.problem().contains("missing or null"), e.problem());

        String noRole = SnapshotFixture.tenant().pim().rolePolicy(GA, true, List.of(), List.of(), List.of()).json()
                .replace("\"roleDefinitionId\" : \"" + GA + "\"", "\"roleDefinitionId\" : \"\"");
        InvalidInputException role = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(noRole));
        assertTrue(role.field().endsWith(".roleDefinitionId"), role.field());
    }

    @Test
    void oneRoleGovernedByTwoPolicyAssignmentsIsRefused() {
        String json = SnapshotFixture.tenant().pim().rolePolicy(GA, true, List.of(), List.of(), List.of())
                .rolePolicy(GA, false, List.of(), List.of(), List.of()).json()
                .replaceFirst("\"id\" : \"DirectoryRole_tenant_policy-" + GA + "_" + GA + "\"",
                        "\"id\" : \"first-assignment\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.field().endsWith(".roleDefinitionId"), e.field());
        assertTrue(e.problem().contains("governed by two policy assignments"), e.problem());

        String noId = SnapshotFixture.tenant().pim().rolePolicy(GA, true, List.of(), List.of(), List.of()).json()
                .replace("\"id\" : \"DirectoryRole_tenant_policy-" + GA + "_" + GA + "\"", "\"id\" : null");
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(noId));
        assertTrue(missing.field().endsWith(".id"), missing.field());
    }
}
