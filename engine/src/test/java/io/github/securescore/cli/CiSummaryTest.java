package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** $GITHUB_STEP_SUMMARY is appended to, never truncated; --summary-file is replaced; bad targets fail first. */
class CiSummaryTest {

    @TempDir
    Path dir;

    @Test
    void outsideGitHubActionsNothingIsWanted() {
        CiSummary summary = CiSummary.of(Map.of(), null);

        assertFalse(summary.wanted());
        assertEquals(List.of(), summary.write("## x\n"));
    }

    @Test
    void theStepSummaryKeepsWhatEarlierStepsWroteAndGetsABlankLineBefore() throws IOException {
        Path step = dir.resolve("step_summary");
        Files.writeString(step, "| earlier | table |\n");
        CiSummary summary = CiSummary.of(Map.of(CiSummary.GITHUB_STEP_SUMMARY, step.toString()), null);

        summary.write("## first\n");
        summary.write("## second\n");

        assertEquals("| earlier | table |\n\n## first\n\n## second\n", Files.readString(step));
    }

    @Test
    void anEmptyStepSummaryStartsWithTheSummary() throws IOException {
        Path step = Files.createFile(dir.resolve("step_summary"));

        CiSummary.of(Map.of(CiSummary.GITHUB_STEP_SUMMARY, step.toString()), null).write("## only\n");

        assertEquals("## only\n", Files.readString(step));
    }

    @Test
    void theSummaryFileIsReplacedAndItsFolderCreated() throws IOException {
        Path file = dir.resolve("out/summary.md");
        CiSummary summary = CiSummary.of(Map.of(), file);

        summary.checkWritable();
        summary.write("## old\n");
        summary.write("## new\n");

        assertEquals("## new\n", Files.readString(file));
    }

    @Test
    void aDirectoryAsTargetIsRejectedBeforeAnythingIsWritten() {
        CiSummary summary = CiSummary.of(Map.of(CiSummary.GITHUB_STEP_SUMMARY, dir.toString()), null);

        InvalidInputException e = assertThrows(InvalidInputException.class, summary::checkWritable);

        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("GITHUB_STEP_SUMMARY"), e.getMessage());
    }
}
