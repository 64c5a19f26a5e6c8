package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.SnapshotSource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault the test server injects ends with the right data or a clear error. */
class GraphFaultTest {

    static final String USERS = GraphResource.USERS.key();
    static final String POLICIES = GraphResource.CONDITIONAL_ACCESS_POLICIES.key();
    static final int PAGE = 50;   // 300 users: 6 pages

    @TempDir
    Path dir;

    GraphTestServer server;
    final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    final ObjectMapper mapper = new ObjectMapper();
    JsonNode served;

    @BeforeEach
    void start() throws IOException {
        server = GraphTestServer.serve(GraphCollectorTest.fixture()).pageLimit(PAGE);
        served = mapper.readTree(GraphCollectorTest.fixture().toFile()).get("resources");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Path record(CollectionSettings settings) {
        Path out = dir.resolve("recorded.json");
        new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)), progress::add, settings,
                GraphTestServer.credential()).record(out);
        return out;
    }

    Path record() {
        return record(GraphCollectorTest.fast());
    }

    void assertRecordedEqualsServed(Path out) throws IOException {
        JsonNode recorded = mapper.readTree(out.toFile()).get("resources");
        assertEquals(served, recorded);
        // nothing lost or duplicated: every user once, in order
        List<String> ids = new ArrayList<>();
        recorded.get(USERS).get("value").forEach(u -> ids.add(u.get("id").asText()));
        assertEquals(300, ids.size());
        assertEquals(300, ids.stream().distinct().count());
    }

    @Test
    void joinsPagesFollowingNextLinks() throws IOException {
        Path out = record();

        assertRecordedEqualsServed(out);
        assertEquals(300 / PAGE, server.requests(USERS));
        assertEquals(6, server.requests(GraphResource.USER_REGISTRATION_DETAILS.key()));
    }

    @Test
    void asksOnlyForWhatTheEvaluatorsRead() throws IOException {
        record();

        List<String> log = server.log();
        assertTrue(log.contains("/v1.0/users?$select=accountEnabled,creationType,displayName,externalUserState,id,identities,userPrincipalName,userType&$top=999"),
                log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("/v1.0/roleManagement/directory/roleAssignments?")
                && l.contains("$expand=principal")), log::toString);
        assertTrue(log.contains("/v1.0/security/secureScores?$top=90"), log::toString);
        assertTrue(log.contains("/v1.0/groups/22222222-0000-4000-8000-000000000003/transitiveMembers?$select=id&$top=999"),
                "the group holding a directory role is expanded: " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("groups/22222222-0000-4000-8000-000000000001/")),
                "the group a policy excludes is expanded");
        assertTrue(log.stream().anyMatch(l -> l.contains("groups/22222222-0000-4000-8000-000000000002/")),
                "the group a policy includes is expanded");
    }

    @Test
    void honoursRetryAfterOnThrottling() throws IOException {
        server.inject(USERS, 3, new GraphTestServer.Throttled(1));

        Path out = record();

        assertRecordedEqualsServed(out);
        assertEquals(300 / PAGE + 1, server.requests(USERS));
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("users (page 3): HTTP 429 (throttled); retrying in 1000 ms")),
                progress::toString);
    }

    @Test
    void backsOffWhenThrottledWithoutRetryAfter() throws IOException {
        server.inject(USERS, 2, new GraphTestServer.Throttled(null))
                .inject(USERS, 3, new GraphTestServer.Throttled(null));

        Path out = record();

        assertRecordedEqualsServed(out);
        assertEquals(300 / PAGE + 2, server.requests(USERS));
        // equal jitter: attempt 1 waits 10..20 ms, attempt 2 waits 20..40 ms
        assertTrue(progress.stream().anyMatch(l -> l.matches("users \\(page 2\\): HTTP 429 \\(throttled\\); retrying in "
                + "(1\\d|20) ms \\(attempt 2 of 4\\)")), progress::toString);
        assertTrue(progress.stream().anyMatch(l -> l.matches("users \\(page 2\\): HTTP 429 \\(throttled\\); retrying in "
                + "([2-3]\\d|40) ms \\(attempt 3 of 4\\)")), progress::toString);
    }

    @Test
    void retriesServiceUnavailableAndGatewayTimeout() throws IOException {
        server.inject(USERS, 1, new GraphTestServer.Status(503))
                .inject(USERS, 4, new GraphTestServer.Status(504))
                .inject(POLICIES, 1, new GraphTestServer.Status(503));

        Path out = record();

        assertRecordedEqualsServed(out);
        assertEquals(300 / PAGE + 2, server.requests(USERS));
    }

    @Test
    void retriesAPageThatTimesOut() throws IOException {
        server.inject(USERS, 2, new GraphTestServer.Slow(Duration.ofSeconds(3)));

        Path out = record(GraphCollectorTest.fast().withRequestTimeout(Duration.ofMillis(700)));

        assertRecordedEqualsServed(out);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("users (page 2): no complete answer within")),
                progress::toString);
    }

    @Test
    void retriesAPageWhoseConnectionDropped() throws IOException {
        server.inject(USERS, 3, new GraphTestServer.Dropped());

        Path out = record();

        assertRecordedEqualsServed(out);
        assertTrue(server.requests(USERS) >= 300 / PAGE + 1);
    }

    @Test
    void retriesMalformedJson() throws IOException {
        server.inject(USERS, 4, new GraphTestServer.Malformed());

        Path out = record();

        assertRecordedEqualsServed(out);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("users (page 4): Graph answered malformed JSON")),
                progress::toString);
    }

    @Test
    void givesUpWithAClearErrorAndLeavesTheOldSnapshotUntouched() throws IOException {
        Path out = dir.resolve("recorded.json");
        Files.writeString(out, "previous snapshot");
        for (int i = 1; i <= 4; i++) {
            server.inject(USERS, i, new GraphTestServer.Status(503));
        }

        CollectionException e = assertThrows(CollectionException.class, this::record);

        assertEquals("users (page 1) failed after 4 attempts: HTTP 503", e.getMessage());
        assertEquals("previous snapshot", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void malformedJsonEveryTimeIsAClearError() {
        for (int i = 1; i <= 4; i++) {
            server.inject(POLICIES, i, new GraphTestServer.Malformed());
        }

        CollectionException e = assertThrows(CollectionException.class, this::record);

        assertTrue(e.getMessage().startsWith("identity/conditionalAccess/policies (page 1) failed after 4 attempts: "
                + "Graph answered malformed JSON"), e.getMessage());
    }

    @Test
    void forbiddenResourceIsRecordedAndOnlyItsActionsAreNotEvaluated() throws IOException {
        server.deny(POLICIES);

        Path out = record();

        JsonNode recorded = mapper.readTree(out.toFile()).get("resources");
        assertEquals(mapper.readTree("{\"error\":{\"status\":403,\"code\":\"Authorization_RequestDenied\","
                + "\"message\":\"Insufficient privileges to complete the operation.\"}}"), recorded.get(POLICIES));
        assertEquals(served.get(USERS), recorded.get(USERS));
        assertFalse(recorded.has("groups/22222222-0000-4000-8000-000000000001/transitiveMembers"),
                "no policy was read, so no policy group is expanded");
        assertTrue(recorded.has("groups/22222222-0000-4000-8000-000000000003/transitiveMembers"),
                "the role-holding group still is");

        TenantSnapshot snapshot = new SnapshotReader().read(out);
        ResourceState state = snapshot.state(GraphResource.CONDITIONAL_ACCESS_POLICIES);
        assertEquals(ResourceState.Kind.FAILED, state.kind());
        assertEquals(403, state.error().status());

        CheckResult result = new IdentityCheck().run(CheckRequest.of(SnapshotSource.file(out), null, List.of(),
                LocalDate.of(2026, 11, 22)));
        assertEquals(ControlStatus.NOT_EVALUATED, result.assessment().control("BlockLegacyAuthentication").orElseThrow().status());
        assertTrue(result.assessment().control("MFARegistrationV2").orElseThrow().status() != ControlStatus.NOT_EVALUATED);
        assertTrue(result.assessment().control("PWAgePolicyNew").orElseThrow().status() != ControlStatus.NOT_EVALUATED);
    }

    @Test
    void missingResourceIsRecordedAsNotFound() throws IOException {
        server.close();
        server = GraphTestServer.serve(TenantData.fromSnapshot(GraphCollectorTest.fixture())
                .without(GraphResource.SUBSCRIBED_SKUS.key()));

        Path out = record();

        JsonNode error = mapper.readTree(out.toFile()).get("resources").get("subscribedSkus").get("error");
        assertEquals(404, error.get("status").asInt());
        assertEquals("Request_ResourceNotFound", error.get("code").asText());
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowed() {
        server.nextLinkRoot("http://127.0.0.2:9/v1.0");

        CollectionException e = assertThrows(CollectionException.class, this::record);

        assertTrue(e.getMessage().contains("@odata.nextLink leaves http://127.0.0.1 (http://127.0.0.2); not followed"),
                e.getMessage());
    }

    @Test
    void rejectedTokenIsAClearError() {
        Path out = dir.resolve("recorded.json");
        GraphCollector collector = new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)),
                progress::add, GraphCollectorTest.fast(), request -> reactor.core.publisher.Mono.just(
                new com.azure.core.credential.AccessToken("wrong-token", java.time.OffsetDateTime.now().plusHours(1))));

        CollectionException e = assertThrows(CollectionException.class, () -> collector.record(out));

        assertTrue(e.getMessage().contains("HTTP 401 InvalidAuthenticationToken"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
