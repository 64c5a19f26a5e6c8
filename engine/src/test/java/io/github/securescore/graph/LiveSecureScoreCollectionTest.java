package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.securescore.score.Assessor;
import io.github.securescore.score.MicrosoftScore;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.LiveSecureScores;
import io.github.securescore.snapshot.SecureScore;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Graph SDK transport collects Microsoft's data in the shapes live tenants send: 90 days of
 * secure scores with string-typed additional data, and 260 control profiles that arrive over three
 * {@code @odata.nextLink} pages.
 */
class LiveSecureScoreCollectionTest {

    static final String TENANT = "f794c3c0-36b0-4e51-ad12-7653e2c68e8b";

    @TempDir
    Path dir;

    /** A small tenant with 90 days of Microsoft's figures, newest first, the MFA registration rising by day. */
    static Path liveTenant(Path dir, LocalDate newest) {
        ArrayNode days = JsonNodeFactory.instance.arrayNode();
        for (int d = 0; d < 90; d++) {
            Map<String, double[]> controls = new LinkedHashMap<>();
            controls.put("AdminMFAV2", new double[] {10, 10});
            controls.put("MFARegistrationV2", new double[] {Math.max(0, 9 - d * 0.1), 9});
            controls.put("PWAgePolicyNew", new double[] {d < 30 ? 8 : 0, 8});
            days.add(LiveSecureScores.day(TENANT, newest.minusDays(d), controls, 28.5));
        }
        Map<String, Double> identity = new LinkedHashMap<>();
        identity.put("AdminMFAV2", 10.0);
        identity.put("MFARegistrationV2", 9.0);
        identity.put("PWAgePolicyNew", 8.0);
        return SnapshotFixture.tenant().top("tenantId", TENANT).member("alice")
                .raw(GraphResource.SECURE_SCORES.key(), LiveSecureScores.collection(days))
                .raw(GraphResource.SECURE_SCORE_CONTROL_PROFILES.key(),
                        LiveSecureScores.collection(LiveSecureScores.profiles(identity, 260)))
                .write(dir.resolve("served.json"));
    }

    @Test
    void liveShapesAndPagedProfilesAreCollectedAndRead() throws IOException {
        Path served = liveTenant(dir, LocalDate.of(2026, 11, 20));
        Path recorded = dir.resolve("recorded.json");
        try (GraphTestServer server = GraphTestServer.serve(served)) {
            new GraphCollector(server.connection(Secret.of("FAKE-SECRET-live-shapes")), line -> { },
                    GraphCollectorTest.fast(), GraphTestServer.credential()).record(recorded);

            // Graph's default page for the profiles is 100 entities: 260 of them take three pages
            assertEquals(3, server.requests(GraphResource.SECURE_SCORE_CONTROL_PROFILES.key()));
            List<String> scoreRequests = server.log().stream()
                    .filter(l -> l.startsWith("/v1.0/" + GraphResource.SECURE_SCORES.key())).toList();
            assertEquals(List.of("/v1.0/security/secureScores?$top=90"), scoreRequests);
        }

        TenantSnapshot snapshot = new SnapshotReader().read(recorded);
        assertEquals(260, snapshot.controlProfiles().size());
        assertEquals(90, snapshot.secureScores().size());
        SecureScore newest = snapshot.latestSecureScore().orElseThrow();
        assertEquals("2026-11-20T00:00:00Z", newest.createdDateTime());
        SecureScore.ControlScore pwAge = newest.controlScores().stream()
                .filter(c -> "PWAgePolicyNew".equals(c.controlName())).findFirst().orElseThrow();
        assertEquals(100.0, pwAge.scoreInPercentage());
        assertEquals(8, pwAge.count());
        assertEquals(8, pwAge.total());
        assertEquals("2026-11-20T03:12:00Z", pwAge.lastSynced());
        assertEquals(new SnapshotReader().read(served).secureScores(), snapshot.secureScores(),
                "what the snapshot keeps of each day is what Graph sent");

        MicrosoftScore microsoft = new Assessor().assess(snapshot, List.of(), LocalDate.of(2026, 11, 20))
                .microsoftScore().orElseThrow();
        // identityScore / identityScoreMax per basis, where Microsoft sent them; the industry basis has none
        assertEquals(java.util.Set.of("AllTenants", "SeatSize"), microsoft.identityAverages().keySet());
        assertEquals(47.5, microsoft.identityAverages().get("AllTenants"), 1e-9);
        assertEquals(55.0, microsoft.identityAverages().get("SeatSize"), 1e-9);
        assertEquals(3, microsoft.averages().size());
        assertTrue(microsoft.averages().containsKey("IndustryTypes"));
    }
}
