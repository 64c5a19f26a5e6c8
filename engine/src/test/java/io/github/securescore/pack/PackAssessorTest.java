package io.github.securescore.pack;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackAssessorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final String BREAK_GLASS = guid(7);

    private static SnapshotFixture blockingWithBreakGlass() {
        return SnapshotFixture.tenant().member(BREAK_GLASS).member(guid(8))
                .policy(policy("Block legacy").clientAppTypes("exchangeActiveSync", "other").grant("OR", "block")
                        .excludeUsers(BREAK_GLASS));
    }

    private static PackResult assess(SnapshotFixture fixture, List<PackOmission> omissions,
                                     List<AcceptedExclusion> exclusions) {
        return new PackAssessor().assess(TestPack.pack(), new EvaluationContext(fixture.read()), omissions,
                exclusions, TODAY);
    }

    private static AcceptedExclusion account(String subject, LocalDate expires, String... requirements) {
        return new AcceptedExclusion(AcceptedExclusion.Kind.ACCOUNT, subject, "emergency access", "IAM team", expires,
                Set.of(requirements));
    }

    @Test
    void anUnacceptedExclusionFailsTheRequirement() {
        RequirementResult legacy = assess(blockingWithBreakGlass(), List.of(), List.of()).result("T.LEGACY.1").get();
        assertEquals(RequirementStatus.FAIL, legacy.status());
        assertTrue(legacy.outcome().evidence().notes().get(0).contains("user " + BREAK_GLASS));
        assertTrue(legacy.exclusions().isEmpty());
    }

    @Test
    void anAcceptedExclusionByUpnIsAppliedAndShown() {
        AcceptedExclusion accepted = account(BREAK_GLASS + "@CONTOSO.example", null, "T.LEGACY.1");
        RequirementResult legacy = assess(blockingWithBreakGlass(), List.of(), List.of(accepted))
                .result("T.LEGACY.1").get();
        assertEquals(RequirementStatus.PASS, legacy.status());
        assertEquals(List.of(accepted), legacy.exclusions());
        assertTrue(legacy.outcome().evidence().notes().get(0).contains("emergency access"));
    }

    @Test
    void anExclusionForAnotherRequirementIsNotOffered() {
        PackResult result = assess(blockingWithBreakGlass(), List.of(), List.of(account(BREAK_GLASS, null, "T.DEFAULTS.1")));
        assertEquals(RequirementStatus.FAIL, result.result("T.LEGACY.1").get().status());
    }

    @Test
    void anExpiredExclusionStopsApplyingAndIsReported() {
        AcceptedExclusion lastDayYesterday = account(BREAK_GLASS, TODAY.minusDays(1));
        PackResult result = assess(blockingWithBreakGlass(), List.of(), List.of(lastDayYesterday));
        assertEquals(RequirementStatus.FAIL, result.result("T.LEGACY.1").get().status());
        assertEquals(List.of(lastDayYesterday), result.expiredExclusions());

        AcceptedExclusion lastDayToday = account(BREAK_GLASS, TODAY);
        PackResult stillValid = assess(blockingWithBreakGlass(), List.of(), List.of(lastDayToday));
        assertEquals(RequirementStatus.PASS, stillValid.result("T.LEGACY.1").get().status());
        assertTrue(stillValid.expiredExclusions().isEmpty());
    }

    @Test
    void anOmissionKeepsTheOutcomeButDoesNotCount() {
        PackOmission omission = new PackOmission(TestPack.ID, "T.DEFAULTS.1", "CA replaces defaults", "IAM", null);
        PackResult result = assess(SnapshotFixture.tenant().securityDefaults(false), List.of(omission), List.of());
        RequirementResult defaults = result.result("T.DEFAULTS.1").get();
        assertEquals(RequirementStatus.FAIL, defaults.status());
        assertEquals(omission, defaults.omission());
        assertEquals(1, result.failures(), "only T.LEGACY.1 counts");

        PackResult without = assess(SnapshotFixture.tenant().securityDefaults(false), List.of(), List.of());
        assertEquals(2, without.failures());
        assertNull(without.result("T.DEFAULTS.1").get().omission());
    }

    @Test
    void anExpiredOmissionStopsApplyingAndIsReported() {
        PackOmission expired = new PackOmission(TestPack.ID, "T.DEFAULTS.1", "until the rollout", "IAM",
                TODAY.minusDays(1));
        PackResult result = assess(SnapshotFixture.tenant().securityDefaults(false), List.of(expired), List.of());
        assertFalse(result.result("T.DEFAULTS.1").get().omitted());
        assertEquals(List.of(expired), result.expiredOmissions());
        assertEquals(2, result.failures());
    }

    @Test
    void anOmissionOfAnotherPackIsIgnored() {
        PackOmission other = new PackOmission("other-pack", "T.DEFAULTS.1", "x", null, null);
        PackResult result = assess(SnapshotFixture.tenant().securityDefaults(false), List.of(other), List.of());
        assertFalse(result.result("T.DEFAULTS.1").get().omitted());
    }

    @Test
    void aMissingResourceLeavesTheRequirementNotEvaluatedNamingThePermission() {
        PackResult result = assess(SnapshotFixture.tenant().forbidden(GraphResource.SECURITY_DEFAULTS), List.of(),
                List.of());
        RequirementOutcome outcome = result.result("T.DEFAULTS.1").get().outcome();
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertEquals(List.of(GraphResource.SECURITY_DEFAULTS.permission()), outcome.missingPermissions());
        assertTrue(outcome.reason().contains("403"), outcome.reason());
    }

    @Test
    void shallPercentCountsOnlyEvaluatedShallRequirements() {
        PackResult result = assess(blockingWithBreakGlass().securityDefaults(true),
                List.of(), List.of(account(BREAK_GLASS, null)));
        assertEquals(100.0, result.shallPercent());
        assertEquals(2, result.counted(Obligation.SHALL));
        assertEquals(1, result.notEvaluated(), "the manual one");
        assertTrue(result.result("T.MANUAL.1").get().outcome().manual());

        PackResult half = assess(blockingWithBreakGlass().securityDefaults(true), List.of(), List.of());
        assertEquals(50.0, half.shallPercent());
    }
}
