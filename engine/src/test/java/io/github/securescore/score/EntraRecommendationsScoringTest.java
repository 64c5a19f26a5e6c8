package io.github.securescore.score;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Microsoft Entra recommendations as a source of Microsoft's figures: per-action maximum, points and
 * status, ahead of the Secure Score profiles, behind the policy file.
 */
class EntraRecommendationsScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final double DELTA = 1e-9;

    /** 100 enabled members, 50 registered for MFA. */
    private static SnapshotFixture halfRegistered() {
        SnapshotFixture fixture = SnapshotFixture.tenant().members(1, 100);
        for (int i = 1; i <= 100; i++) {
            fixture.registration(guid(i), i <= 50, false);
        }
        return fixture;
    }

    private static ControlResult mfaRegistration(SnapshotFixture fixture, StatusOverride... overrides) {
        return new Assessor().assess(fixture.read(), List.of(overrides), TODAY).control("MFARegistrationV2").orElseThrow();
    }

    @Test
    void theRecommendationsMaximumAndPointsWinOverTheProfileAndTheControlScore() {
        ControlResult r = mfaRegistration(halfRegistered()
                .controlProfile("MFARegistrationV2", 10.0)
                .secureScore("2026-11-21T00:00:00Z", 30, 80, "MFARegistrationV2", 4.0)
                .recommendation("mfaRegistrationV2", "identitySecureScore", 5.5, 11.0, "active"));

        assertEquals(11.0, r.maxScore(), DELTA);
        assertEquals(5.5, r.points(), DELTA, "50 of 100 on an 11-point action");
        assertEquals(5.5, r.microsoftPoints(), DELTA, "Microsoft's figure is the recommendation's currentScore");
        assertEquals(ControlStatus.TO_ADDRESS, r.status());
    }

    @Test
    void withoutARecommendationTheProfileAndControlScoreStillCount() {
        ControlResult r = mfaRegistration(halfRegistered()
                .controlProfile("MFARegistrationV2", 10.0)
                .secureScore("2026-11-21T00:00:00Z", 30, 80, "MFARegistrationV2", 4.0)
                .recommendation("turnOffPerUserMFA", "identityBestPractice", null, null, "active"));

        assertEquals(10.0, r.maxScore(), DELTA);
        assertEquals(4.0, r.microsoftPoints(), DELTA);
    }

    @Test
    void aRecommendationOutsideTheSecureScoreCategoriesIsNotUsed() {
        ControlResult r = mfaRegistration(halfRegistered()
                .recommendation("mfaRegistrationV2", "identityBestPractice", 1.0, 20.0, "riskAccepted"));

        assertEquals(9.0, r.maxScore(), DELTA, "the catalog's maximum");
        assertNull(r.microsoftPoints());
        assertEquals(ControlStatus.TO_ADDRESS, r.status());
    }

    @ParameterizedTest
    @CsvSource({
        "riskAccepted, RISK_ACCEPTED, 0",
        "RiskAccepted, RISK_ACCEPTED, 0",
        "thirdParty, THIRD_PARTY, 9",
        "alternateMitigation, ALTERNATE_MITIGATION, 9",
        "planned, PLANNED, 4.5",
        "active, TO_ADDRESS, 4.5",
        "needsMoreAction, TO_ADDRESS, 4.5",
        "dismissed, TO_ADDRESS, 4.5",
        "postponed, TO_ADDRESS, 4.5",
        "completedByUser, TO_ADDRESS, 4.5",
        "unknownFutureValue, TO_ADDRESS, 4.5",
    })
    void entraStatusesMapOntoTheScoresStatuses(String entra, ControlStatus expected, double points) {
        ControlResult r = mfaRegistration(halfRegistered()
                .recommendation("mfaRegistrationV2", "identitySecureScore", 4.5, 9.0, entra));

        assertEquals(expected, r.status());
        assertEquals(points, r.points(), DELTA);
        if (expected != ControlStatus.TO_ADDRESS) {
            assertEquals(StatusOverride.ENTRA_RECOMMENDATIONS, r.override().origin());
            assertEquals("admin@contoso.example", r.override().owner());
        } else {
            assertNull(r.override());
        }
    }

    @Test
    void theEntraStatusWinsOverThePortalStateOfTheProfile() {
        ControlResult r = mfaRegistration(halfRegistered()
                .controlProfile("MFARegistrationV2", 9.0, "Ignored")
                .recommendation("mfaRegistrationV2", "identitySecureScore", 4.5, 9.0, "thirdParty"));

        assertEquals(ControlStatus.THIRD_PARTY, r.status());
    }

    @Test
    void aPortalStateStillAppliesWhenTheRecommendationSetsNoStatus() {
        ControlResult r = mfaRegistration(halfRegistered()
                .controlProfile("MFARegistrationV2", 9.0, "Ignored")
                .recommendation("mfaRegistrationV2", "identitySecureScore", 4.5, 9.0, "active"));

        assertEquals(ControlStatus.IGNORED, r.status());
        assertEquals(StatusOverride.MICROSOFT_PORTAL, r.override().origin());
    }

    @Test
    void thePolicyFileWinsOverTheEntraStatus() {
        StatusOverride policy = new StatusOverride("MFARegistrationV2", ControlStatus.PLANNED, "SEC-42", "team", null,
                StatusOverride.POLICY);
        ControlResult r = mfaRegistration(halfRegistered()
                .recommendation("mfaRegistrationV2", "identitySecureScore", 4.5, 9.0, "riskAccepted"), policy);

        assertEquals(ControlStatus.PLANNED, r.status());
        assertEquals(StatusOverride.POLICY, r.override().origin());
    }

    @Test
    void aCompletedEvaluationStaysCompletedWhateverEntraSays() {
        SnapshotFixture all = SnapshotFixture.tenant().members(1, 10);
        for (int i = 1; i <= 10; i++) {
            all.registration(guid(i), true, false);
        }
        ControlResult r = mfaRegistration(all.recommendation("mfaRegistrationV2", "identitySecureScore", 9.0, 9.0,
                "riskAccepted"));

        assertEquals(ControlStatus.COMPLETED, r.status());
        assertEquals(9.0, r.points(), DELTA);
    }

    @Test
    void anInsiderRiskRecommendationMakesTheActionApplyWithMicrosoftsMaximum() {
        SnapshotFixture p2 = halfRegistered().sku("AAD_PREMIUM_P2", "Enabled", "AAD_PREMIUM_P2");
        Assessment listed = new Assessor().assess(p2.recommendation("insiderRiskPolicy", "identitySecureScore", 0.0, 8.0,
                "active").read(), List.of(), TODAY);
        Assessment unlisted = new Assessor().assess(halfRegistered().sku("AAD_PREMIUM_P2", "Enabled", "AAD_PREMIUM_P2")
                .read(), List.of(), TODAY);

        ControlResult insider = listed.control("insiderRiskPolicy").orElseThrow();
        assertEquals(ControlStatus.TO_ADDRESS, insider.status(), "no policy blocks elevated insider risk");
        assertEquals(8.0, insider.maxScore(), DELTA);
        assertEquals(ControlStatus.NOT_APPLICABLE, unlisted.control("insiderRiskPolicy").orElseThrow().status());
    }
}
