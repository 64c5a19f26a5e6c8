package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCollectorTest {

    static final String SECRET = "FAKE-SECRET-zq8~Xv4.Tp0_recognisable";

    @TempDir
    Path dir;

    GraphTestServer server;
    final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    final ObjectMapper mapper = new ObjectMapper();

    static Path fixture() {
        try {
            return Path.of(GraphCollectorTest.class.getResource("contoso-snapshot.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = GraphTestServer.serve(fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static CollectionSettings fast() {
        return CollectionSettings.defaults().withRequestTimeout(Duration.ofSeconds(5))
                .withRetries(4, Duration.ofMillis(20), Duration.ofMillis(200));
    }

    GraphCollector collector(CollectionSettings settings) {
        return new GraphCollector(server.connection(Secret.of(SECRET)), progress::add, settings,
                GraphTestServer.credential());
    }

    Path record() {
        Path out = dir.resolve("recorded.json");
        collector(fast()).record(out);
        return out;
    }

    @Test
    void recordedSnapshotEqualsTheOneServed() throws IOException {
        Path out = record();

        JsonNode served = mapper.readTree(fixture().toFile());
        JsonNode recorded = mapper.readTree(out.toFile());
        assertEquals(served.get("resources"), recorded.get("resources"));
        assertEquals(served.get("tenantId"), recorded.get("tenantId"));
        // The served fixture is a /1 file; a collection always records the current format.
        assertEquals(TenantSnapshot.FORMAT, recorded.get("format").asText());

        TenantSnapshot offline = new SnapshotReader().read(fixture());
        TenantSnapshot live = new SnapshotReader().read(out);
        assertEquals(offline.states(), live.states());
        assertEquals(offline.directory().users(), live.directory().users());
        assertEquals(offline.groupMembers().keySet(), live.groupMembers().keySet());
        offline.groupMembers().forEach((group, members) ->
                assertEquals(members.users(), live.groupMembers(group).orElseThrow().users(), group));
        assertEquals(offline.conditionalAccessPolicies(), live.conditionalAccessPolicies());
        assertEquals(offline.roleAssignments(), live.roleAssignments());
        assertEquals(offline.secureScores(), live.secureScores());
        assertEquals(offline.controlProfiles(), live.controlProfiles());
    }
}
