package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.jenkins.model.StepGates.ControlFloor;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepGatesTest {

    @Test
    void makesAScoreFloorThatFailsByDefault() {
        List<Gate> gates = StepGates.of(70.0, null, List.of());

        assertEquals(List.of(Gate.of(Metric.SCORE_PERCENT, 70, Criticality.FAIL)), gates);
    }

    @Test
    void makesControlFloorsWithTheirCriticality() {
        List<Gate> gates = StepGates.of(null, "", List.of(new ControlFloor(" AdminMFAV2 ", 100, "unstable")));

        assertEquals(List.of(Gate.control("AdminMFAV2", 100, Criticality.UNSTABLE)), gates);
    }

    @Test
    void namesTheParameterAndWhatWasExpected() {
        IllegalArgumentException criticality = assertThrows(IllegalArgumentException.class,
                () -> StepGates.of(70.0, "warn", List.of()));
        assertEquals("scoreCriticality 'warn' is not valid: expected FAIL or UNSTABLE", criticality.getMessage());

        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> StepGates.of(170.0, "FAIL", List.of()));
        assertTrue(range.getMessage().startsWith("minimumScore 170.0 is not valid"), range.getMessage());

        IllegalArgumentException control = assertThrows(IllegalArgumentException.class,
                () -> StepGates.of(null, null, List.of(new ControlFloor(" ", 50, "FAIL"))));
        assertTrue(control.getMessage().contains("expected an improvement action's name"), control.getMessage());
    }
}
