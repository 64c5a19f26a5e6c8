package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.Scuba.END;
import static io.github.securescore.pack.scuba.Scuba.GA;
import static io.github.securescore.pack.scuba.Scuba.GROUP;
import static io.github.securescore.pack.scuba.Scuba.START;
import static io.github.securescore.pack.scuba.Scuba.USER;
import static io.github.securescore.pack.scuba.Scuba.USER_ADMIN;
import static io.github.securescore.pack.scuba.Scuba.evaluate;
import static io.github.securescore.pack.scuba.Scuba.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MS.AAD.7.4v1 (no permanent active assignments) and MS.AAD.7.5v1 (only through PIM). */
class ActiveAssignmentsTest {

    private static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

    @Test
    void aPermanentActiveGlobalAdministratorFails() {
        SnapshotFixture fixture = tenant(2).active("u1", GA, USER, START, null).active("u2", USER_ADMIN, USER, START, END);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.4v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("Global Administrator: u1@contoso.example"), outcome.evidence().unprotected());
    }

    @Test
    void timeBoundAssignmentsAndPermanentLesserRolesPass() {
        SnapshotFixture fixture = tenant(2).active("u1", GA, USER, START, END).active("u2", GLOBAL_READER, USER, null, null);
        assertEquals(RequirementStatus.PASS, evaluate(fixture, "MS.AAD.7.4v1").status());
        assertEquals(RequirementStatus.PASS, evaluate(fixture, "MS.AAD.7.5v1").status());
    }

    @Test
    void aDeclaredEmergencyAccessAccountIsExcepted() {
        SnapshotFixture fixture = tenant(0).member("breakglass").active("breakglass", GA, USER, START, null);
        RequirementOutcome failed = evaluate(fixture, "MS.AAD.7.4v1");
        assertEquals(RequirementStatus.FAIL, failed.status());
        RequirementOutcome excepted = evaluate(fixture, "MS.AAD.7.4v1", Set.of("BREAKGLASS"));
        assertEquals(RequirementStatus.PASS, excepted.status());
        assertEquals(List.of("excepted as emergency access: Global Administrator: breakglass@contoso.example"),
                excepted.evidence().notes());
    }

    @Test
    void aPermanentGroupAssignmentIsListedByTypeAndId() {
        SnapshotFixture fixture = tenant(0).active("g1", USER_ADMIN, GROUP, START, null);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.4v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("User Administrator: group g1"), outcome.evidence().unprotected());
    }

    @Test
    void anAssignmentMadeOutsidePimFails() {
        // Graph lists a direct role assignment among PIM's active instances with no start time
        SnapshotFixture fixture = tenant(2).active("u1", GA, USER, null, null).active("u2", GA, USER, START, END);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.5v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("Global Administrator: u1@contoso.example"), outcome.evidence().unprotected());
        // an emergency account is excepted from 7.4 only: the baseline lists no exception for 7.5
        assertEquals(RequirementStatus.FAIL, evaluate(fixture, "MS.AAD.7.5v1", Set.of("u1")).status());
    }

    @Test
    void withoutP2PimIsNotEvaluatedNamingTheLicence() {
        SnapshotFixture fixture = tenant(1).sku("ENTERPRISEPACK", "Enabled", "AAD_PREMIUM")
                .error(GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES.key(), 400, "AadPremiumLicenseRequired");
        for (String id : List.of("MS.AAD.7.4v1", "MS.AAD.7.5v1")) {
            RequirementOutcome outcome = evaluate(fixture, id);
            assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status(), id);
            assertTrue(outcome.reason().contains("Microsoft Entra ID P2"), outcome.reason());
            assertTrue(outcome.reason().contains("no subscribed SKU has the AAD_PREMIUM_P2 plan"), outcome.reason());
            assertEquals(List.of("RoleAssignmentSchedule.Read.Directory"), outcome.missingPermissions());
        }
    }

    @Test
    void aRefusedPimReadNamesThePermission() {
        SnapshotFixture fixture = tenant(1).forbidden(GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.4v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.reason().contains("403 Authorization_RequestDenied (needs RoleAssignmentSchedule.Read.Directory"),
                outcome.reason());
    }
}
