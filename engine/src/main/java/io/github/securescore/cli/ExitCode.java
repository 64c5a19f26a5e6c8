package io.github.securescore.cli;

/** The CLI's exit codes, as DESIGN.md fixes them. */
final class ExitCode {

    static final int PASSED = 0;
    static final int GATE_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int COLLECTION_FAILED = 3;

    private ExitCode() {
    }
}
