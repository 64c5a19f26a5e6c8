package io.github.securescore.gate;

/** What a gate measures, and which direction is better (as coverage-model's Metric knows). */
public enum Metric {
    /** The Identity Secure Score in percent. */
    SCORE_PERCENT("score", "%", true),
    /** Achieved points. */
    POINTS("points", "", true),
    /** One action's achieved share, in percent of its points. */
    CONTROL_PERCENT("control", "%", true),
    /** Percentage points lost since the previous run in the history. */
    DROP_SINCE_PREVIOUS("drop since previous run", " pp", false),
    /** Actions that could not be evaluated (missing permissions, resources not collected). */
    NOT_EVALUATED("actions not evaluated", "", false),
    /** Status overrides in the policy past their expiry date. */
    EXPIRED_OVERRIDES("expired status overrides", "", false),
    /** A pack's share of counted SHALL requirements that pass, in percent. */
    PACK_SHALL_PERCENT("SHALL requirements passed", "%", true),
    /** A pack's failed requirements (not omitted). */
    PACK_FAILURES("failed requirements", "", false),
    /** One requirement of a pack passes (1) or not (0). */
    REQUIREMENT_PASSES("passes", "", true);

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    Metric(String label, String unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** True for floors (score, points), false for ceilings (drop, counts). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Measured on a baseline pack's result rather than on the score. */
    public boolean onPack() {
        return this == PACK_SHALL_PERCENT || this == PACK_FAILURES || this == REQUIREMENT_PASSES;
    }
}
