package io.github.securescore.gate;

/**
 * One gate's outcome.
 *
 * @param actual  the measured value, or null when there was no data
 * @param message a readable sentence: value, threshold, outcome and why
 */
public record GateResult(Gate gate, Double actual, Outcome outcome, String message) {

    public enum Outcome {
        PASSED, NO_DATA, UNSTABLE, FAILED;

        public boolean violated() {
            return this == UNSTABLE || this == FAILED;
        }
    }
}
