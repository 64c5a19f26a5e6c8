package io.github.securescore.history;

import static io.github.securescore.history.Runs.run;
import static io.github.securescore.score.ControlStatus.COMPLETED;
import static io.github.securescore.score.ControlStatus.TO_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    @TempDir
    Path dir;

    @Test
    void appendedRunsReadBackInOrderWithEveryField() {
        HistoryFile file = new HistoryFile(dir.resolve("sub/history.jsonl"));
        RunRecord first = run("t1", 1, "AdminMFAV2", 5, 10, TO_ADDRESS);
        RunRecord withMicrosoft = new RunRecord(1, first.time().plusSeconds(60), first.time(), "t1", "s", "#2", 10, 10,
                100, 100, 0, null, first.controls(), new RunRecord.MicrosoftEntry("2026-11-01T00:00:00Z", 120, 380,
                Map.of("AllTenants", 150.5)));
        file.append(first);
        file.append(withMicrosoft);

        RunHistory history = file.read();
        assertEquals(List.of(first, withMicrosoft), history.runs());
        assertEquals(List.of(), history.warnings());
        assertEquals(150.5 / 380 * 100, history.runs().get(1).microsoft().averagePercent("AllTenants"), 1e-9);
        assertEquals(2, Files.exists(dir.resolve("sub/history.jsonl")) ? lines(dir.resolve("sub/history.jsonl")).size() : 0);
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertEquals(RunHistory.EMPTY, new HistoryFile(dir.resolve("none.jsonl")).read());
    }

    @Test
    void aTruncatedLastLineFromACrashIsSkippedWithItsLineNumberAndTheNextAppendStartsAFreshLine() throws IOException {
        Path path = dir.resolve("history.jsonl");
        HistoryFile file = new HistoryFile(path);
        file.append(run("t1", 1, "A", 1, 10, TO_ADDRESS));
        file.append(run("t1", 2, "A", 2, 10, TO_ADDRESS));
        // a writer that did not go through append() and died half-way through the third line
        String third = HistoryFile.format(run("t1", 3, "A", 3, 10, TO_ADDRESS));
        Files.writeString(path, third.substring(0, third.length() / 2), StandardOpenOption.APPEND);

        RunHistory damaged = file.read();
        assertEquals(2, damaged.runs().size());
        assertEquals(1, damaged.warnings().size());
        assertTrue(damaged.warnings().get(0).contains("line 3"), damaged.warnings().get(0));

        file.append(run("t1", 4, "A", 4, 10, COMPLETED));
        RunHistory after = file.read();
        assertEquals(List.of("#1", "#2", "#4"), after.runs().stream().map(RunRecord::build).toList());
        assertEquals(1, after.warnings().size());
        assertTrue(after.warnings().get(0).contains("line 3"));
    }

    @Test
    void damagedLinesInTheMiddleAreSkippedAndTheRestKept() throws IOException {
        Path path = dir.resolve("history.jsonl");
        String good1 = HistoryFile.format(run("t1", 1, "A", 1, 10, TO_ADDRESS));
        String good2 = HistoryFile.format(run("t1", 2, "A", 2, 10, TO_ADDRESS));
        String good3 = HistoryFile.format(run("t1", 3, "A", 3, 10, TO_ADDRESS));
        Files.writeString(path, String.join("\n", good1, "not json at all", good2, "{\"version\":1}", "",
                "{\"version\":99,\"time\":\"2026-11-01T00:00:00Z\"}", good3.replace("\"TO_ADDRESS\"", "\"BOGUS\""), good3) + "\n");

        RunHistory history = new HistoryFile(path).read();
        assertEquals(List.of("#1", "#2", "#3"), history.runs().stream().map(RunRecord::build).toList());
        assertEquals(4, history.warnings().size(), history.warnings().toString());
        assertTrue(history.warnings().get(0).contains("line 2"));
        assertTrue(history.warnings().get(1).contains("line 4") && history.warnings().get(1).contains("time"));
        assertTrue(history.warnings().get(2).contains("line 6") && history.warnings().get(2).contains("newer"));
        assertTrue(history.warnings().get(3).contains("line 7"));
    }

    @Test
    void aDirectoryInsteadOfAFileIsBadInputNamingThePath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new HistoryFile(dir).read());
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
    }

    @Test
    void appendingLeavesNoTempFilesBehind() throws IOException {
        HistoryFile file = new HistoryFile(dir.resolve("h.jsonl"));
        for (int i = 1; i <= 3; i++) {
            file.append(run("t1", i, "A", i, 10, TO_ADDRESS));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("h.jsonl", "h.jsonl.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
