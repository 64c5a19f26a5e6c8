package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.snapshot.GraphResource;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Graph may list an entity twice while a directory changes under paging. That is Graph's answer,
 * not the user's file: the live check stops with a collection failure (exit 3) instead of deciding
 * on it, and never calls it bad input (exit 2).
 */
class RepeatedPagesTest {

    GraphTestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    TenantData withUsers(java.util.function.Consumer<ArrayNode> change) throws IOException {
        JsonNode snapshot = new ObjectMapper().readTree(GraphCollectorTest.fixture().toFile());
        ArrayNode users = ((ArrayNode) snapshot.path("resources").path(GraphResource.USERS.key()).path("value")).deepCopy();
        change.accept(users);
        return TenantData.fromSnapshot(GraphCollectorTest.fixture())
                .with(GraphResource.USERS.key(), new TenantData.NodeCollection(users));
    }

    CollectionException collect() {
        GraphSnapshotSource live = new GraphSnapshotSource(server.connection(Secret.of(GraphCollectorTest.SECRET)),
                new GraphCollector(server.connection(Secret.of(GraphCollectorTest.SECRET)), line -> { },
                        GraphCollectorTest.fast(), GraphTestServer.credential()));
        return assertThrows(CollectionException.class, live::load);
    }

    @Test
    void aUserOnTwoPagesIsACollectionFailureToRetry() throws IOException {
        // the first user again on the last page, as if the directory had been re-ordered while paging
        server = GraphTestServer.serve(withUsers(users -> users.add(users.get(0).deepCopy()))).pageLimit(50);
        CollectionException e = collect();
        assertTrue(e.getMessage().contains("is listed twice"), e.getMessage());
        assertTrue(e.getMessage().contains("run the check again"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Microsoft Graph's answer cannot be used at resources[\"users\"].value[300]"),
                e.getMessage());
    }

    @Test
    void aConflictingRepeatIsRefusedTheSameWay() throws IOException {
        server = GraphTestServer.serve(withUsers(users -> {
            ObjectNode copy = users.get(1).deepCopy();
            copy.put("accountEnabled", !copy.path("accountEnabled").asBoolean(true));
            users.add(copy);
        })).pageLimit(50);
        assertTrue(collect().getMessage().contains("is listed twice"));
    }

    @Test
    void aValueOfTheWrongTypeFromGraphIsACollectionFailureToo() throws IOException {
        server = GraphTestServer.serve(withUsers(users -> ((ObjectNode) users.get(2)).put("accountEnabled", "true")));
        CollectionException e = collect();
        assertTrue(e.getMessage().contains("resources[\"users\"].value[2].accountEnabled"), e.getMessage());
        assertTrue(!e.getMessage().contains("run the check again"), e.getMessage());
    }
}
