package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.GraphTestServer;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.TenantConnection;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The real CLI against the local test Graph server. */
class SnapshotCommandTest {

    static final String SECRET = "FAKE-SECRET-zq8~Xv4.Tp0_recognisable";

    @TempDir
    Path dir;

    GraphTestServer server;
    String out;
    String err;

    static Path fixture() throws URISyntaxException {
        return Path.of(GraphTestServer.class.getResource("contoso-snapshot.json").toURI());
    }

    @BeforeEach
    void start() throws Exception {
        server = GraphTestServer.serve(fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    Path tokenFile(String token) throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, token + "\n");
        return file;
    }

    @Test
    void recordsTheTenantServed() throws Exception {
        Path snapshot = dir.resolve("out/tenant.json");

        int exit = run("snapshot", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--auth", "access-token",
                "--access-token-file", tokenFile(GraphTestServer.ACCESS_TOKEN).toString(), "--graph-url",
                server.graphRoot(), "--out", snapshot.toString());

        assertEquals(0, exit, err);
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree(fixture().toFile()).get("resources"), mapper.readTree(snapshot.toFile()).get("resources"));
        assertTrue(out.contains("written to " + snapshot), out);
        assertTrue(err.contains("users: 300 items in 1 pages"), err);
        assertFalse(err.contains(GraphTestServer.ACCESS_TOKEN) || out.contains(GraphTestServer.ACCESS_TOKEN));
        assertFalse(Files.readString(snapshot).contains(GraphTestServer.ACCESS_TOKEN));
    }

    @Test
    void checksALiveTenantLikeItsSnapshot() throws Exception {
        Path token = tokenFile(GraphTestServer.ACCESS_TOKEN);
        int offline = run("check", "--snapshot", fixture().toString(), "--format", "json");
        String offlineJson = out;

        int live = run("check", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--auth", "access-token",
                "--access-token-file", token.toString(), "--graph-url", server.graphRoot(), "--format", "json");

        assertEquals(offline, live, err);
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(mapper.readTree(out).get("score").isObject(), out);
        assertEquals(mapper.readTree(offlineJson).get("score"), mapper.readTree(out).get("score"), out);
        assertEquals(12, mapper.readTree(out).get("controls").size(), out);
        assertEquals(mapper.readTree(offlineJson).get("controls"), mapper.readTree(out).get("controls"), out);
        assertTrue(err.contains("users: 300 items"), err);
        assertFalse(err.contains(GraphTestServer.ACCESS_TOKEN) || out.contains(GraphTestServer.ACCESS_TOKEN));
    }

    @Test
    void liveCheckWithOneDeniedResourceMarksOnlyItsActionsNotEvaluated() throws Exception {
        server.deny("reports/authenticationMethods/userRegistrationDetails");

        int exit = run("check", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--auth", "access-token",
                "--access-token-file", tokenFile(GraphTestServer.ACCESS_TOKEN).toString(), "--graph-url",
                server.graphRoot());

        assertEquals(0, exit, err);
        assertTrue(out.matches("(?s).*MFARegistrationV2 +Not evaluated .*AuditLog\\.Read\\.All.*"), out);
        assertTrue(out.matches("(?s).*SelfServicePasswordReset +Not evaluated .*"), out);
        assertFalse(out.matches("(?s).*AdminMFAV2 +Not evaluated.*"), out);
    }

    @Test
    void snapshotAndTenantExcludeEachOther() throws Exception {
        int exit = run("check", "--snapshot", fixture().toString(), "--tenant", "t");

        assertEquals(2, exit);
        assertTrue(err.contains("--snapshot and --tenant exclude each other"), err);
    }

    @Test
    void refusedTokenIsExitCodeThreeAndNeverPrinted() throws Exception {
        Path snapshot = dir.resolve("tenant.json");

        int exit = run("snapshot", "--tenant", "contoso.example", "--access-token-file", tokenFile(SECRET).toString(),
                "--graph-url", server.graphRoot(), "--out", snapshot.toString());

        assertEquals(3, exit, err);
        assertTrue(err.contains("collection from Microsoft Graph failed: Graph refused the access token"), err);
        assertFalse(err.contains(SECRET) || out.contains(SECRET), err);
        assertFalse(Files.exists(snapshot));
    }

    @Test
    void unknownAuthMethodIsAUsageError() {
        int exit = run("snapshot", "--tenant", "t", "--auth", "password", "--out", dir.resolve("x.json").toString());

        assertEquals(2, exit);
        assertTrue(err.contains("--auth: expected secret, certificate, workload-identity"), err);
    }

    @Test
    void snapshotNeedsATenant() {
        int exit = run("snapshot", "--out", dir.resolve("x.json").toString());

        assertEquals(2, exit);
        assertTrue(err.contains("--tenant"), err);
    }

    @Test
    void unreadableSecretFileIsAUsageErrorNamingTheFile() {
        Path missing = dir.resolve("no-such-secret");

        int exit = run("snapshot", "--tenant", "t", "--client-id", "c", "--client-secret-file", missing.toString(),
                "--out", dir.resolve("x.json").toString());

        assertEquals(2, exit);
        assertTrue(err.contains("--client-secret-file: " + missing + " cannot be read"), err);
    }

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        TenantOptions tenant;
    }

    TenantOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.tenant;
    }

    @Test
    void secretComesFromTheEnvironmentAndNeverShows() {
        TenantConnection connection = parse("--tenant", "t", "--client-id", "c", "--cloud", "usgov")
                .connection(Map.of(TenantOptions.ENV_SECRET, SECRET)).orElseThrow();

        assertEquals(NationalCloud.US_GOVERNMENT, connection.cloud());
        assertEquals("https://graph.microsoft.us/v1.0", connection.graphRoot());
        Authentication.ClientSecret auth = (Authentication.ClientSecret) connection.authentication();
        assertEquals(SECRET, auth.secret().reveal());
        assertFalse(connection.toString().contains(SECRET), connection.toString());
    }

    @Test
    void secretFromAFile() throws IOException {
        Path file = dir.resolve("secret");
        Files.writeString(file, SECRET + "\n");

        TenantConnection connection = parse("--tenant", "t", "--client-id", "c", "--client-secret-file", file.toString())
                .connection(Map.of()).orElseThrow();

        assertEquals(SECRET, ((Authentication.ClientSecret) connection.authentication()).secret().reveal());
    }

    @Test
    void defaultMethodFollowsWhatIsGiven() {
        assertTrue(parse("--tenant", "t").connection(Map.of(TenantOptions.ENV_CERTIFICATE, "/x/cert.pem")).orElseThrow()
                .authentication() instanceof Authentication.ClientCertificate);
        assertTrue(parse("--tenant", "t").connection(Map.of(TenantOptions.ENV_FEDERATED_TOKEN, "/var/run/token"))
                .orElseThrow().authentication() instanceof Authentication.WorkloadIdentity);
        assertTrue(parse("--tenant", "t").connection(Map.of()).orElseThrow().authentication()
                instanceof Authentication.DefaultChain);
        assertTrue(parse("--auth", "azure-cli").connection(Map.of()).orElseThrow().authentication()
                instanceof Authentication.AzureCli);
        assertTrue(parse("--auth", "managed-identity", "--client-id", "mi").connection(Map.of()).orElseThrow()
                .authentication() instanceof Authentication.ManagedIdentity m && "mi".equals(m.clientId()));
        assertTrue(parse().connection(Map.of(TenantOptions.ENV_SECRET, SECRET)).isEmpty(), "no live options, no connection");
    }
}
