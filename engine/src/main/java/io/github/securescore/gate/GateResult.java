package io.github.securescore.gate;

/**
 * One gate's outcome.
 *
 * @param actual  the measured value, or null when there was no data
 * @param message a readable sentence: value, threshold, outcome and why
 */
public record GateResult(Gate gate, Double actual, Outcome outcome, String message) {

    /** One per criticality for a missed gate: NOTE and ERROR are the stage-only misses. */
    public enum Outcome {
        PASSED, NO_DATA, NOTE, UNSTABLE, ERROR, FAILED;

        /** Whether the miss changes the verdict (UNSTABLE, FAILED); stage-only misses do not. */
        public boolean violated() {
            return this == UNSTABLE || this == FAILED;
        }

        /** Whether the gate was missed at all, stage-only misses included. */
        public boolean missed() {
            return this != PASSED && this != NO_DATA;
        }

        static Outcome missing(Criticality criticality) {
            return switch (criticality) {
                case NOTE -> NOTE;
                case UNSTABLE -> UNSTABLE;
                case ERROR -> ERROR;
                case FAIL -> FAILED;
            };
        }
    }
}
