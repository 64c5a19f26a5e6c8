package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;




import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/** A bug inside a command is exit 4 and one line, never exit 1 (which CI reads as a failed gate) or a stack trace. */
class InternalErrorTest {

    /** A command that fails the way a bug does; the seam is the extra subcommand {@code execute} accepts. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Throwable failure;

        Boom(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    static Stream<Arguments> failures() {
        List<Supplier<Throwable>> makers = List.of(
                () -> new NullPointerException("Cannot invoke \"Object.toString()\" because \"value\" is null"),
                () -> new IllegalStateException("unexpected state"),
                () -> new OutOfMemoryError("Java heap space"),
                () -> new StackOverflowError(),
                () -> new ArrayIndexOutOfBoundsException(-1));
        return makers.stream().map(maker -> {
            Throwable failure = maker.get();
            return Arguments.of(failure.getClass().getSimpleName(), failure);
        });
    }

    private int run(Throwable failure, String... args) {
        return IdentitySecureScoreCommand.execute(List.of(new Boom(failure)), args);
    }

    private String stderr() {
        return console.err();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void anUnexpectedFailureIsExitFourAndOneLineNamingTheClassAndPlace(String name, Throwable failure) {
        int exit = run(failure, "boom");

        assertEquals(4, exit, stderr());
        int line = failure.getStackTrace()[0].getLineNumber();
        assertEquals("identity-secure-score: internal error (" + name + " at InternalErrorTest.java:" + line
                + "); please report it at " + IdentitySecureScoreCommand.ISSUES_URL + " with the command you ran"
                + System.lineSeparator(), stderr());
        assertEquals("", console.out());
    }

    @Test
    void verboseAddsTheStackTraceAfterTheLine() {
        Throwable failure = new IllegalStateException("unexpected\u001b]0;title\u0007 state");

        int exit = run(failure, "boom", "--verbose");

        assertEquals(4, exit, stderr());
        String[] lines = stderr().split("\\R");
        assertTrue(lines[0].startsWith("identity-secure-score: internal error (IllegalStateException at InternalErrorTest.java:"),
                stderr());
        assertTrue(lines[1].startsWith("java.lang.IllegalStateException: unexpected\\u001B]0;title\\u0007 state"), stderr());
        assertTrue(stderr().contains("    at io.github.securescore.cli.InternalErrorTest.verboseAddsTheStackTrace"), stderr());
        assertFalse(stderr().contains("\u001b") || stderr().contains("\t"), "no raw control characters: " + stderr());
    }

    @Test
    void verboseIsAlsoAnOptionOfTheTopCommand() {
        assertEquals(4, run(new NullPointerException(), "--verbose", "boom"));
        assertTrue(stderr().contains("    at "), stderr());
    }
}
