package io.github.securescore.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.Evidence;
import io.github.securescore.gate.GateResult.Outcome;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.StatusOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Gates on hand-made assessments: each metric, its direction, criticality, and gates without data. */
class GateEvaluatorTest {

    private static final OptionalDouble NO_PREVIOUS = OptionalDouble.empty();

    private static Control control(String name, double max) {
        return new Control(name, name, "Identity", max, Control.Scoring.PARTIAL, Control.Population.ENABLED_USERS,
                Control.Level.LOW, Control.Level.LOW, List.of(), "", List.of(), false);
    }

    private static ControlResult result(String name, double max, ControlStatus status, double points, boolean inMaximum,
                                        Evaluation evaluation) {
        return new ControlResult(control(name, max), status, points, inMaximum, evaluation, null, null);
    }

    /**
     * 65 of 100 points: AdminMFAV2 half done (5 of 10), MFARegistrationV2 done (9), OneAdmin not
     * evaluated, IntegratedApps ignored, PasswordHashSync not applicable, UserRiskPolicy risk accepted
     * (0 of 7), SelfServicePasswordReset resolved through third party (1 of 1).
     */
    private static Assessment assessment(int expiredOverrides) {
        List<ControlResult> controls = List.of(
                result("AdminMFAV2", 10, ControlStatus.TO_ADDRESS, 5, true, Evaluation.partial(2, 4, Evidence.NONE)),
                result("MFARegistrationV2", 9, ControlStatus.COMPLETED, 9, true, Evaluation.partial(3, 3, Evidence.NONE)),
                result("OneAdmin", 1, ControlStatus.NOT_EVALUATED, 0, false,
                        Evaluation.notEvaluated("roleManagement/directory/roleAssignments answered 403", List.of(
                                "RoleManagement.Read.Directory"))),
                result("IntegratedApps", 4, ControlStatus.IGNORED, 0, false, Evaluation.binary(false, Evidence.NONE)),
                result("PasswordHashSync", 5, ControlStatus.NOT_APPLICABLE, 0, false,
                        Evaluation.notApplicable("cloud-only", Evidence.NONE)),
                result("UserRiskPolicy", 7, ControlStatus.RISK_ACCEPTED, 0, true, Evaluation.partial(1, 2, Evidence.NONE)),
                result("SelfServicePasswordReset", 1, ControlStatus.THIRD_PARTY, 1, true,
                        Evaluation.partial(0, 2, Evidence.NONE)));
        List<StatusOverride> expired = new ArrayList<>();
        for (int i = 0; i < expiredOverrides; i++) {
            expired.add(new StatusOverride("UserRiskPolicy", ControlStatus.RISK_ACCEPTED, "old", "me",
                    java.time.LocalDate.of(2026, 1, 1), StatusOverride.POLICY));
        }
        return new Assessment("tenant", null, "fixture", false, controls, 65, 100, 7, 0, expired, null);
    }

    private static GateResult one(Gate gate, Assessment assessment, OptionalDouble previous) {
        Verdict verdict = new GateEvaluator().evaluate(List.of(gate), assessment, previous);
        assertEquals(1, verdict.gates().size());
        return verdict.gates().get(0);
    }

    private static GateResult one(Gate gate) {
        return one(gate, assessment(0), NO_PREVIOUS);
    }

    @ParameterizedTest
    @CsvSource({"SCORE_PERCENT, true", "POINTS, true", "CONTROL_PERCENT, true", "DROP_SINCE_PREVIOUS, false",
            "NOT_EVALUATED, false", "EXPIRED_OVERRIDES, false"})
    void direction(Metric metric, boolean higherIsBetter) {
        assertEquals(higherIsBetter, metric.higherIsBetter());
    }

    @Nested
    class Score {
        @Test
        void atTheThresholdPasses() {
            GateResult r = one(Gate.of(Metric.SCORE_PERCENT, 65, Criticality.FAIL));
            assertEquals(Outcome.PASSED, r.outcome());
            assertEquals(65.0, r.actual(), 1e-9);
            assertEquals("score >= 65%: actual 65% -> PASSED", r.message());
        }

        @Test
        void belowTheThresholdFailsOrIsUnstable() {
            assertEquals(Outcome.FAILED, one(Gate.of(Metric.SCORE_PERCENT, 70, Criticality.FAIL)).outcome());
            GateResult unstable = one(Gate.of(Metric.SCORE_PERCENT, 70, Criticality.UNSTABLE));
            assertEquals(Outcome.UNSTABLE, unstable.outcome());
            assertTrue(unstable.message().contains("actual 65%") && unstable.message().contains(">= 70%"),
                    unstable.message());
        }

        @Test
        void points() {
            assertEquals(Outcome.PASSED, one(Gate.of(Metric.POINTS, 60, Criticality.FAIL)).outcome());
            GateResult r = one(Gate.of(Metric.POINTS, 65.5, Criticality.FAIL));
            assertEquals(Outcome.FAILED, r.outcome());
            assertTrue(r.message().contains("of 100"), r.message());
        }
    }

