package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.policy.ThresholdGates.ControlFloor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdGatesTest {

    @Test
    void makesAScoreFloorThatFailsByDefault() {
        assertEquals(List.of(Gate.of(Metric.SCORE_PERCENT, 70, Criticality.FAIL)),
                ThresholdGates.of(70.0, null, List.of()));
        assertEquals(List.of(), ThresholdGates.of(null, "UNSTABLE", List.of()));
    }

    @Test
    void makesControlFloorsWithTheirCriticalityInAnyCase() {
        assertEquals(List.of(Gate.of(Metric.SCORE_PERCENT, 60, Criticality.UNSTABLE),
                        Gate.control("AdminMFAV2", 100, Criticality.UNSTABLE),
                        Gate.control("MFARegistrationV2", 80, Criticality.FAIL)),
                ThresholdGates.of(60.0, " unstable ", List.of(new ControlFloor(" AdminMFAV2 ", 100, "unstable"),
                        new ControlFloor("MFARegistrationV2", 80, ""))));
    }

    @Test
    void namesTheParameterAndWhatWasExpected() {
        assertEquals("scoreCriticality 'warn' is not valid: expected FAIL, UNSTABLE, NOTE or ERROR",
                assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(70.0, "warn", List.of()))
                        .getMessage());
        assertEquals("minimumScore 170.0 is not valid: expected a percentage from 0 to 100",
                assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(170.0, "FAIL", List.of()))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(Double.NaN, null, List.of()))
                .getMessage().startsWith("minimumScore NaN is not valid"));
        assertEquals("controlGates.AdminMFAV2.minimum -1.0 is not valid: expected a percentage from 0 to 100",
                assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(null, null,
                        List.of(new ControlFloor("AdminMFAV2", -1, "FAIL")))).getMessage());
        assertEquals("controlGates.AdminMFAV2.criticality 'stop' is not valid: expected FAIL, UNSTABLE, NOTE or ERROR",
                assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(null, null,
                        List.of(new ControlFloor("AdminMFAV2", 50, "stop")))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(null, null,
                List.of(new ControlFloor(" ", 50, "FAIL")))).getMessage()
                .contains("expected an improvement action's name"));
    }

    @Test
    void percentTextTakesAnOptionalPercentSign() {
        assertEquals(50, ThresholdGates.percent("--min-score", "50%"));
        assertEquals(50, ThresholdGates.percent("--min-score", "50 %"));
        assertEquals(70.5, ThresholdGates.percent("--min-score", " 70.5 "));
        assertEquals(0, ThresholdGates.percent("--min-score", "0"));
        assertEquals(100, ThresholdGates.percent("--min-score", "100%"));
        for (String bad : List.of("NaN", "Infinity", "1e2", "50d", "0x32", "-1", "100.5", "50%%", "", "fifty")) {
            assertEquals("--min-score '" + bad + "' is not valid: expected a number from 0 to 100, e.g. 70 or 70%",
                    assertThrows(IllegalArgumentException.class, () -> ThresholdGates.percent("--min-score", bad))
                            .getMessage());
        }
    }

    @Test
    void aFractionLikeThresholdWarns() {
        assertEquals("0.7 % — did you mean 70 %? Thresholds are percentages from 0 to 100.",
                ThresholdGates.fractionWarning(0.7).orElseThrow());
        assertEquals("1 % — did you mean 100 %? Thresholds are percentages from 0 to 100.",
                ThresholdGates.fractionWarning(1).orElseThrow());
        assertTrue(ThresholdGates.fractionWarning(0).isEmpty());
        assertTrue(ThresholdGates.fractionWarning(1.5).isEmpty());
        assertTrue(ThresholdGates.fractionWarning(70).isEmpty());
    }
}
