package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SCuBA pack's resources collected through the real Graph SDK from the test Graph server. */
class ScubaCollectionTest {

    @TempDir
    Path dir;

    private TenantSnapshot collect(GraphTestServer server) {
        Path out = dir.resolve("scuba.json");
        new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)), line -> { },
                GraphCollectorTest.fast(), GraphTestServer.credential()).record(out);
        return new SnapshotReader().read(out);
    }

    private static Map<String, RequirementResult> assess(TenantSnapshot snapshot) {
        PackResult result = new PackAssessor().assess(PackCatalog.load().pack("scuba-aad").orElseThrow(),
                new EvaluationContext(snapshot), List.of(), List.of(), LocalDate.of(2026, 11, 21));
        return result.results().stream().collect(Collectors.toMap(r -> r.requirement().id(), r -> r));
    }

    @Test
    void thePacksResourcesAreRecordedAndDecideTheRequirements() throws Exception {
        try (GraphTestServer server = GraphTestServer.serve(GraphCollectorTest.fixture()).keepLog(true)) {
            TenantSnapshot snapshot = collect(server);
            assertEquals("migrationInProgress", snapshot.authenticationMethodsPolicy().orElseThrow().policyMigrationState());
            assertEquals(3, snapshot.authenticationStrengthPolicies().size());
            assertTrue(snapshot.adminConsentRequestPolicy().orElseThrow().enabled());
            assertTrue(server.log().stream().anyMatch(l -> l.startsWith("/v1.0/policies/authenticationMethodsPolicy")));

            Map<String, RequirementResult> results = assess(snapshot);
            assertEquals(RequirementStatus.FAIL, results.get("MS.AAD.3.4v1").status());
            assertEquals(RequirementStatus.NOT_APPLICABLE, results.get("MS.AAD.3.5v1").status());
            assertEquals(RequirementStatus.FAIL, results.get("MS.AAD.3.3v2").status());
            assertEquals(RequirementStatus.PASS, results.get("MS.AAD.5.3v1").status());
        }
    }

    @Test
    void aRefusedPackEndpointFailsOnlyThatResourceAndTheRequirementsNeedingIt() throws Exception {
        try (GraphTestServer server = GraphTestServer.serve(GraphCollectorTest.fixture())
                .deny(GraphResource.AUTHENTICATION_METHODS_POLICY.key())) {
            TenantSnapshot snapshot = collect(server);
            ResourceState state = snapshot.state(GraphResource.AUTHENTICATION_METHODS_POLICY);
            assertEquals(ResourceState.Kind.FAILED, state.kind());
            assertEquals(403, state.error().status());
            assertTrue(snapshot.state(GraphResource.ADMIN_CONSENT_REQUEST_POLICY).isPresent());
            assertTrue(snapshot.state(GraphResource.CONDITIONAL_ACCESS_POLICIES).isPresent());

            Map<String, RequirementResult> results = assess(snapshot);
            for (String id : List.of("MS.AAD.3.3v2", "MS.AAD.3.4v1", "MS.AAD.3.5v1")) {
                RequirementResult r = results.get(id);
                assertEquals(RequirementStatus.NOT_EVALUATED, r.status(), id);
                assertEquals(List.of("Policy.Read.All"), r.outcome().missingPermissions(), id);
                assertTrue(r.outcome().reason().contains("policies/authenticationMethodsPolicy answered 403"), id);
            }
            assertEquals(RequirementStatus.PASS, results.get("MS.AAD.5.3v1").status());
            assertTrue(results.get("MS.AAD.1.1v1").status() != RequirementStatus.NOT_EVALUATED);
        }
    }
}
