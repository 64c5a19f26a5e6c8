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
        assertEquals("scoreCriticality 'warn' is not valid: expected FAIL or UNSTABLE",
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
        assertEquals("controlGates.AdminMFAV2.criticality 'stop' is not valid: expected FAIL or UNSTABLE",
                assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(null, null,
                        List.of(new ControlFloor("AdminMFAV2", 50, "stop")))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ThresholdGates.of(null, null,
                List.of(new ControlFloor(" ", 50, "FAIL")))).getMessage()
                .contains("expected an improvement action's name"));
    }
}
