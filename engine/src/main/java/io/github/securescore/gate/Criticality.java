package io.github.securescore.gate;

/**
 * What a missed gate does. UNSTABLE and FAIL decide the verdict (the build's result, the exit code);
 * NOTE and ERROR are stage-only, as Jenkins' quality gates have them: they are reported and mark
 * the pipeline stage (unstable, failed) but leave the verdict PASS, so the build and the CLI go on.
 */
public enum Criticality {
    NOTE, UNSTABLE, ERROR, FAIL;

    /** Whether a miss changes only the stage's result, never the verdict. */
    public boolean stageOnly() {
        return this == NOTE || this == ERROR;
    }
}
