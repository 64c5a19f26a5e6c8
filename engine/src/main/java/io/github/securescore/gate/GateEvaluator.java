package io.github.securescore.gate;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
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
        return evaluate(gates, assessment, previousPercent, basis, List.of());
    }

    /** As above, with the pack gates measured on the selected packs' results. */
    public Verdict evaluate(List<Gate> gates, Assessment assessment, OptionalDouble previousPercent, String basis,
                            List<PackResult> packs) {
        List<GateResult> results = new ArrayList<>();
        for (Gate gate : gates) {
            results.add(gate.metric().onPack() ? pack(gate, packs)
                    : evaluate(gate, assessment, previousPercent, basis));
        }
        return Verdict.of(results);
    }

    private GateResult pack(Gate gate, List<PackResult> packs) {
        Optional<PackResult> found = packs.stream().filter(p -> p.pack().id().equals(gate.pack())).findFirst();
        if (found.isEmpty()) {
            return noData(gate, "pack " + gate.pack() + " is not selected");
        }
        PackResult pack = found.get();
        return switch (gate.metric()) {
            case PACK_SHALL_PERCENT -> pack.counted(Obligation.SHALL) == 0
                    ? noData(gate, "no SHALL requirement of " + gate.pack() + " was evaluated")
                    : compare(gate, pack.shallPercent(), " (" + pack.passed(Obligation.SHALL) + " of "
                            + pack.counted(Obligation.SHALL) + ")");
            case PACK_FAILURES -> compare(gate, pack.failures(), "");
            default -> requirement(gate, pack);
        };
    }

    private GateResult requirement(Gate gate, PackResult pack) {
        Optional<RequirementResult> found = pack.result(gate.control());
        if (found.isEmpty()) {
            return noData(gate, "no such requirement in " + gate.pack());
        }
        RequirementResult result = found.get();
        if (result.omitted()) {
            return noData(gate, gate.control() + " is omitted by the policy");
        }
        RequirementStatus status = result.status();
        if (status == RequirementStatus.NOT_APPLICABLE || status == RequirementStatus.NOT_EVALUATED) {
            // DESIGN: as an action floor, a requirement without data passes and says so
            return noData(gate, gate.control() + " is " + status.label()
                    + (result.outcome().reason() == null ? "" : " (" + result.outcome().reason() + ")"));
        }
        boolean passes = status == RequirementStatus.PASS;
        GateResult.Outcome outcome = passes ? GateResult.Outcome.PASSED : violation(gate);
        return new GateResult(gate, passes ? 1.0 : 0.0, outcome,
                gate.description() + ": actual " + status.label() + " -> " + outcome);
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
            case PACK_SHALL_PERCENT, PACK_FAILURES, REQUIREMENT_PASSES -> throw new IllegalStateException("pack gate");
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
