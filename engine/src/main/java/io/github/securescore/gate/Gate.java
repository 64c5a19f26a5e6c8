package io.github.securescore.gate;

import java.util.Locale;
import java.util.Objects;

/**
 * A threshold on one metric.
 *
 * @param control the control name for {@link Metric#CONTROL_PERCENT}; null otherwise
 */
public record Gate(Metric metric, String control, double threshold, Criticality criticality) {

    public Gate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(criticality, "criticality");
        if (metric == Metric.CONTROL_PERCENT && (control == null || control.isBlank())) {
            throw new IllegalArgumentException("a control gate needs a control name");
        }
    }

    public static Gate of(Metric metric, double threshold, Criticality criticality) {
        return new Gate(metric, null, threshold, criticality);
    }

    public static Gate control(String control, double minPercent, Criticality criticality) {
        return new Gate(Metric.CONTROL_PERCENT, control, minPercent, criticality);
    }

    /** A short description, e.g. "score ≥ 70%" or "AdminMFAV2 ≥ 100%". */
    public String description() {
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
