package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.pack.scuba.ScubaPrivilegedAccess;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PIM resources collected through the Graph SDK's HTTP layer from the test Graph server, and the
 * SCuBA section 7 requirements decided on what was recorded, also when PIM is refused.
 */
class PimCollectionTest {

    private static final String POLICIES = GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS.key();
    private static final String ELIGIBLE = GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key();

    @TempDir
    Path dir;

    GraphTestServer server;

    @BeforeEach
    void start() throws IOException {
        server = GraphTestServer.serve(GraphCollectorTest.fixture()).keepLog(true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TenantSnapshot collect() {
        Path out = dir.resolve("pim.json");
        new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)), line -> { },
                GraphCollectorTest.fast(), GraphTestServer.credential()).record(out);
        return new SnapshotReader().read(out);
    }

    private static RequirementOutcome outcome(TenantSnapshot snapshot, String id) {
        Requirement requirement = ScubaPrivilegedAccess.requirements().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow();
        return requirement.evaluator().evaluate(new EvaluationContext(snapshot));
    }

    @Test
    void pimIsRecordedWithPrincipalsPolicyRulesAndEligibleGroups() {
        TenantSnapshot snapshot = collect();
        assertEquals(2, snapshot.roleEligibilityInstances().size());
        assertEquals("group", snapshot.roleEligibilityInstances().get(1).principalType());
        assertEquals(2, snapshot.roleAssignmentInstances().size());
        assertTrue(snapshot.roleManagementPolicyAssignments().get(0).rulesRecorded());
        // the group eligible for User Administrator was expanded like a group holding a role actively
        assertTrue(snapshot.groupState("22222222-0000-4000-8000-000000000004").isPresent());
        assertTrue(server.log().stream().anyMatch(l -> l.startsWith("/v1.0/" + POLICIES + "?")
                && l.contains("$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'")
                && l.contains("$expand=policy($expand=rules)")), server.log().toString());
        assertTrue(server.log().stream().anyMatch(l -> l.startsWith("/v1.0/" + ELIGIBLE + "?")
                && l.contains("$expand=principal") && l.contains("$select=")), server.log().toString());

        assertEquals(RequirementStatus.PASS, outcome(snapshot, "MS.AAD.7.6v1").status());
        assertEquals(RequirementStatus.FAIL, outcome(snapshot, "MS.AAD.7.8v1").status());
        RequirementOutcome permanent = outcome(snapshot, "MS.AAD.7.4v1");
        assertEquals(RequirementStatus.FAIL, permanent.status());
        assertEquals(List.of("Global Administrator: user0@contoso.example"), permanent.evidence().unprotected());
        RequirementOutcome cloudOnly = outcome(snapshot, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.FAIL, cloudOnly.status());
        assertEquals(List.of("user1@contoso.example"), cloudOnly.evidence().unprotected());
    }

    @Test
    void aRefusedPolicyEndpointLeavesOnlyItsRequirementsNotEvaluated() {
        server.deny(POLICIES);
        TenantSnapshot snapshot = collect();
        ResourceState state = snapshot.state(GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS);
        assertEquals(403, state.error().status());
        for (String id : List.of("MS.AAD.7.6v1", "MS.AAD.7.7v1", "MS.AAD.7.8v1", "MS.AAD.7.9v1")) {
            RequirementOutcome outcome = outcome(snapshot, id);
            assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status(), id);
            assertEquals(List.of("RoleManagementPolicy.Read.Directory"), outcome.missingPermissions(), id);
            assertTrue(outcome.reason().contains("403 Authorization_RequestDenied"), outcome.reason());
        }
        // the schedules were still read: their requirements are decided
        assertEquals(RequirementStatus.FAIL, outcome(snapshot, "MS.AAD.7.5v1").status());
    }

    @Test
    void aTenantWithoutP2CountsActiveGlobalAdministratorsOnly() {
        server.inject(ELIGIBLE, 1, new GraphTestServer.Status(400));
        TenantSnapshot snapshot = collect();
        assertEquals(400, snapshot.state(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES).error().status());
        RequirementOutcome count = outcome(snapshot, "MS.AAD.7.1v1");
        assertTrue(count.evidence().notes().get(0).startsWith("only active assignments counted"),
                count.evidence().notes().toString());
        // users 0, 1 and the group-held ones are active; user 3 is only eligible and so not counted
        assertTrue(!count.evidence().notes().toString().contains("user3@contoso.example"), count.evidence().notes().toString());
    }
}
