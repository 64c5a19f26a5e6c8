package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test server behaves like Graph where the other modules' tests rely on it. */
class GraphTestServerTest {

    GraphTestServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        server = GraphTestServer.serve(GraphCollectorTest.fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery
                : server.graphRoot() + "/" + pathAndQuery));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requiresTheBearerToken() throws Exception {
        HttpResponse<String> response = get("users", null);

        assertEquals(401, response.statusCode());
        assertEquals("InvalidAuthenticationToken", mapper.readTree(response.body()).at("/error/code").asText());
    }

    @Test
    void pagesWithTopAndSkipTokenAndSelects() throws Exception {
        JsonNode first = mapper.readTree(get("users?$top=120&$select=id,accountEnabled", GraphTestServer.ACCESS_TOKEN).body());

        assertEquals(120, first.get("value").size());
        assertEquals(2, first.get("value").get(0).size(), "only id and accountEnabled");
        String next = first.get("@odata.nextLink").asText();
        assertTrue(next.contains("$skiptoken="), next);
        JsonNode second = mapper.readTree(get(next, GraphTestServer.ACCESS_TOKEN).body());
        JsonNode third = mapper.readTree(get(second.get("@odata.nextLink").asText(), GraphTestServer.ACCESS_TOKEN).body());
        assertEquals(60, third.get("value").size());
        assertFalse(third.has("@odata.nextLink"));
        assertEquals("11111111-0000-4000-8000-000000000120", second.get("value").get(0).get("id").asText());
        assertEquals(3, server.requests("users"));
    }

    @Test
    void refusesPagesAboveGraphsLimit() throws Exception {
        assertEquals(400, get("users?$top=1000", GraphTestServer.ACCESS_TOKEN).statusCode());
    }

    @Test
    void principalOnlyWithExpand() throws Exception {
        JsonNode plain = mapper.readTree(get("roleManagement/directory/roleAssignments", GraphTestServer.ACCESS_TOKEN).body());
        JsonNode expanded = mapper.readTree(get("roleManagement/directory/roleAssignments?$expand=principal",
                GraphTestServer.ACCESS_TOKEN).body());

        assertFalse(plain.get("value").get(0).has("principal"));
        assertEquals("#microsoft.graph.user", expanded.get("value").get(0).at("/principal/@odata.type").asText());
    }

    @Test
    void servesRecordedErrorsAndUnknownResources() throws Exception {
        HttpResponse<String> denied = get("directory/onPremisesSynchronization", GraphTestServer.ACCESS_TOKEN);
        HttpResponse<String> unknown = get("applications", GraphTestServer.ACCESS_TOKEN);

        assertEquals(403, denied.statusCode());
        assertEquals("Authorization_RequestDenied", mapper.readTree(denied.body()).at("/error/code").asText());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void tokenFileConnectionDrivesTheRealCollector(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tenant.json");

        new GraphCollector(server.tokenFileConnection(dir.resolve("token")), line -> { }).record(out);

        assertEquals(mapper.readTree(GraphCollectorTest.fixture().toFile()).get("resources"),
                mapper.readTree(out.toFile()).get("resources"));
    }
}
