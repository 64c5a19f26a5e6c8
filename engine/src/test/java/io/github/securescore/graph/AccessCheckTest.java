package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.snapshot.GraphResource;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access check reads one entity of each resource through the real SDK transport, and names what is missing. */
class AccessCheckTest {

    GraphTestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The fixture records directory/onPremisesSynchronization as refused; here it is readable. */
    static TenantData everythingReadable() {
        return TenantData.fromSnapshot(GraphCollectorTest.fixture()).with(
                GraphResource.ON_PREMISES_SYNCHRONIZATION.key(),
                new TenantData.NodeCollection(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()));
    }

    AccessReport check() {
        return new AccessCheck(server.connection(Secret.of(GraphCollectorTest.SECRET)), GraphCollectorTest.fast(),
                GraphTestServer.credential(), null).run();
    }

    @Test
    void everyResourceReadableIsReportedGrantedWithOneRequestEach() throws IOException {
        server = GraphTestServer.serve(everythingReadable()).pageLimit(50);
        AccessReport report = check();
        assertTrue(report.complete(), () -> report.accesses().toString());
        assertEquals(Set.of(), report.missingPermissions());
        // one small request per resource, never the 300 users page after page
        assertEquals(1, server.requests(GraphResource.USERS.key()));
        assertTrue(server.log().stream().anyMatch(l -> l.startsWith("/v1.0/users?") && l.contains("$top=1")),
                server.log()::toString);
        assertEquals(1, server.requests("groups"));
        // the per-group members are probed through the group list, never a group id of our choosing
        assertTrue(server.log().stream().noneMatch(l -> l.contains("/transitiveMembers")), server.log()::toString);
    }

    @Test
    void refusedResourcesNameTheirPermissionsAndOnlyThose() throws IOException {
        server = GraphTestServer.serve(everythingReadable())
                .deny(GraphResource.USER_REGISTRATION_DETAILS.key())
                .deny("groups")
                .deny(GraphResource.SECURE_SCORES.key());
        AccessReport report = check();
        assertFalse(report.complete());
        assertEquals(Set.of("AuditLog.Read.All", "GroupMember.Read.All", "SecurityEvents.Read.All"),
                report.missingPermissions());
        List<String> refused = report.accesses().stream().filter(AccessReport.Access::denied)
                .map(AccessReport.Access::resource).toList();
        assertEquals(List.of(GraphResource.USER_REGISTRATION_DETAILS.key(), GraphResource.SECURE_SCORES.key(),
                "groups"), refused);
        assertTrue(report.otherFailures().isEmpty());
    }

    @Test
    void aResourceMissingForAnotherReasonIsNotCalledAPermission() throws IOException {
        server = GraphTestServer.serve(everythingReadable()
                .without(GraphResource.ON_PREMISES_SYNCHRONIZATION.key()));
        AccessReport report = check();
        assertEquals(Set.of(), report.missingPermissions());
        assertEquals(List.of(GraphResource.ON_PREMISES_SYNCHRONIZATION.key()),
                report.otherFailures().stream().map(AccessReport.Access::resource).toList());
        assertEquals(404, report.otherFailures().get(0).error().status());
    }

    @Test
    void throttlingIsWaitedOutAsInACollection() throws IOException {
        server = GraphTestServer.serve(everythingReadable())
                .inject(GraphResource.DOMAINS.key(), 1, new GraphTestServer.Throttled(0));
        AccessReport report = check();
        assertTrue(report.complete(), () -> report.accesses().toString());
        assertEquals(2, server.requests(GraphResource.DOMAINS.key()));
    }
}
