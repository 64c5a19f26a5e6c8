package io.github.securescore.jenkins.model;

import io.github.securescore.gate.GateResult;
import java.io.Serial;
import java.io.Serializable;

/** One gate's outcome as the engine worded it, kept in {@code build.xml}. */
public final class GateSummary implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String outcome;
    private final String message;

    public GateSummary(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    static GateSummary of(GateResult result) {
        return new GateSummary(result.outcome().name(), result.message());
    }

    /** PASSED, NO_DATA, UNSTABLE or FAILED. */
    public String getOutcome() {
        return outcome;
    }

    /** The engine's sentence: value, threshold, outcome and why. */
    public String getMessage() {
        return message;
    }

    public boolean isViolated() {
        return "UNSTABLE".equals(outcome) || "FAILED".equals(outcome);
    }
}
