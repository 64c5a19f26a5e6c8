package io.github.securescore.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.TestPack;
import io.github.securescore.policy.Policy;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Pack gates measured on pack results: floors, SHALL percent, failures, and what has no data. */
class PackGatesTest {

    private static final Pack PACK = TestPack.pack();

    private static PackResult result(RequirementOutcome legacy, RequirementOutcome defaults, PackOmission omission) {
        return new PackResult(PACK, List.of(
                new RequirementResult(PACK.requirement("T.LEGACY.1").get(), legacy, null),
                new RequirementResult(PACK.requirement("T.DEFAULTS.1").get(), defaults, omission),
                new RequirementResult(PACK.requirement("T.MANUAL.1").get(), RequirementOutcome.manual("siem"), null)),
                List.of());
    }

    private static GateResult evaluate(Gate gate, PackResult result) {
        return new GateEvaluator().evaluate(List.of(gate),
                new Assessor().assess(SnapshotFixture.tenant().read(), List.of(), LocalDate.parse("2026-12-01")),
                OptionalDouble.empty(), "previous run", List.of(result)).gates().get(0);
    }

    private static final RequirementOutcome PASS = RequirementOutcome.pass(Evidence.NONE);
    private static final RequirementOutcome FAIL = RequirementOutcome.fail("off", Evidence.NONE);
    private static final RequirementOutcome WARN = RequirementOutcome.warning("partly", Evidence.NONE);

    @Test
    void aFloorIsMissedByAFailOrAWarningWithItsCriticality() {
        assertEquals(GateResult.Outcome.PASSED,
                evaluate(Gate.requirement(TestPack.ID, "T.LEGACY.1", Criticality.FAIL), result(PASS, PASS, null)).outcome());
        assertEquals(GateResult.Outcome.FAILED,
                evaluate(Gate.requirement(TestPack.ID, "T.LEGACY.1", Criticality.FAIL), result(FAIL, PASS, null)).outcome());
        GateResult warned = evaluate(Gate.requirement(TestPack.ID, "T.LEGACY.1", Criticality.NOTE), result(WARN, PASS, null));
        assertEquals(GateResult.Outcome.NOTE, warned.outcome());
        assertEquals(Verdict.Status.UNSTABLE, Verdict.of(List.of(warned)).stage(), "stage-only, as every gate");
        assertEquals(Verdict.Status.PASS, Verdict.of(List.of(warned)).status());
    }

    @Test
    void aFloorOnAnOmittedNotEvaluatedOrUnknownRequirementHasNoData() {
        PackOmission omission = new PackOmission(TestPack.ID, "T.DEFAULTS.1", "x", null, null);
        GateResult omitted = evaluate(Gate.requirement(TestPack.ID, "T.DEFAULTS.1", Criticality.FAIL),
                result(PASS, FAIL, omission));
        assertEquals(GateResult.Outcome.NO_DATA, omitted.outcome());
        assertTrue(omitted.message().contains("omitted by the policy"), omitted.message());
        GateResult manual = evaluate(Gate.requirement(TestPack.ID, "T.MANUAL.1", Criticality.FAIL), result(PASS, PASS, null));
        assertEquals(GateResult.Outcome.NO_DATA, manual.outcome());
        assertTrue(manual.message().contains("Not evaluated (siem)"), manual.message());
        assertEquals(GateResult.Outcome.NO_DATA,
                evaluate(Gate.requirement(TestPack.ID, "T.NONE", Criticality.FAIL), result(PASS, PASS, null)).outcome());
    }

    @Test
    void shallPercentAndFailuresCompareWithTheirThresholds() {
        GateResult half = evaluate(Gate.pack(TestPack.ID, Metric.PACK_SHALL_PERCENT, 60, Criticality.UNSTABLE),
                result(PASS, FAIL, null));
        assertEquals(GateResult.Outcome.UNSTABLE, half.outcome());
        assertEquals("test-pack SHALL requirements passed >= 60%: actual 50% (1 of 2) -> UNSTABLE", half.message());
        assertEquals(GateResult.Outcome.PASSED, evaluate(Gate.pack(TestPack.ID, Metric.PACK_FAILURES, 1,
                Criticality.FAIL), result(PASS, FAIL, null)).outcome());
        assertEquals(GateResult.Outcome.FAILED, evaluate(Gate.pack(TestPack.ID, Metric.PACK_FAILURES, 1,
                Criticality.FAIL), result(FAIL, FAIL, null)).outcome());
        PackOmission omission = new PackOmission(TestPack.ID, "T.DEFAULTS.1", "x", null, null);
        assertEquals(GateResult.Outcome.PASSED, evaluate(Gate.pack(TestPack.ID, Metric.PACK_SHALL_PERCENT, 100,
                Criticality.FAIL), result(PASS, FAIL, omission)).outcome(), "the omitted failure does not count");
    }

    @Test
    void shallPercentWithNothingCountedHasNoData() {
        PackResult none = new PackResult(PACK, List.of(new RequirementResult(PACK.requirement("T.LEGACY.1").get(),
                RequirementOutcome.notEvaluated("403", List.of("Policy.Read.All")), null)), List.of());
        assertEquals(GateResult.Outcome.NO_DATA, evaluate(Gate.pack(TestPack.ID, Metric.PACK_SHALL_PERCENT, 90,
                Criticality.FAIL), none).outcome());
    }

    @Test
    void aLaterGateOnTheSameMeasureReplacesTheEarlierOne() {
        Policy policy = Policy.EMPTY.withGate(Gate.pack(TestPack.ID, Metric.PACK_FAILURES, 3, Criticality.FAIL))
                .withGate(Gate.requirement(TestPack.ID, "T.LEGACY.1", Criticality.FAIL))
                .withGate(Gate.pack(TestPack.ID, Metric.PACK_FAILURES, 0, Criticality.UNSTABLE))
                .withGate(Gate.pack("other", Metric.PACK_FAILURES, 5, Criticality.FAIL));
        assertEquals(List.of(Gate.requirement(TestPack.ID, "T.LEGACY.1", Criticality.FAIL),
                Gate.pack(TestPack.ID, Metric.PACK_FAILURES, 0, Criticality.UNSTABLE),
                Gate.pack("other", Metric.PACK_FAILURES, 5, Criticality.FAIL)), policy.gates());
    }
}
