package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.graph.GraphTestServer;
import io.github.securescore.snapshot.GraphResource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code access} against the local test Graph server: what a new app registration may read. */
class AccessCommandTest {

    @TempDir
    Path dir;

    GraphTestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    CliRun access() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), GraphTestServer.ACCESS_TOKEN + "\n");
        return CliRun.of("access", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--auth", "access-token",
                "--access-token-file", token.toString(), "--graph-url", server.graphRoot());
    }

    @Test
    void namesTheMissingPermissionsAndExitsThree() throws Exception {
        // the fixture records directory/onPremisesSynchronization as refused; registration details refused too
        server = GraphTestServer.serve(SnapshotCommandTest.fixture())
                .deny(GraphResource.USER_REGISTRATION_DETAILS.key());
        CliRun run = access();
        assertEquals(3, run.exit(), run.printed());
        assertTrue(run.out().contains("Missing application permissions (grant them and give admin consent): "
                + "AuditLog.Read.All, OnPremDirectorySynchronization.Read.All"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+REFUSED\\s+reports/authenticationMethods/"
                + "userRegistrationDetails\\s+AuditLog\\.Read\\.All\\s+\\(HTTP 403 Authorization_RequestDenied\\)")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+read\\s+users\\s+User\\.Read\\.All")), run.out());
        assertFalse(run.printed().contains(GraphTestServer.ACCESS_TOKEN));
        // one entity of each resource, not a collection
        assertEquals(1, server.requests(GraphResource.USERS.key()));
    }

    @Test
    void aRefusedSignInIsACollectionFailureNotAGate() throws Exception {
        server = GraphTestServer.serve(SnapshotCommandTest.fixture());
        Path token = Files.writeString(dir.resolve("token"), "not-the-token\n");
        CliRun run = CliRun.of("access", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--auth", "access-token",
                "--access-token-file", token.toString(), "--graph-url", server.graphRoot());
        // Graph answers 401: a sign-in problem, said as such, never exit 1
        assertEquals(3, run.exit(), run.printed());
        assertFalse(run.printed().contains("not-the-token"), run.printed());
        assertTrue(run.err().contains("Graph refused the access token for organization (HTTP 401"), run.printed());
        // nothing of the probe is left behind in the temporary directory
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertEquals(java.util.List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("identity-secure-score-access-")).toList());
        }
    }

    @Test
    void helpShowsTheExitCodes() {
        server = null;
        CliRun run = CliRun.of("access", "--help");
        assertEquals(0, run.exit(), run.printed());
        assertTrue(run.out().contains("every resource can be read"), run.out());
    }
}
