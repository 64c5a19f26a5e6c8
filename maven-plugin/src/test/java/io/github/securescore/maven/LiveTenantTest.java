package io.github.securescore.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.graph.GraphTestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both goals against the engine's test Graph server over real HTTP: the engine's collector and
 * the real Graph SDK stack, only the sign-in replaced by the server's token source.
 */
class LiveTenantTest {

    private static final String SECRET = "FAKE-SECRET-maven~9qT.recognisable";

    @TempDir
    Path temp;

    private GraphTestServer server;
    private String tenantId;

    @BeforeEach
    void serve() throws Exception {
        server = GraphTestServer.serve(CheckMojoTest.SNAPSHOT);
        tenantId = new ObjectMapper().readTree(CheckMojoTest.SNAPSHOT.toFile()).get("tenantId").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private <T extends AbstractTenantMojo> T live(T mojo, RecordingLog log) {
        mojo.setLog(log);
        mojo.tenantId = tenantId;
        mojo.graphUrl = server.graphRoot();
        mojo.environment = Map.of("AZURE_CLIENT_ID", "00000000-0000-4000-8000-00000000a11c",
                "AZURE_CLIENT_SECRET", SECRET)::get;
        mojo.tokenCredential = GraphTestServer.credential();
        return mojo;
    }

    @Test
    void checkReadsTheTenantLiveAndScoresItAsItsSnapshot() throws Exception {
        RecordingLog log = new RecordingLog();
        CheckMojo mojo = live(new CheckMojo(), log);
        mojo.formats = "none";
        mojo.clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
        mojo.minScore = "35.0";

        mojo.execute();

        assertTrue(server.totalRequests() > 0);
        assertTrue(log.info.contains("Score: 38.24% (21.42 of 56.00 points)"), log.all());
        assertTrue(log.info.contains("  [PASSED] score >= 35%: actual 38.24% -> PASSED"), log.all());
        assertFalse(log.all().contains(SECRET));
    }

    @Test
    void snapshotRecordsWhatTheServerHolds() throws Exception {
        RecordingLog log = new RecordingLog();
        SnapshotMojo mojo = live(new SnapshotMojo(), log);
        Path file = temp.resolve("target/identity-secure-score/snapshot.json");
        mojo.snapshot = file.toFile();

        mojo.execute();

        ObjectMapper mapper = new ObjectMapper();
        JsonNode served = mapper.readTree(CheckMojoTest.SNAPSHOT.toFile());
        JsonNode recorded = mapper.readTree(file.toFile());
        assertEquals(served.get("tenantId"), recorded.get("tenantId"));
        // every resource the server holds, as it holds it (the ones it lacks are recorded as errors)
        served.get("resources").properties().forEach(resource ->
                assertEquals(resource.getValue(), recorded.get("resources").get(resource.getKey()), resource.getKey()));
        assertEquals(List.of("Snapshot written to " + file), log.info.subList(log.info.size() - 1, log.info.size()));
        assertFalse(log.all().contains(SECRET));
        assertFalse(java.nio.file.Files.readString(file).contains(SECRET));
    }

    @Test
    void aRefusedTokenIsAnErrorAndLeavesTheOldSnapshotAlone() throws Exception {
        server.inject("users", 1, new GraphTestServer.Status(401));
        Path file = temp.resolve("snapshot.json");
        java.nio.file.Files.writeString(file, "the snapshot of last week");
        SnapshotMojo mojo = live(new SnapshotMojo(), new RecordingLog());
        mojo.snapshot = file.toFile();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("Reading the tenant from Microsoft Graph failed: Graph refused the access"
                + " token for users"), error.getMessage());
        assertFalse(error.getMessage().contains(SECRET));
        assertEquals("the snapshot of last week", java.nio.file.Files.readString(file));
    }

    @Test
    void aCheckThatCannotCollectIsAnErrorNotAFailedGate() {
        server.inject("users", 1, new GraphTestServer.Status(401));
        CheckMojo mojo = live(new CheckMojo(), new RecordingLog());
        mojo.formats = "none";

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("Reading the tenant from Microsoft Graph failed: "), error.getMessage());
    }

    @Test
    void azureLoggersAreSilencedUnlessTheUserChoseALevel() {
        String azure = "org.slf4j.simpleLogger.log.com.azure";
        String msal = "org.slf4j.simpleLogger.log.com.microsoft.aad.msal4j";
        String azureBefore = System.getProperty(azure);
        String msalBefore = System.getProperty(msal);
        try {
            System.clearProperty(azure);
            System.setProperty(msal, "debug");

            AbstractTenantMojo.quietAzureLogging();

            assertEquals("off", System.getProperty(azure));
            assertEquals("debug", System.getProperty(msal));
        } finally {
            restore(azure, azureBefore);
            restore(msal, msalBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
