package io.github.securescore.cli;

/** The CLI's exit codes, as DESIGN.md fixes them (and README's table documents). */
final class ExitCode {

    static final int PASSED = 0;
    static final int GATE_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int COLLECTION_FAILED = 3;
    /** A bug, not a verdict: CI must never read an internal error as a failed gate (1). */
    static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
