package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging writes every file beside its target; nothing is in place before publish, nothing stays after close. */
class StagedReportsTest {

    @TempDir
    Path dir;

    @Test
    void nothingIsInPlaceBeforePublishAndEverythingAfter() throws IOException {
        Path reports = dir.resolve("new/reports");
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(reports.resolve("a.md"), "A");
        files.put(reports.resolve("b.json"), "{}");
        try (StagedReports staged = StagedReports.stage(reports, files, List.of(reports.resolve("a.md")))) {
            assertFalse(Files.exists(reports.resolve("a.md")));
            assertEquals(List.of(reports.resolve("a.md")), staged.publish());
        }
        assertEquals("A", Files.readString(reports.resolve("a.md")));
        assertEquals("{}", Files.readString(reports.resolve("b.json")));
        try (var left = Files.list(reports)) {
            assertEquals(2, left.count());
        }
    }

    @Test
    void closingUnpublishedRemovesTheStagedFilesAndTheDirectoriesItCreated() throws IOException {
        Path reports = dir.resolve("new/reports");
        Map<Path, String> files = Map.of(reports.resolve("a.md"), "A");
        StagedReports.stage(reports, files, List.of()).close();
        assertFalse(Files.exists(dir.resolve("new")), "the directories made for the staging are gone again");
    }

    @Test
    void aFailureHalfWayLeavesNothingAndNamesTheFile() throws IOException {
        Path reports = dir.resolve("new/reports");
        Files.createDirectories(reports.resolve("b.json"));   // the second target is a directory
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(reports.resolve("a.md"), "A");
        files.put(reports.resolve("b.json"), "{}");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StagedReports.stage(reports, files, List.of()));
        assertTrue(e.getMessage().contains("b.json"), e.getMessage());
        try (var left = Files.list(reports)) {
            assertEquals(List.of(reports.resolve("b.json")), left.toList(), "the first file's staged copy is gone");
        }
    }
}
