package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --summary-file}: written on a passed and on a failed gate, never on bad input. */
class CheckSummaryFileTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private Path snapshot() throws IOException {
        return Files.writeString(dir.resolve("tenant.json"), CheckCommandTest.SNAPSHOT);
    }

    @Test
    void theSummaryIsWrittenWhenTheGateFails() throws IOException {
        Path summary = dir.resolve("ci/summary.md");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--min-score", "50", "--summary-file", summary.toString());

        assertEquals(1, exit, err.toString(StandardCharsets.UTF_8));
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("## Identity Secure Score"), markdown);
        assertTrue(markdown.contains("Verdict: **FAIL**"), markdown);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Summary: " + summary), out.toString(StandardCharsets.UTF_8));
        // the table is still printed first
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Verdict: FAIL"));
    }

    @Test
    void theSummaryIsWrittenWhenTheGatePasses() throws IOException {
        Path summary = dir.resolve("summary.md");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--min-score", "30", "--summary-file", summary.toString());

        assertEquals(0, exit);
        assertTrue(Files.readString(summary).contains("Verdict: **PASS**"));
    }

    @Test
    void badInputWritesNoSummaryAndLeavesAnOldOneAlone() throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.md"), "previous build\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", broken.toString(),
                "--summary-file", summary.toString());

        assertEquals(2, exit);
        assertEquals("previous build\n", Files.readString(summary));
    }

    @Test
    void anUnwritableSummaryFileIsBadInputBeforeTheHistoryIsAppended() throws IOException {
        Path history = dir.resolve("history.jsonl");
        Path folder = Files.createDirectories(dir.resolve("a-folder"));

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString(), "--summary-file", folder.toString());

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(folder + " (--summary-file): is a directory"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(history), "an error changes nothing on disk");
    }
}