    @Nested
    class Counts {
        @Test
        void notEvaluatedIsACeiling() {
            GateResult r = one(Gate.of(Metric.NOT_EVALUATED, 0, Criticality.FAIL));
            assertEquals(Outcome.FAILED, r.outcome());
            assertEquals(1.0, r.actual());
            assertEquals(Outcome.PASSED, one(Gate.of(Metric.NOT_EVALUATED, 1, Criticality.FAIL)).outcome());
        }

        @Test
        void expiredOverrides() {
            assertEquals(Outcome.PASSED, one(Gate.of(Metric.EXPIRED_OVERRIDES, 0, Criticality.UNSTABLE)).outcome());
            GateResult r = one(Gate.of(Metric.EXPIRED_OVERRIDES, 0, Criticality.UNSTABLE), assessment(2), NO_PREVIOUS);
            assertEquals(Outcome.UNSTABLE, r.outcome());
            assertEquals(2.0, r.actual());
        }
    }

    @Nested
    class DropSincePrevious {
        @Test
        void noPreviousRunPassesAndSaysSo() {
            Gate gate = Gate.of(Metric.DROP_SINCE_PREVIOUS, 0, Criticality.FAIL);
            Verdict verdict = new GateEvaluator().evaluate(List.of(gate), assessment(0), NO_PREVIOUS);
            GateResult r = verdict.gates().get(0);
            assertEquals(Outcome.NO_DATA, r.outcome());
            assertNull(r.actual());
            assertTrue(r.message().contains("no previous run") && r.message().contains("passed (no data)"),
                    r.message());
            assertEquals(Verdict.Status.PASS, verdict.status());
            assertFalse(r.outcome().violated());
        }

        @Test
        void dropAboveTheCeilingIsViolated() {
            GateResult r = one(Gate.of(Metric.DROP_SINCE_PREVIOUS, 5, Criticality.FAIL), assessment(0),
                    OptionalDouble.of(75));
            assertEquals(Outcome.FAILED, r.outcome());
            assertEquals(10.0, r.actual(), 1e-9);
            assertTrue(r.message().contains("previous run 75%"), r.message());
        }

        @Test
        void smallDropOrRisePasses() {
            assertEquals(Outcome.PASSED, one(Gate.of(Metric.DROP_SINCE_PREVIOUS, 5, Criticality.FAIL), assessment(0),
                    OptionalDouble.of(70)).outcome());
            GateResult rise = one(Gate.of(Metric.DROP_SINCE_PREVIOUS, 0, Criticality.FAIL), assessment(0),
                    OptionalDouble.of(50));
            assertEquals(Outcome.PASSED, rise.outcome());
            assertEquals(-15.0, rise.actual(), 1e-9);
        }
    }

    @Nested
    class ControlFloors {
        @Test
        void partialControlBelowFloor() {
            GateResult r = one(Gate.control("AdminMFAV2", 100, Criticality.FAIL));
            assertEquals(Outcome.FAILED, r.outcome());
            assertEquals(50.0, r.actual(), 1e-9);
            assertTrue(r.message().startsWith("AdminMFAV2 >= 100%: actual 50%"), r.message());
            assertEquals(Outcome.PASSED, one(Gate.control("AdminMFAV2", 50, Criticality.FAIL)).outcome());
        }

        @Test
        void completedControlHoldsItsFloor() {
            assertEquals(Outcome.PASSED, one(Gate.control("MFARegistrationV2", 100, Criticality.FAIL)).outcome());
        }

        @Test
        void statusPointsCount() {
            // risk accepted earns 0 points although half the users are protected; third party earns all
            assertEquals(0.0, one(Gate.control("UserRiskPolicy", 10, Criticality.FAIL)).actual(), 1e-9);
            assertEquals(Outcome.PASSED, one(Gate.control("SelfServicePasswordReset", 100, Criticality.FAIL)).outcome());
        }

        @Test
        void floorOnANotEvaluatedControlHasNoDataAndSaysWhy() {
            // DESIGN: a gate with no data passes and says so; maxNotEvaluated is the gate that fails on it
            GateResult r = one(Gate.control("OneAdmin", 100, Criticality.UNSTABLE));
            assertEquals(Outcome.NO_DATA, r.outcome());
            assertNull(r.actual());
            assertTrue(r.message().contains("not evaluated") && r.message().contains("403")
                    && r.message().contains("passed (no data)"), r.message());
        }

        @ParameterizedTest
        @CsvSource({"IntegratedApps, Ignored", "PasswordHashSync, Not applicable"})
        void controlOutOfTheScoreHasNoData(String name, String label) {
            GateResult r = one(Gate.control(name, 100, Criticality.FAIL));
            assertEquals(Outcome.NO_DATA, r.outcome());
            assertTrue(r.message().contains(label) && r.message().contains("passed (no data)"), r.message());
        }

