package io.github.securescore.gate;

import java.util.List;

/** Every gate's outcome and the verdict they add up to. */
public record Verdict(Status status, List<GateResult> gates) {

    public enum Status { PASS, UNSTABLE, FAIL }

    public Verdict {
        gates = List.copyOf(gates);
    }

    public static Verdict of(List<GateResult> gates) {
        Status status = Status.PASS;
        for (GateResult result : gates) {
            if (result.outcome() == GateResult.Outcome.FAILED) {
                status = Status.FAIL;
            } else if (result.outcome() == GateResult.Outcome.UNSTABLE && status == Status.PASS) {
                status = Status.UNSTABLE;
            }
        }
        return new Verdict(status, gates);
    }

    /**
     * The pipeline stage's status: the verdict, made worse by stage-only misses (NOTE marks the stage
     * UNSTABLE, ERROR marks it FAIL). Never better than {@link #status()}.
     */
    public Status stage() {
        Status stage = status;
        for (GateResult result : gates) {
            if (result.outcome() == GateResult.Outcome.ERROR) {
                stage = Status.FAIL;
            } else if (result.outcome() == GateResult.Outcome.NOTE && stage == Status.PASS) {
                stage = Status.UNSTABLE;
            }
        }
        return stage;
    }

    /** The gates that were violated: those that made the verdict UNSTABLE or FAIL. */
    public List<GateResult> violations() {
        return gates.stream().filter(g -> g.outcome().violated()).toList();
    }
}
