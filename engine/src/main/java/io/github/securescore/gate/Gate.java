package io.github.securescore.gate;

import java.util.Locale;
import java.util.Objects;

/**
 * A threshold on one metric.
 *
 * @param control the control name for {@link Metric#CONTROL_PERCENT}, the requirement id for
 *                {@link Metric#REQUIREMENT_PASSES}; null otherwise
 * @param pack    the pack id for the pack metrics ({@link Metric#onPack()}); null otherwise
 */
public record Gate(Metric metric, String control, double threshold, Criticality criticality, String pack) {

    public Gate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(criticality, "criticality");
        if ((metric == Metric.CONTROL_PERCENT || metric == Metric.REQUIREMENT_PASSES)
                && (control == null || control.isBlank())) {
            throw new IllegalArgumentException("a " + metric + " gate needs a control or requirement");
        }
        if (metric.onPack() != (pack != null)) {
            throw new IllegalArgumentException("a pack id goes with exactly the pack metrics");
        }
    }

    public Gate(Metric metric, String control, double threshold, Criticality criticality) {
        this(metric, control, threshold, criticality, null);
    }

    /** A pack-wide gate: {@link Metric#PACK_SHALL_PERCENT} or {@link Metric#PACK_FAILURES}. */
    public static Gate pack(String pack, Metric metric, double threshold, Criticality criticality) {
        return new Gate(metric, null, threshold, criticality, pack);
    }

    /** A requirement floor: the requirement must pass. */
    public static Gate requirement(String pack, String requirement, Criticality criticality) {
        return new Gate(Metric.REQUIREMENT_PASSES, requirement, 1, criticality, pack);
    }

    /** Whether {@code other} measures the same thing (so one replaces the other). */
    public boolean sameMeasure(Gate other) {
        return metric == other.metric && Objects.equals(control, other.control) && Objects.equals(pack, other.pack);
    }

    public static Gate of(Metric metric, double threshold, Criticality criticality) {
        return new Gate(metric, null, threshold, criticality);
    }

    public static Gate control(String control, double minPercent, Criticality criticality) {
        return new Gate(Metric.CONTROL_PERCENT, control, minPercent, criticality);
    }

    /** A short description, e.g. "score ≥ 70%" or "AdminMFAV2 ≥ 100%". */
    public String description() {
        if (metric == Metric.REQUIREMENT_PASSES) {
            return pack + " " + control + " passes";
        }
        if (metric.onPack()) {
            return pack + " " + metric.label() + (metric.higherIsBetter() ? " >= " : " <= ") + format(threshold)
                    + metric.unit();
        }
        String subject = metric == Metric.CONTROL_PERCENT ? control : metric.label();
        return subject + (metric.higherIsBetter() ? " >= " : " <= ") + format(threshold) + metric.unit();
    }

    static String format(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
