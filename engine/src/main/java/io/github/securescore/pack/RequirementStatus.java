package io.github.securescore.pack;

/** What evaluating one requirement found. */
public enum RequirementStatus {
    PASS("Pass"),
    FAIL("Fail"),
    /** Met only in part, or met in a way the baseline advises against; never counted as a pass. */
    WARNING("Warning"),
    NOT_APPLICABLE("Not applicable"),
    /** A resource it needs was not collected or failed, or the baseline needs data Graph configuration cannot give (manual). */
    NOT_EVALUATED("Not evaluated");

    private final String label;

    RequirementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
