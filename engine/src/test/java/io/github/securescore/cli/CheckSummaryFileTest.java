package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;


import java.nio.file.Files;
import java.nio.file.Path;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --summary-file}: written on a passed and on a failed gate, never on bad input. */
class CheckSummaryFileTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private Path snapshot() throws IOException {
        return Files.writeString(dir.resolve("tenant.json"), CheckCommandTest.SNAPSHOT);
    }

    @Test
    void theSummaryIsWrittenWhenTheGateFails() throws IOException {
        Path summary = dir.resolve("ci/summary.md");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--min-score", "50", "--summary-file", summary.toString());

        assertEquals(1, exit, console.err());
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("## Identity Secure Score"), markdown);
        assertTrue(markdown.contains("Verdict: **FAIL**"), markdown);
        assertTrue(console.out().contains("Summary: " + summary), console.out());
        // the table is still printed first
        assertTrue(console.out().contains("Verdict: FAIL"));
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
        assertTrue(console.err().contains(folder + " (--summary-file): is a directory"),
                console.err());
        assertFalse(Files.exists(history), "an error changes nothing on disk");
    }
}
