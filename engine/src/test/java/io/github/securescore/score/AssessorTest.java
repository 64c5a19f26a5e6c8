package io.github.securescore.score;

import static io.github.securescore.snapshot.SnapshotFixture.GLOBAL_ADMINISTRATOR;
import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Points, maximum and statuses of an assessment, as DESIGN.md "Scoring" documents them. */
class AssessorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final double DELTA = 1e-9;

    /** Maximum of the 11 actions without PasswordHashSync (not applicable to a cloud-only tenant). */
    private static final double CLOUD_ONLY_MAX = 10 + 9 + 8 + 8 + 7 + 7 + 4 + 1 + 1 + 1;

    private static Assessment assess(SnapshotFixture fixture, StatusOverride... overrides) {
        return new Assessor().assess(fixture.read(), List.of(overrides), TODAY);
    }

    private static StatusOverride override(String control, ControlStatus status, LocalDate expires) {
        return new StatusOverride(control, status, "tracked in SEC-42", "identity-team", expires, StatusOverride.POLICY);
    }

    /** 100 enabled members, {@code registered} of them registered for MFA; nothing else configured. */
    private static SnapshotFixture users(int registered) {
        SnapshotFixture fixture = SnapshotFixture.tenant().members(1, 100);
        for (int i = 1; i <= 100; i++) {
            fixture.registration(guid(i), i <= registered, false);
        }
        return fixture;
    }

    /** A cloud-only tenant where every action is open: one GA, expiring passwords, legacy consent. */
    private static SnapshotFixture openTenant() {
        return SnapshotFixture.tenant().member("a").member("b").registration("a", false, false)
                .assign("a", GLOBAL_ADMINISTRATOR)
                .domain("contoso.example", "Managed", true, true, 90)
                .authorizationPolicy(SnapshotFixture.LEGACY_USER_CONSENT);
    }

    @Nested
    class Arithmetic {
        @Test
        void fiftyOfHundredOnATenPointActionIsFivePoints() {
            Assessment a = assess(users(50).controlProfile("MFARegistrationV2", 10.0));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(10.0, r.maxScore(), DELTA);
            assertEquals(5.0, r.points(), DELTA);
            assertEquals(50.0, r.percent(), DELTA);
            assertEquals(ControlStatus.TO_ADDRESS, r.status());
        }

        @Test
        void fiveOfHundredOnAnActionWorthTenPointSevenOnePercent() {
            Assessment a = assess(users(5).controlProfile("MFARegistrationV2", 10.71));
            assertEquals(0.5355, a.control("MFARegistrationV2").orElseThrow().points(), DELTA);
        }

        @Test
        void catalogMaximumWithoutProfile() {
            ControlResult r = assess(users(50)).control("MFARegistrationV2").orElseThrow();
            assertEquals(9.0, r.maxScore(), DELTA);
            assertEquals(4.5, r.points(), DELTA);
        }

        @Test
        void scoreIsPointsOverMaximumOfScoredActions() {
            Assessment a = assess(users(50));
            // PWAgePolicyNew (no domain expires) 8 + IntegratedApps 4 + AdminMFAV2 (no admins) 10 + MFA 4.5
            assertEquals(CLOUD_ONLY_MAX, a.maxPoints(), DELTA);
            double points = a.controls().stream().filter(ControlResult::inMaximum).mapToDouble(ControlResult::points).sum();
            assertEquals(points, a.points(), DELTA);
            assertEquals(a.points() / a.maxPoints() * 100, a.percent(), DELTA);
            assertEquals(8 + 4 + 10 + 4.5, a.points(), DELTA);
        }

        @Test
        void hybridTenantHasPasswordHashSyncInTheMaximum() {
            Assessment a = assess(users(0).organization(true, null).onPremisesSynchronization(true));
            assertEquals(CLOUD_ONLY_MAX + 5, a.maxPoints(), DELTA);
            assertEquals(ControlStatus.COMPLETED, a.control("PasswordHashSync").orElseThrow().status());
        }

        @Test
        void cloudOnlyTenantLeavesPasswordHashSyncOut() {
            ControlResult r = assess(users(0)).control("PasswordHashSync").orElseThrow();
            assertEquals(ControlStatus.NOT_APPLICABLE, r.status());
            assertFalse(r.inMaximum());
            assertEquals(0.0, r.remaining());
        }
    }

    @Nested
    class SecurityDefaults {
        @Test
        void fullPointsForTheThreeActionsTheyCover() {
            Assessment a = assess(openTenant().securityDefaults(true));
            assertTrue(a.securityDefaults());
            for (String name : List.of("AdminMFAV2", "MFARegistrationV2", "BlockLegacyAuthentication")) {
                ControlResult r = a.control(name).orElseThrow();
                assertEquals(ControlStatus.COMPLETED, r.status(), name);
                assertEquals(r.maxScore(), r.points(), DELTA, name);
            }
        }

        @Test
        void noPointsForTheRiskPolicies() {
            Assessment a = assess(openTenant().securityDefaults(true));
            for (String name : List.of("UserRiskPolicy", "SigninRiskPolicy")) {
                ControlResult r = a.control(name).orElseThrow();
                assertEquals(ControlStatus.TO_ADDRESS, r.status(), name);
                assertEquals(0.0, r.points(), DELTA, name);
            }
        }
    }

    @Nested
    class Statuses {
        @Test
        void riskAcceptedEarnsNothingButStaysInTheMaximum() {
            Assessment open = assess(users(50));
            Assessment a = assess(users(50), override("MFARegistrationV2", ControlStatus.RISK_ACCEPTED, null));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.RISK_ACCEPTED, r.status());
            assertEquals(0.0, r.points(), DELTA);
            assertTrue(r.inMaximum());
            assertEquals(open.maxPoints(), a.maxPoints(), DELTA);
            assertEquals(open.points() - 4.5, a.points(), DELTA);
            assertEquals(9.0, a.riskAcceptedPoints(), DELTA);
            assertEquals(a.points() / (a.maxPoints() - 9) * 100, a.achievablePercent(), DELTA);
            assertTrue(a.achievablePercent() > a.percent());
            assertFalse(a.openActions().contains(r));
        }

        @Test
        void thirdPartyAndAlternateMitigationEarnFullPoints() {
            Assessment a = assess(users(50), override("MFARegistrationV2", ControlStatus.THIRD_PARTY, null),
                    override("UserRiskPolicy", ControlStatus.ALTERNATE_MITIGATION, null));
            ControlResult mfa = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.THIRD_PARTY, mfa.status());
            assertEquals(9.0, mfa.points(), DELTA);
            assertEquals(4.5, mfa.evaluatedPoints(), DELTA);
            ControlResult risk = a.control("UserRiskPolicy").orElseThrow();
            assertEquals(ControlStatus.ALTERNATE_MITIGATION, risk.status());
            assertEquals(7.0, risk.points(), DELTA);
            assertEquals(CLOUD_ONLY_MAX, a.maxPoints(), DELTA);
        }

        @Test
        void ignoredLeavesTheScoreEntirely() {
            Assessment a = assess(users(50), override("MFARegistrationV2", ControlStatus.IGNORED, null));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.IGNORED, r.status());
            assertFalse(r.inMaximum());
            assertEquals(0.0, r.points(), DELTA);
            assertEquals(CLOUD_ONLY_MAX - 9, a.maxPoints(), DELTA);
            assertEquals(8 + 4 + 10, a.points(), DELTA);
        }

        @Test
        void completedComesFromTheEvaluationEvenWhenPlanned() {
            Assessment a = assess(users(100), override("MFARegistrationV2", ControlStatus.PLANNED, null));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.COMPLETED, r.status());
            assertEquals(9.0, r.points(), DELTA);
            assertEquals(0.0, a.plannedPoints(), DELTA);
        }

        @Test
        void notEvaluatedIsOutOfPointsAndMaximum() {
            Assessment a = assess(users(50).forbidden(GraphResource.USER_REGISTRATION_DETAILS));
            for (String name : List.of("MFARegistrationV2", "SelfServicePasswordReset")) {
                ControlResult r = a.control(name).orElseThrow();
                assertEquals(ControlStatus.NOT_EVALUATED, r.status(), name);
                assertFalse(r.inMaximum(), name);
                assertEquals(0.0, r.points(), DELTA);
            }
            assertEquals(2, a.notEvaluatedCount());
            assertEquals(CLOUD_ONLY_MAX - 9 - 1, a.maxPoints(), DELTA);
        }

        @Test
        void plannedKeepsEarnedPointsAndFeedsTheProjection() {
            Assessment a = assess(users(50), override("MFARegistrationV2", ControlStatus.PLANNED, null));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.PLANNED, r.status());
            assertEquals(4.5, r.points(), DELTA);
            assertEquals(4.5, a.plannedPoints(), DELTA);
            assertEquals(a.points() + 4.5, a.projectedPoints(), DELTA);
            assertEquals((a.points() + 4.5) / a.maxPoints() * 100, a.projectedPercent(), DELTA);
            assertTrue(a.openActions().contains(r));
        }

        @Test
        void notApplicableStaysOutWhateverTheOverride() {
            Assessment a = assess(users(0), override("PasswordHashSync", ControlStatus.THIRD_PARTY, null));
            ControlResult r = a.control("PasswordHashSync").orElseThrow();
            assertEquals(ControlStatus.NOT_APPLICABLE, r.status());
            assertFalse(r.inMaximum());
            assertEquals(CLOUD_ONLY_MAX, a.maxPoints(), DELTA);
        }

        @Test
        void riskAcceptedOnANotEvaluatedActionStaysInTheMaximum() {
            Assessment a = assess(users(50).forbidden(GraphResource.USER_REGISTRATION_DETAILS),
                    override("MFARegistrationV2", ControlStatus.RISK_ACCEPTED, null));
            ControlResult r = a.control("MFARegistrationV2").orElseThrow();
            assertEquals(ControlStatus.RISK_ACCEPTED, r.status());
            assertTrue(r.inMaximum());
        }
    }

    @Nested
    class MicrosoftProfiles {
        @Test
        void profileMaxScoreOverridesTheCatalog() {
            Assessment a = assess(openTenant().controlProfile("AdminMFAV2", 12.5));
            assertEquals(12.5, a.control("AdminMFAV2").orElseThrow().maxScore(), DELTA);
            assertEquals(CLOUD_ONLY_MAX + 2.5, a.maxPoints(), DELTA);
        }

        @Test
        void profileWithoutMaxScoreKeepsTheCatalog() {
            assertEquals(10.0, assess(openTenant().controlProfile("AdminMFAV2", null)).control("AdminMFAV2")
                    .orElseThrow().maxScore(), DELTA);
        }

        @Test
        void portalStatesAreStatuses() {
            Assessment a = assess(openTenant()
                    .controlProfile("UserRiskPolicy", 7.0, "Ignored")
                    .controlProfile("SigninRiskPolicy", 7.0, "ThirdParty")
                    .controlProfile("IntegratedApps", 4.0, "Reviewed")
                    .controlProfile("OneAdmin", 1.0, "Ignored", "Default"));
            ControlResult ignored = a.control("UserRiskPolicy").orElseThrow();
            assertEquals(ControlStatus.IGNORED, ignored.status());
            assertEquals(StatusOverride.MICROSOFT_PORTAL, ignored.override().origin());
            assertEquals(ControlStatus.THIRD_PARTY, a.control("SigninRiskPolicy").orElseThrow().status());
            assertEquals(7.0, a.control("SigninRiskPolicy").orElseThrow().points(), DELTA);
            assertEquals(ControlStatus.RISK_ACCEPTED, a.control("IntegratedApps").orElseThrow().status());
            // the newest state wins: Default sets no status
            assertEquals(ControlStatus.TO_ADDRESS, a.control("OneAdmin").orElseThrow().status());
            assertNull(a.control("OneAdmin").orElseThrow().override());
        }

        @Test
        void policyOverrideWinsOverThePortal() {
            Assessment a = assess(openTenant().controlProfile("UserRiskPolicy", 7.0, "Ignored"),
                    override("UserRiskPolicy", ControlStatus.PLANNED, null));
            ControlResult r = a.control("UserRiskPolicy").orElseThrow();
            assertEquals(ControlStatus.PLANNED, r.status());
            assertEquals(StatusOverride.POLICY, r.override().origin());
        }

        @Test
        void microsoftScoreIsShownBesideOurs() {
            Assessment a = assess(openTenant()
                    .secureScore("2026-11-19T00:00:00Z", 10, 100, "AdminMFAV2", 1.0)
                    .secureScore("2026-11-20T00:00:00Z", 30, 120, "AdminMFAV2", 2.5, "MFARegistrationV2", 4.0));
            MicrosoftScore ms = a.microsoftScore().orElseThrow();
            assertEquals("2026-11-20T00:00:00Z", ms.createdDateTime());
            assertEquals(25.0, ms.percent(), DELTA);
            assertEquals(47.96, ms.averages().get("AllTenants"), DELTA);
            assertEquals(2.5, a.control("AdminMFAV2").orElseThrow().microsoftPoints(), DELTA);
            assertNull(a.control("OneAdmin").orElseThrow().microsoftPoints());
        }

        @Test
        void noMicrosoftScoreWhenNotCollected() {
            assertTrue(assess(openTenant()).microsoftScore().isEmpty());
        }
    }

    @Nested
    class Expiry {
        @Test
        void expiredOverrideIsNotAppliedAndIsReported() {
            StatusOverride expired = override("UserRiskPolicy", ControlStatus.RISK_ACCEPTED, TODAY.minusDays(1));
            Assessment a = assess(openTenant(), expired);
            assertEquals(ControlStatus.TO_ADDRESS, a.control("UserRiskPolicy").orElseThrow().status());
            assertEquals(List.of(expired), a.expiredOverrides());
        }

        @Test
        void overrideAppliesOnItsLastDay() {
            Assessment a = assess(openTenant(), override("UserRiskPolicy", ControlStatus.RISK_ACCEPTED, TODAY));
            assertEquals(ControlStatus.RISK_ACCEPTED, a.control("UserRiskPolicy").orElseThrow().status());
            assertTrue(a.expiredOverrides().isEmpty());
        }

        @Test
        void expiredPolicyOverrideFallsBackToThePortalState() {
            Assessment a = assess(openTenant().controlProfile("UserRiskPolicy", 7.0, "ThirdParty"),
                    override("UserRiskPolicy", ControlStatus.RISK_ACCEPTED, TODAY.minusDays(30)));
            assertEquals(ControlStatus.THIRD_PARTY, a.control("UserRiskPolicy").orElseThrow().status());
            assertEquals(1, a.expiredOverrides().size());
        }
    }

    @Nested
    class Ranking {
        @Test
        void openActionsByRemainingPointsThenImpactThenCost() {
            Assessment a = assess(openTenant());
            List<String> names = a.openActions().stream().map(ControlResult::name).toList();
            // PWAgePolicyNew and BlockLegacyAuthentication both leave 8 points with moderate impact:
            // the lower implementation cost (PWAgePolicyNew, low) ranks first
            assertEquals(List.of("AdminMFAV2", "MFARegistrationV2", "PWAgePolicyNew", "BlockLegacyAuthentication",
                    "SigninRiskPolicy", "UserRiskPolicy", "IntegratedApps", "OneAdmin", "RoleOverlap",
                    "SelfServicePasswordReset"), names);
        }

        @Test
        void partialProgressLowersTheRank() {
            // 6 of 8 users registered: 2.25 of 9 points remain, below IntegratedApps' 4
            SnapshotFixture fixture = openTenant().members(1, 6);
            for (int i = 1; i <= 6; i++) {
                fixture.registration(guid(i), true, false);
            }
            fixture.registration("b", true, false);
            List<String> names = assess(fixture).openActions().stream().map(ControlResult::name).toList();
            assertTrue(names.indexOf("MFARegistrationV2") > names.indexOf("IntegratedApps"), names.toString());
            assertTrue(names.indexOf("MFARegistrationV2") < names.indexOf("OneAdmin"), names.toString());
        }
    }
}
