package io.github.securescore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules docs/design.md settles where Microsoft's documentation is silent ("Rules settled here"). */
class OpenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final double DELTA = 1e-9;

    private static Assessment assess(SnapshotFixture fixture) {
        return new Assessor().assess(fixture.read(), List.of(), TODAY);
    }

    private static ControlResult control(Assessment assessment, String name) {
        return assessment.control(name).orElseThrow();
    }

    @Test
    void aPartialActionOverAnEmptyPopulationIsCompletedWithFullPointsAndSaysWhy() {
        // only guests and disabled members: no enabled member to register or protect
        Assessment a = assess(SnapshotFixture.tenant().guest("g").disabled("d")
                .registration("g", "guest", false, false).registration("d", false, false));
        for (String name : List.of("MFARegistrationV2", "SelfServicePasswordReset", "BlockLegacyAuthentication",
                "UserRiskPolicy", "SigninRiskPolicy")) {
            ControlResult r = control(a, name);
            assertEquals(ControlStatus.COMPLETED, r.status(), name);
            assertEquals(r.control().maxScore(), r.points(), DELTA, name);
            assertTrue(r.evaluation().evidence().notes().stream().anyMatch(n -> n.startsWith("no enabled users in the tenant")),
                    name + ": " + r.evaluation().evidence().notes());
        }
    }

    @Test
    void anEnabledAccountWithoutUserTypeCountsAsAnEnabledMember() {
        Assessment a = assess(SnapshotFixture.tenant().member("m").user("no-type", true, null)
                .registration("m", true, false).registration("no-type", null, false, false));
        ControlResult r = control(a, "MFARegistrationV2");
        assertEquals(2, r.evaluation().total());
        assertEquals(1, r.evaluation().protectedCount());
    }

    @ParameterizedTest(name = "portal state {0} -> {1}")
    @CsvSource({
            "Ignored, IGNORED", "ignored, IGNORED", "IGNORED, IGNORED",
            "ThirdParty, THIRD_PARTY", "thirdParty, THIRD_PARTY", "THIRDPARTY, THIRD_PARTY",
            "Reviewed, RISK_ACCEPTED", "reviewed, RISK_ACCEPTED",
            "Default, TO_ADDRESS", "default, TO_ADDRESS",
    })
    void microsoftsPortalStatesInAnyCasing(String state, ControlStatus expected) {
        Assessment a = assess(SnapshotFixture.tenant().member("a").registration("a", false, false)
                .controlProfile("MFARegistrationV2", 9.0, state));
        assertEquals(expected, control(a, "MFARegistrationV2").status());
    }

    @Test
    void reviewedClaimsNoPointsEvenWhenPartlyDone() {
        // an undocumented state never earns points: Reviewed keeps the action in the maximum at 0 points
        SnapshotFixture half = SnapshotFixture.tenant().member("a").member("b")
                .registration("a", true, false).registration("b", false, false);
        assertEquals(4.5, control(assess(half), "MFARegistrationV2").points(), DELTA);
        ControlResult reviewed = control(assess(half.controlProfile("MFARegistrationV2", 9.0, "Reviewed")),
                "MFARegistrationV2");
        assertEquals(ControlStatus.RISK_ACCEPTED, reviewed.status());
        assertEquals(0.0, reviewed.points(), DELTA);
        assertTrue(reviewed.inMaximum());
    }
}
