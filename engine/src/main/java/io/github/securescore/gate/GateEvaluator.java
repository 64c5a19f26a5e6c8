package io.github.securescore.gate;

import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Measures each gate's metric on an assessment and compares it with the threshold. */
public final class GateEvaluator {

    private static final double EPSILON = 1e-9;

    /**
     * @param previousPercent the score of the previous run in the history, if there is one
     */
    public Verdict evaluate(List<Gate> gates, Assessment assessment, OptionalDouble previousPercent) {
        return evaluate(gates, assessment, previousPercent, "previous run");
    }

    /**
     * As above, with the drop measured against {@code basis} (e.g. "current state" for a proposed
     * change, measured against the tenant as it is).
     */
    public Verdict evaluate(List<Gate> gates, Assessment assessment, OptionalDouble previousPercent, String basis) {
        List<GateResult> results = new ArrayList<>();
        for (Gate gate : gates) {
            results.add(evaluate(gate, assessment, previousPercent, basis));
        }
        return Verdict.of(results);
    }

    private GateResult evaluate(Gate gate, Assessment assessment, OptionalDouble previousPercent, String basis) {
        return switch (gate.metric()) {
            case SCORE_PERCENT -> compare(gate, assessment.percent(), "");
            case POINTS -> compare(gate, assessment.points(), " of " + Gate.format(assessment.maxPoints()));
            case NOT_EVALUATED -> compare(gate, assessment.notEvaluatedCount(), "");
            case EXPIRED_OVERRIDES -> compare(gate, assessment.expiredOverrides().size(), "");
            case DROP_SINCE_PREVIOUS -> previousPercent.isPresent()
                    ? compare(gate, previousPercent.getAsDouble() - assessment.percent(),
                            " (" + basis + " " + Gate.format(previousPercent.getAsDouble()) + "%)")
                    : noData(gate, "no previous run to compare with");
            case CONTROL_PERCENT -> control(gate, assessment);
        };
    }

    private GateResult control(Gate gate, Assessment assessment) {
        Optional<ControlResult> found = assessment.control(gate.control());
        if (found.isEmpty()) {
            return noData(gate, "no such improvement action in this assessment");
        }
        ControlResult result = found.get();
        ControlStatus status = result.status();
        if (status == ControlStatus.IGNORED || status == ControlStatus.NOT_APPLICABLE) {
            return noData(gate, gate.control() + " is " + status.label() + " and out of the score");
        }
        if (status == ControlStatus.NOT_EVALUATED) {
            // DESIGN: a gate without data passes and says so; a maxNotEvaluated gate is the way to fail on it
            return noData(gate, gate.control() + " was not evaluated (" + result.evaluation().reason() + ")");
        }
        double percent = result.inMaximum() && result.maxScore() > 0
                ? result.points() / result.maxScore() * 100 : result.percent();
        return compare(gate, percent, " (" + status.label() + ")");
    }

    private GateResult compare(Gate gate, double actual, String detail) {
        boolean holds = gate.metric().higherIsBetter()
                ? actual + EPSILON >= gate.threshold()
                : actual - EPSILON <= gate.threshold();
        GateResult.Outcome outcome = holds ? GateResult.Outcome.PASSED : violation(gate);
        return new GateResult(gate, actual, outcome,
                gate.description() + ": actual " + Gate.format(round(actual)) + gate.metric().unit() + detail
                        + " -> " + outcome);
    }

    private static GateResult noData(Gate gate, String why) {
        return new GateResult(gate, null, GateResult.Outcome.NO_DATA,
                gate.description() + ": " + why + " -> passed (no data)");
    }

    private static GateResult.Outcome violation(Gate gate) {
        return GateResult.Outcome.missing(gate.criticality());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