        @Test
        void unknownControlHasNoData() {
            assertEquals(Outcome.NO_DATA, one(Gate.control("SomeFutureAction", 100, Criticality.FAIL)).outcome());
        }
    }

    @Nested
    class Verdicts {
        @Test
        void failBeatsUnstable() {
            Verdict v = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.SCORE_PERCENT, 70, Criticality.UNSTABLE),
                    Gate.of(Metric.NOT_EVALUATED, 0, Criticality.FAIL),
                    Gate.of(Metric.POINTS, 10, Criticality.FAIL)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.FAIL, v.status());
            assertEquals(3, v.gates().size());
            assertEquals(List.of(Metric.SCORE_PERCENT, Metric.NOT_EVALUATED),
                    v.violations().stream().map(g -> g.gate().metric()).toList());
        }

        @Test
        void unstableWhenOnlyUnstableGatesAreViolated() {
            Verdict v = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.SCORE_PERCENT, 70, Criticality.UNSTABLE),
                    Gate.of(Metric.POINTS, 10, Criticality.FAIL)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.UNSTABLE, v.status());
        }

        @Test
        void noGatesPass() {
            assertEquals(Verdict.Status.PASS, new GateEvaluator().evaluate(List.of(), assessment(0), NO_PREVIOUS).status());
        }

        @ParameterizedTest
        @EnumSource(Criticality.class)
        void criticalityDecidesTheOutcome(Criticality criticality) {
            GateResult r = one(Gate.of(Metric.SCORE_PERCENT, 99, criticality));
            Outcome expected = switch (criticality) {
                case NOTE -> Outcome.NOTE;
                case UNSTABLE -> Outcome.UNSTABLE;
                case ERROR -> Outcome.ERROR;
                case FAIL -> Outcome.FAILED;
            };
            assertEquals(expected, r.outcome());
            assertTrue(r.outcome().missed());
            assertEquals(!criticality.stageOnly(), r.outcome().violated());
        }

        /** NOTE and ERROR mark the stage only: the verdict (build result, exit code) stays PASS. */
        @Test
        void stageOnlyMissesLeaveTheVerdictAndMarkTheStage() {
            Verdict note = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.SCORE_PERCENT, 70, Criticality.NOTE)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.PASS, note.status());
            assertEquals(Verdict.Status.UNSTABLE, note.stage());
            assertEquals(List.of(), note.violations());

            Verdict error = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.SCORE_PERCENT, 70, Criticality.NOTE),
                    Gate.of(Metric.NOT_EVALUATED, 0, Criticality.ERROR)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.PASS, error.status());
            assertEquals(Verdict.Status.FAIL, error.stage());
        }

        @Test
        void theStageIsNeverBetterThanTheVerdict() {
            Verdict v = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.SCORE_PERCENT, 70, Criticality.UNSTABLE),
                    Gate.of(Metric.NOT_EVALUATED, 0, Criticality.NOTE)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.UNSTABLE, v.status());
            assertEquals(Verdict.Status.UNSTABLE, v.stage());
            Verdict passed = new GateEvaluator().evaluate(List.of(
                    Gate.of(Metric.POINTS, 10, Criticality.ERROR)), assessment(0), NO_PREVIOUS);
            assertEquals(Verdict.Status.PASS, passed.stage());
        }
    }

    @Test
    void assessedSnapshotWithADeniedResource() {
        Assessment assessed = new io.github.securescore.score.Assessor().assess(
                io.github.securescore.snapshot.SnapshotFixture.tenant().member("a")
                        .forbidden(io.github.securescore.snapshot.GraphResource.ROLE_ASSIGNMENTS).read(),
                List.of(), java.time.LocalDate.of(2026, 11, 21));
        Verdict v = new GateEvaluator().evaluate(List.of(
                Gate.control("OneAdmin", 100, Criticality.UNSTABLE),
                Gate.of(Metric.NOT_EVALUATED, 3, Criticality.FAIL)), assessed, NO_PREVIOUS);
        // AdminMFAV2, RoleOverlap and OneAdmin need role assignments
        assertEquals(3.0, v.gates().get(1).actual());
        assertEquals(Outcome.PASSED, v.gates().get(1).outcome());
        assertEquals(Outcome.NO_DATA, v.gates().get(0).outcome());
        assertTrue(v.gates().get(0).message().contains("RoleManagement.Read.Directory"), v.gates().get(0).message());
        assertEquals(Verdict.Status.PASS, v.status());
    }

    @Test
    void descriptions() {
        assertEquals("score >= 70%", Gate.of(Metric.SCORE_PERCENT, 70, Criticality.FAIL).description());
        assertEquals("drop since previous run <= 2.50 pp",
                Gate.of(Metric.DROP_SINCE_PREVIOUS, 2.5, Criticality.FAIL).description());
        assertEquals("AdminMFAV2 >= 100%", Gate.control("AdminMFAV2", 100, Criticality.FAIL).description());
    }
}
