package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.Scuba.GA;
import static io.github.securescore.pack.scuba.Scuba.USER_ADMIN;
import static io.github.securescore.pack.scuba.Scuba.allPolicies;
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

/** MS.AAD.7.6v1 to 7.9v1, from the roles' PIM policies. */
class PimRoleSettingsTest {

    private static final List<String> SOC = List.of("soc@contoso.example");

    @Test
    void approvalToActivateGlobalAdministrator() {
        assertEquals(RequirementStatus.PASS, evaluate(allPolicies(tenant(0), true), "MS.AAD.7.6v1").status());
        RequirementOutcome off = evaluate(allPolicies(tenant(0), false), "MS.AAD.7.6v1");
        assertEquals(RequirementStatus.FAIL, off.status());
        assertEquals(List.of("Approval_EndUser_Assignment: isApprovalRequired false"), off.evidence().notes());
    }

    @Test
    void approvalOnAnotherRoleDoesNotStandInForGlobalAdministrator() {
        RequirementOutcome outcome = evaluate(tenant(0).rolePolicy(USER_ADMIN, true, SOC, SOC, SOC), "MS.AAD.7.6v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.reason().contains("Global Administrator"), outcome.reason());
    }

    @Test
    void aRefusedPolicyEndpointIsNotEvaluatedNamingThePermission() {
        SnapshotFixture fixture = tenant(0).forbidden(GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS);
        for (String id : List.of("MS.AAD.7.6v1", "MS.AAD.7.7v1", "MS.AAD.7.8v1", "MS.AAD.7.9v1")) {
            RequirementOutcome outcome = evaluate(fixture, id);
            assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status(), id);
            assertEquals(List.of("RoleManagementPolicy.Read.Directory"), outcome.missingPermissions(), id);
        }
    }

    @Test
    void assignmentAlertsOnEveryHighlyPrivilegedRolePass() {
        RequirementOutcome outcome = evaluate(allPolicies(tenant(0), true), "MS.AAD.7.7v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertEquals(16L, outcome.evidence().counts().get("alert rules with recipients"));
    }

    @Test
    void oneRoleWithoutAnEligibleAssignmentAlertFails() {
        SnapshotFixture fixture = tenant(0);
        for (String role : HighlyPrivilegedRoles.ALL.keySet()) {
            fixture.rolePolicy(role, true, SOC, role.equals(USER_ADMIN) ? List.of() : SOC, SOC);
        }
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.7v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("User Administrator (Notification_Admin_Admin_Eligibility)"), outcome.evidence().unprotected());
    }

    @Test
    void rolesWhosePolicyWasNotRecordedLeaveAlertsNotEvaluated() {
        RequirementOutcome outcome = evaluate(tenant(0).rolePolicy(GA, true, SOC, SOC, SOC), "MS.AAD.7.7v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.reason().contains("Cloud Application Administrator"), outcome.reason());
    }

    @Test
    void globalAdministratorActivationAlert() {
        RequirementOutcome on = evaluate(tenant(0).rolePolicy(GA, true, List.of(), List.of(), List.of("ga-watch@contoso.example")),
                "MS.AAD.7.8v1");
        assertEquals(RequirementStatus.PASS, on.status());
        assertEquals(List.of("Global Administrator (Notification_Admin_EndUser_Assignment) → ga-watch@contoso.example"),
                on.evidence().notes());
        RequirementOutcome off = evaluate(tenant(0).rolePolicy(GA, true, SOC, SOC, List.of()), "MS.AAD.7.8v1");
        assertEquals(RequirementStatus.FAIL, off.status());
    }

    @Test
    void otherRolesActivationAlertsIgnoreGlobalAdministrator() {
        SnapshotFixture fixture = tenant(0);
        for (String role : HighlyPrivilegedRoles.ALL.keySet()) {
            fixture.rolePolicy(role, true, SOC, SOC, role.equals(GA) ? List.of() : SOC);
        }
        assertEquals(RequirementStatus.PASS, evaluate(fixture, "MS.AAD.7.9v1").status());
        assertEquals(RequirementStatus.FAIL, evaluate(fixture, "MS.AAD.7.8v1").status());
        SnapshotFixture exchangeSilent = tenant(0);
        for (String role : HighlyPrivilegedRoles.ALL.keySet()) {
            exchangeSilent.rolePolicy(role, true, SOC, SOC,
                    role.equals(SnapshotFixture.EXCHANGE_ADMINISTRATOR) ? List.of() : SOC);
        }
        RequirementOutcome outcome = evaluate(exchangeSilent, "MS.AAD.7.9v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("Exchange Administrator (Notification_Admin_EndUser_Assignment)"),
                outcome.evidence().unprotected());
    }
}
