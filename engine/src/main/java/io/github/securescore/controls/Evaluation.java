package io.github.securescore.controls;

import java.util.List;

/**
 * What evaluating one improvement action against a snapshot found.
 *
 * @param outcome             evaluated, not applicable to this tenant, or not evaluated
 * @param protectedCount      how many of the population are protected (binary: 1 or 0 of 1)
 * @param total               the population's size (binary: 1)
 * @param reason              why it is not applicable / not evaluated; else null
 * @param missingPermissions  Graph permissions whose absence left it not evaluated
 */
public record Evaluation(Outcome outcome, long protectedCount, long total, Evidence evidence, String reason,
                         List<String> missingPermissions) {

    public enum Outcome { EVALUATED, NOT_APPLICABLE, NOT_EVALUATED }

    public Evaluation {
        missingPermissions = List.copyOf(missingPermissions);
    }

    /** Partial scoring: {@code protected / total} of the points; an empty population has nothing left to protect. */
    public static Evaluation partial(long protectedCount, long total, Evidence evidence) {
        return new Evaluation(Outcome.EVALUATED, protectedCount, total, evidence, null, List.of());
    }

    public static Evaluation binary(boolean met, Evidence evidence) {
        return new Evaluation(Outcome.EVALUATED, met ? 1 : 0, 1, evidence, null, List.of());
    }

    public static Evaluation notApplicable(String reason, Evidence evidence) {
        return new Evaluation(Outcome.NOT_APPLICABLE, 0, 0, evidence, reason, List.of());
    }

    public static Evaluation notEvaluated(String reason, List<String> missingPermissions) {
        return new Evaluation(Outcome.NOT_EVALUATED, 0, 0, Evidence.NONE, reason, missingPermissions);
    }

    /** The share of the action achieved, 0..1. */
    public double fraction() {
        if (outcome != Outcome.EVALUATED) {
            return 0;
        }
        return total == 0 ? 1.0 : (double) protectedCount / total;
    }
}
