package io.github.securescore.report;

import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import java.util.List;
import java.util.Locale;

/** One line that says why the verdict is what it is: "FAIL: score 51.3 % is below the 70 % gate". Raw text. */
final class VerdictLine {

    private VerdictLine() {
    }

    static String of(Verdict verdict) {
        List<GateResult> violated = verdict.violations();
        if (verdict.gates().isEmpty()) {
            return verdict.status() + ": no gates configured";
        }
        if (violated.isEmpty()) {
            long noData = verdict.gates().stream().filter(g -> g.outcome() == GateResult.Outcome.NO_DATA).count();
            return verdict.status() + ": " + (verdict.gates().size() == 1 ? "the gate holds"
                    : "all " + verdict.gates().size() + " gates hold")
                    + (noData == 0 ? "" : " (" + noData + " without data)");
        }
        // the gates that decided the status first: FAILED before UNSTABLE
        List<GateResult> deciding = violated.stream()
                .filter(g -> verdict.status() != Verdict.Status.FAIL || g.outcome() == GateResult.Outcome.FAILED)
                .toList();
        StringBuilder line = new StringBuilder(verdict.status().toString()).append(": ").append(sentence(deciding.get(0)));
        if (deciding.size() > 1) {
            line.append(" (and ").append(deciding.size() - 1).append(" more gate").append(deciding.size() > 2 ? "s" : "")
                    .append(")");
        }
        return line.toString();
    }

    /** "score 51.3 % is below the 70 % gate", "drop since previous run 6 pp is above the 5 pp gate". */
    static String sentence(GateResult g) {
        Gate gate = g.gate();
        Metric metric = gate.metric();
        String subject = metric == Metric.CONTROL_PERCENT ? gate.control() : metric.label();
        String unit = metric.unit().isEmpty() ? "" : metric.unit().startsWith(" ") ? metric.unit() : " " + metric.unit();
        String actual = g.actual() == null ? "unknown" : number(g.actual()) + unit;
        return subject + " " + actual + " is " + (metric.higherIsBetter() ? "below" : "above") + " the "
                + number(gate.threshold()) + unit + " gate";
    }

    /** At most one decimal where it matters: 51.3, 70, 0.7. */
    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return String.valueOf((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
