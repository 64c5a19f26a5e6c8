package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Graph beta resources of Microsoft Entra recommendations: read strictly, absent in older snapshots. */
class SnapshotRecommendationsTest {

    private static final String RECOMMENDATIONS = "resources[\"beta/directory/recommendations\"]";
    private static final String DAYS = "resources[\"beta/directory/recommendations/tenantSecureScores\"].value";

    @Test
    void documentedShapeIsReadAndUnknownFieldsAreIgnored() {
        String json = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "riskAccepted")
                .recommendation("turnOffPerUserMFA", "identityBestPractice", null, null, "active")
                .json()
                .replace("\"priority\" : \"medium\"", "\"priority\" : \"medium\", \"nistClassifications\" : [ {\"id\": 1} ],"
                        + " \"impactedResources\" : [ {\"id\": \"u1\", \"status\": \"active\"} ]");
        TenantSnapshot snapshot = SnapshotFixture.read(json);

        assertEquals(ResourceState.PRESENT, snapshot.state(GraphResource.DIRECTORY_RECOMMENDATIONS));
        assertEquals(2, snapshot.recommendations().size());
        Recommendation admin = snapshot.scoredRecommendation("ADMINMFAV2").orElseThrow();
        assertEquals(7.5, admin.currentScore());
        assertEquals(10.0, admin.maxScore());
        assertEquals("riskAccepted", admin.status());
        assertEquals("https://entra.microsoft.com/", admin.actionSteps().get(0).actionUrl().url());
        // best-practice recommendations are not in a secure score
        assertTrue(snapshot.scoredRecommendation("turnOffPerUserMFA").isEmpty());
    }

    @Test
    void aFormatOneSnapshotWithoutThemStillLoadsAndTheyAreMissing() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().top("format", "identity-secure-score-snapshot/1").read();

        assertEquals(ResourceState.Kind.MISSING, snapshot.state(GraphResource.DIRECTORY_RECOMMENDATIONS).kind());
        assertEquals(ResourceState.Kind.MISSING, snapshot.state(GraphResource.TENANT_SECURE_SCORES).kind());
        assertTrue(snapshot.recommendations().isEmpty());
        assertTrue(snapshot.tenantSecureScores().isEmpty());
    }

    @Test
    void aRefusedRecommendationsResourceIsRecordedAsFailed() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().forbidden(GraphResource.DIRECTORY_RECOMMENDATIONS).read();

        ResourceState state = snapshot.state(GraphResource.DIRECTORY_RECOMMENDATIONS);
        assertEquals(ResourceState.Kind.FAILED, state.kind());
        assertEquals(403, state.error().status());
    }

    @Test
    void aScoreGivenAsAStringIsRefused() {
        String json = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "active").json()
                .replace("\"currentScore\" : 7.5", "\"currentScore\" : \"7.5\"");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals(RECOMMENDATIONS + ".value[0].currentScore", e.field());
        assertTrue(e.problem().contains("expected a number"), e.problem());
    }

    @Test
    void aNegativeMaximumIsRefused() {
        String json = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "active").json()
                .replace("\"maxScore\" : 10.0", "\"maxScore\" : -10.0");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals(RECOMMENDATIONS + ".value[0].maxScore", e.field());
    }

    @Test
    void aStatusGivenAsANumberIsRefused() {
        String json = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "active").json()
                .replace("\"status\" : \"active\"", "\"status\" : 1");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals(RECOMMENDATIONS + ".value[0].status", e.field());
    }

    @Test
    void oneRecommendationListedTwiceIsRefused() {
        String json = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "active")
                .recommendation("adminMFAV2", "identitySecureScore", 5.0, 10.0, "active").json();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.problem().contains("listed twice"), e.problem());
    }

    @Test
    void tenantSecureScoresAreReadNewestFirst() {
        TenantSnapshot snapshot = SnapshotFixture.tenant()
                .tenantSecureScore("2026-11-19T00:00:00Z", 20, 56)
                .tenantSecureScore("2026-11-21T00:00:00Z", 28, 56)
                .tenantSecureScore("2026-11-20T00:00:00Z", 21, 56)
                .read();

        assertEquals(3, snapshot.tenantSecureScores().size());
        assertEquals("2026-11-21T00:00:00Z", snapshot.tenantSecureScores().get(0).createDateTime());
        assertEquals(50.0, snapshot.tenantSecureScores().get(0).percent(), 1e-9);
        assertEquals("2026-11-19T00:00:00Z", snapshot.tenantSecureScores().get(2).createDateTime());
    }

    @Test
    void aDayListedTwiceIsRefused() {
        String json = SnapshotFixture.tenant()
                .tenantSecureScore("2026-11-21T00:00:00Z", 20, 56)
                .tenantSecureScore("2026-11-21T00:00:00Z", 28, 56).json();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertTrue(e.problem().contains("listed twice"), e.problem());
    }

    @Test
    void aDayThatIsNoTimestampIsRefused() {
        String json = SnapshotFixture.tenant().tenantSecureScore("yesterday", 20, 56).json();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals(DAYS + "[0].createDateTime", e.field());
        assertTrue(e.problem().contains("\"yesterday\""), e.problem());
    }

    @Test
    void aDayWithoutItsDateIsRefused() {
        String json = SnapshotFixture.tenant().tenantSecureScore("2026-11-21T00:00:00Z", 20, 56).json()
                .replace("\"createDateTime\" : \"2026-11-21T00:00:00Z\"", "\"createdDateTime\" : \"2026-11-21T00:00:00Z\"");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotFixture.read(json));
        assertEquals(DAYS + "[0].createDateTime", e.field());
    }

    @Test
    void aProposedRevisionKeepsTheRecommendationsAndDays() {
        TenantSnapshot base = SnapshotFixture.tenant()
                .recommendation("adminMFAV2", "identitySecureScore", 7.5, 10.0, "planned")
                .tenantSecureScore("2026-11-21T00:00:00Z", 28, 56).read();

        TenantSnapshot revised = SnapshotRevision.revise(base, "proposal", java.util.List.of(), null, null);

        assertEquals(base.recommendations(), revised.recommendations());
        assertEquals(base.tenantSecureScores(), revised.tenantSecureScores());
        assertEquals(base.state(GraphResource.DIRECTORY_RECOMMENDATIONS), revised.state(GraphResource.DIRECTORY_RECOMMENDATIONS));
    }
}
