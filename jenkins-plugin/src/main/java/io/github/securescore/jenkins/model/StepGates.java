package io.github.securescore.jenkins.model;

import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the step's threshold parameters into engine gates. They are the request's extra gates:
 * the engine lets each replace the policy file's gate on the same metric (and control).
 */
public final class StepGates {

    /** One per-action floor as the step names it. */
    public record ControlFloor(String control, double minimum, String criticality) {
    }

    private StepGates() {
    }

    /**
     * @param minimumScore     the overall score floor in percent, or null for none
     * @param scoreCriticality what a score below the floor does: "FAIL" (default) or "UNSTABLE"
     * @param floors           per-action floors
     * @throws IllegalArgumentException naming the parameter and what was expected
     */
    public static List<Gate> of(Double minimumScore, String scoreCriticality, List<ControlFloor> floors) {
        List<Gate> gates = new ArrayList<>();
        if (minimumScore != null) {
            gates.add(Gate.of(Metric.SCORE_PERCENT, percent("minimumScore", minimumScore),
                    criticality("scoreCriticality", scoreCriticality)));
        }
        for (ControlFloor floor : floors) {
            if (floor.control() == null || floor.control().isBlank()) {
                throw new IllegalArgumentException("controlGates: a gate has no control: expected an improvement"
                        + " action's name, e.g. AdminMFAV2");
            }
            gates.add(Gate.control(floor.control().trim(), percent("controlGates." + floor.control() + ".minimum",
                    floor.minimum()), criticality("controlGates." + floor.control() + ".criticality",
                    floor.criticality())));
        }
        return gates;
    }

    /** "FAIL" or "UNSTABLE", any case; blank means FAIL. */
    public static Criticality criticality(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Criticality.FAIL;
        }
        try {
            return Criticality.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " '" + text + "' is not valid: expected FAIL or UNSTABLE",
                    e);
        }
    }

    private static double percent(String parameter, double value) {
        if (Double.isNaN(value) || value < 0 || value > 100) {
            throw new IllegalArgumentException(parameter + " " + value + " is not valid: expected a percentage"
                    + " from 0 to 100");
        }
        return value;
    }
}
