package io.github.securescore.policy;

import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gates from a front end's threshold parameters (a Jenkins step's {@code minimumScore} and
 * {@code controlGates}): they become the request's extra gates, which replace the policy file's
 * gate on the same metric and control. Bad values are refused naming the parameter and what was
 * expected, before anything is collected. This is the one place a threshold written as text
 * (a command-line option, a POM or Jenkins parameter) is parsed.
 */
public final class ThresholdGates {

    /**
     * One per-action floor as a front end names it.
     *
     * @param control     the improvement action's name, e.g. AdminMFAV2
     * @param minimum     the lowest acceptable share of its points, in percent
     * @param criticality "FAIL", "UNSTABLE", "NOTE" or "ERROR" in any case; blank or null means FAIL
     */
    public record ControlFloor(String control, double minimum, String criticality) {
    }

    /** 70, 70.5, 70% or 70 %: digits, an optional fraction, an optional percent sign. */
    private static final Pattern PERCENT_TEXT = Pattern.compile("([0-9]{1,3}(\\.[0-9]+)?) ?%?");

    private ThresholdGates() {
    }

    /**
     * A percentage written as text: {@code 70}, {@code 70.5}, {@code 70%} or {@code 70 %}, from 0 to
     * 100. Nothing else: no NaN, Infinity, exponent, sign, hex or Java suffix (which
     * {@link Double#parseDouble} would all accept).
     *
     * @throws IllegalArgumentException naming {@code parameter} and what was expected
     */
    public static double percent(String parameter, String text) {
        Matcher matcher = PERCENT_TEXT.matcher(text == null ? "" : text.strip());
        double value = matcher.matches() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(parameter + " '" + text + "' is not valid: expected a number from 0"
                    + " to 100, e.g. 70 or 70%");
        }
        return value;
    }

    /**
     * A warning for a percent threshold that looks like a fraction (0.7 meant as 70 %): above 0 and
     * at most 1. The threshold is kept; 0.7 % may be meant.
     */
    public static Optional<String> fractionWarning(double percent) {
        if (percent <= 0 || percent > 1) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.valueOf(percent).stripTrailingZeros();
        return Optional.of(value.toPlainString() + " % — did you mean " + value.movePointRight(2)
                .stripTrailingZeros().toPlainString() + " %? Thresholds are percentages from 0 to 100.");
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
            String control = floor.control().trim();
            gates.add(Gate.control(control, percent("controlGates." + control + ".minimum", floor.minimum()),
                    criticality("controlGates." + control + ".criticality", floor.criticality())));
        }
        return gates;
    }

    /**
     * "FAIL", "UNSTABLE" or the stage-only "NOTE" and "ERROR", any case; blank means FAIL.
     *
     * @throws IllegalArgumentException naming {@code parameter} and what was expected
     */
    public static Criticality criticality(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Criticality.FAIL;
        }
        try {
            return Criticality.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " '" + text + "' is not valid: expected FAIL, UNSTABLE, NOTE"
                    + " or ERROR",
                    e);
        }
    }

    /**
     * A percentage from 0 to 100.
     *
     * @throws IllegalArgumentException naming {@code parameter} and what was expected
     */
    public static double percent(String parameter, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(parameter + " " + value + " is not valid: expected a percentage"
                    + " from 0 to 100");
        }
        return value;
    }
}
