package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft Entra recommendations and tenantSecureScores, read from Graph beta by the real SDK
 * transport against the test Graph server: documented and newer shapes, paging, a refusal.
 */
class RecommendationsCollectionTest {

    private static final String RECOMMENDATIONS = GraphResource.DIRECTORY_RECOMMENDATIONS.key();
    private static final String DAYS = GraphResource.TENANT_SECURE_SCORES.key();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private TenantSnapshot collect(GraphTestServer server) {
        Path out = dir.resolve("recorded-" + System.nanoTime() + ".json");
        new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)), line -> { },
                GraphCollectorTest.fast(), GraphTestServer.credential()).record(out);
        return new SnapshotReader().read(out);
    }

    /** Microsoft's documented example shape, plus fields the documentation added later and one nobody knows. */
    private static TenantData.Collection recommendations(int count) {
        ArrayNode value = MAPPER.createArrayNode();
        String[] types = {"adminMFAV2", "mfaRegistrationV2", "oneAdmin", "turnOffPerUserMFA"};
        for (int i = 0; i < count; i++) {
            ObjectNode r = value.addObject();
            r.put("id", "00000000-0000-4000-8000-00000000c0de_Microsoft.Identity.IAM.Insights." + types[i]);
            r.put("recommendationType", types[i]);
            r.put("createdDateTime", "2026-02-28T02:53:00Z");
            r.putNull("postponeUntilDateTime");
            r.put("lastModifiedDateTime", "2026-11-10T22:57:10.2509132Z");
            r.put("lastModifiedBy", "b5fa65db-0d2b-4233-8788-ab0213567669");
            r.put("currentScore", i == 3 ? 0.0 : 1.0);
            r.put("maxScore", i == 3 ? 5.0 : 10.0);
            r.put("displayName", "Recommendation " + i);
            r.putArray("featureAreas").add("conditionalAccess");
            r.put("insights", "13 users are affected.");
            r.put("category", i == 3 ? "identityBestPractice" : "identitySecureScore");
            r.put("categoryGroup", "strengthenAuthentication");
            r.put("status", i == 2 ? "riskAccepted" : "active");
            r.put("priority", "medium");
            r.put("impactType", "users");
            r.put("remediationImpact", "");
            r.putArray("nistClassifications").addObject().put("category", "PR.AA");
            r.put("someFieldFrom2027", "ignored");
            r.putArray("actionSteps").addObject().put("stepNumber", 1).put("text", "1. Create a policy.")
                    .putObject("actionUrl").put("displayName", "CA policies").put("url", "https://portal.azure.com/");
        }
        return new TenantData.NodeCollection(value);
    }

    private static TenantData.Collection days(int count) {
        ArrayNode value = MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            value.addObject().put("tenantScore", 11 + i).put("tenantMaxScore", 56)
                    .put("createDateTime", String.format("2026-11-%02dT00:00:00Z", 21 - i));
        }
        return new TenantData.NodeCollection(value);
    }

    @Test
    void readsBetaWithTheUnknownEnumMembersAndKeepsOnlyTheSelectedFields() throws IOException {
        TenantData data = TenantData.contoso().with(RECOMMENDATIONS, recommendations(4)).with(DAYS, days(3));
        try (GraphTestServer server = GraphTestServer.serve(data)) {
            TenantSnapshot snapshot = collect(server);

            List<String> betaRequests = server.log().stream().filter(l -> l.startsWith("/beta/")).toList();
            assertTrue(betaRequests.stream().anyMatch(l -> l.startsWith("/beta/directory/recommendations?$select=")
                    && l.contains("recommendationType") && l.contains("status")), betaRequests.toString());
            assertTrue(betaRequests.contains("/beta/directory/recommendations/tenantSecureScores"), betaRequests.toString());
            assertFalse(server.log().stream().anyMatch(l -> l.startsWith("/v1.0/directory/recommendations")));
            // without it Graph answers riskAccepted, thirdParty, planned, alternateMitigation as unknownFutureValue
            assertEquals("include-unknown-enum-members", server.preferHeader(RECOMMENDATIONS));
            assertEquals("", server.preferHeader("users"), "v1.0 resources keep their documented enums");

            assertEquals(ResourceState.PRESENT, snapshot.state(GraphResource.DIRECTORY_RECOMMENDATIONS));
            assertEquals(4, snapshot.recommendations().size());
            assertEquals("riskAccepted", snapshot.scoredRecommendation("oneAdmin").orElseThrow().status());
            assertEquals(3, snapshot.tenantSecureScores().size());
            assertEquals(11.0, snapshot.tenantSecureScores().get(0).tenantScore(), "the newest day first");
        }
        JsonNode recorded = MAPPER.readTree(Files.list(dir).findFirst().orElseThrow().toFile())
                .path("resources").path(RECOMMENDATIONS).path("value").path(0);
        assertTrue(recorded.has("categoryGroup"));
        assertFalse(recorded.has("insights"), "fields the engine does not read are not recorded");
        assertFalse(recorded.has("someFieldFrom2027"));
    }

    @Test
    void followsTheNextLinksOfBetaPagesWithTheSameHeader() throws IOException {
        TenantData data = TenantData.contoso().with(RECOMMENDATIONS, recommendations(4)).with(DAYS, days(5));
        try (GraphTestServer server = GraphTestServer.serve(data).pageLimit(2)) {
            TenantSnapshot snapshot = collect(server);

            assertEquals(2, server.requests(RECOMMENDATIONS), "4 recommendations, 2 a page");
            assertEquals(3, server.requests(DAYS), "5 days, 2 a page");
            assertEquals("include-unknown-enum-members", server.preferHeader(RECOMMENDATIONS), "the last page too");
            assertEquals(4, snapshot.recommendations().size());
            assertEquals(5, snapshot.tenantSecureScores().size());
            assertTrue(server.log().stream().filter(l -> l.contains("$skiptoken"))
                    .allMatch(l -> l.startsWith("/beta/") || !l.contains("recommendations")));
        }
    }

    @Test
    void aRefusalOfTheRecommendationsIsRecordedAndChangesNothingElse() throws IOException {
        TenantSnapshot refused;
        TenantSnapshot absent;
        TenantData without = TenantData.contoso().without(RECOMMENDATIONS).without(DAYS);
        try (GraphTestServer server = GraphTestServer.serve(TenantData.contoso()).deny(RECOMMENDATIONS).deny(DAYS)) {
            refused = collect(server);
        }
        try (GraphTestServer server = GraphTestServer.serve(without)) {
            absent = collect(server);
        }

        ResourceState state = refused.state(GraphResource.DIRECTORY_RECOMMENDATIONS);
        assertEquals(ResourceState.Kind.FAILED, state.kind());
        assertEquals(403, state.error().status());
        assertEquals("Authorization_RequestDenied", state.error().code());
        assertEquals(ResourceState.Kind.FAILED, refused.state(GraphResource.TENANT_SECURE_SCORES).kind());
        for (GraphResource resource : GraphResource.values()) {
            if (resource != GraphResource.DIRECTORY_RECOMMENDATIONS && resource != GraphResource.TENANT_SECURE_SCORES) {
                assertEquals(absent.state(resource), refused.state(resource), resource.key());
            }
        }
        Assessment a = new Assessor().assess(refused, List.of(), LocalDate.of(2026, 11, 21));
        Assessment b = new Assessor().assess(absent, List.of(), LocalDate.of(2026, 11, 21));
        assertEquals(b.points(), a.points(), 1e-9);
        assertEquals(b.maxPoints(), a.maxPoints(), 1e-9);
        for (int i = 0; i < a.controls().size(); i++) {
            assertEquals(b.controls().get(i).status(), a.controls().get(i).status(), a.controls().get(i).name());
        }
    }
}
