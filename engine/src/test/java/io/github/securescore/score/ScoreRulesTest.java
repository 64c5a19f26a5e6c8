package io.github.securescore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.Control.Level;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules on hand-made controls: [Not Scored] actions and the ranking's tie-breakers. */
class ScoreRulesTest {

    private static Control control(String name, double max, Level impact, Level cost, boolean notScored) {
        return new Control(name, name, "Identity", max, Control.Scoring.PARTIAL, Control.Population.ENABLED_USERS,
                impact, cost, List.of(), "", List.of(), notScored);
    }

    @Test
    void notScoredActionIsShownButOutOfTheMaximum() {
        Control notScored = control("NotScoredAction", 5, Level.LOW, Level.LOW, true);
        ControlResult half = Assessor.score(notScored, Evaluation.partial(1, 2, Evidence.NONE), null, null);
        assertEquals(ControlStatus.TO_ADDRESS, half.status());
        assertEquals(0.0, half.points());
        assertFalse(half.inMaximum());
        assertEquals(50.0, half.percent());
        assertEquals(0.0, half.remaining());

        ControlResult done = Assessor.score(notScored, Evaluation.partial(2, 2, Evidence.NONE), null, null);
        assertEquals(ControlStatus.COMPLETED, done.status());
        assertEquals(0.0, done.points());
        assertFalse(done.inMaximum());

        StatusOverride thirdParty = new StatusOverride("NotScoredAction", ControlStatus.THIRD_PARTY, null, null, null,
                StatusOverride.POLICY);
        ControlResult resolved = Assessor.score(notScored, Evaluation.partial(0, 2, Evidence.NONE), thirdParty, null);
        assertEquals(0.0, resolved.points());
        assertFalse(resolved.inMaximum());
    }

    @Test
    void emptyPopulationHasNothingLeftToProtect() {
        ControlResult r = Assessor.score(control("X", 10, Level.LOW, Level.LOW, false),
                Evaluation.partial(0, 0, Evidence.NONE), null, null);
        assertEquals(ControlStatus.COMPLETED, r.status());
        assertEquals(10.0, r.points());
    }

    @Test
    void rankingBreaksTiesByImpactThenCost() {
        Evaluation none = Evaluation.partial(0, 1, Evidence.NONE);
        List<ControlResult> results = new ArrayList<>(List.of(
                Assessor.score(control("HighImpact", 5, Level.HIGH, Level.LOW, false), none, null, null),
                Assessor.score(control("LowImpactHighCost", 5, Level.LOW, Level.HIGH, false), none, null, null),
                Assessor.score(control("LowImpactLowCost", 5, Level.LOW, Level.LOW, false), none, null, null),
                Assessor.score(control("MorePoints", 6, Level.HIGH, Level.HIGH, false), none, null, null),
                Assessor.score(control("HalfDone", 10, Level.LOW, Level.LOW, false),
                        Evaluation.partial(1, 2, Evidence.NONE), null, null)));
        results.sort(Assessment.RANKING);
        // 5 remaining each for the last four: low impact first, then low cost, then by name
        assertEquals(List.of("MorePoints", "HalfDone", "LowImpactLowCost", "LowImpactHighCost", "HighImpact"),
                results.stream().map(ControlResult::name).toList());
    }

    @Test
    void statusLabelsParse() {
        assertEquals(ControlStatus.RISK_ACCEPTED, ControlStatus.parse("Risk accepted").orElseThrow());
        assertEquals(ControlStatus.RISK_ACCEPTED, ControlStatus.parse("riskAccepted").orElseThrow());
        assertEquals(ControlStatus.THIRD_PARTY, ControlStatus.parse("thirdParty").orElseThrow());
        assertEquals(ControlStatus.ALTERNATE_MITIGATION, ControlStatus.parse("alternate mitigation").orElseThrow());
        assertEquals(ControlStatus.ALTERNATE_MITIGATION,
                ControlStatus.parse("Resolved through alternate mitigation").orElseThrow());
        assertTrue(ControlStatus.parse("done").isEmpty());
        assertFalse(ControlStatus.COMPLETED.userSettable());
    }
}
