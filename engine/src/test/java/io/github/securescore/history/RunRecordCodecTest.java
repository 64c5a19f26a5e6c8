package io.github.securescore.history;

import static io.github.securescore.history.Runs.run;
import static io.github.securescore.score.ControlStatus.TO_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordCodecTest {

    @TempDir
    Path dir;

    private static CheckResult check(List<Gate> gates) {
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
        return check.run(CheckRequest.of(SnapshotSource.file(Path.of("..", "examples", "series", "week-6.json")), null,
                gates, LocalDate.parse("2026-11-01")));
    }

    @Test
    void aCheckedRunSurvivesTheRoundTripThroughOneLineWithEveryField() {
        RunRecord run = check(List.of(Gate.of(Metric.SCORE_PERCENT, 70, Criticality.UNSTABLE))).run();
        String line = run.toJson();

        assertFalse(line.contains("\n"), line);
        assertEquals(run, RunRecord.parse(line, "build.xml"));
        // the example snapshot has Microsoft's averages: the trend's comparison lines need them back
        assertFalse(RunRecord.parse(line, "build.xml").microsoft().averages().isEmpty());
        assertEquals(HistoryFile.format(run), line, "the same mapping as the history file");
    }

    @Test
    void theScoreGatesHighestThresholdIsRecordedAndReadBackFromTheHistoryFile() {
        RunRecord run = check(List.of(Gate.of(Metric.SCORE_PERCENT, 60, Criticality.UNSTABLE),
                Gate.of(Metric.SCORE_PERCENT, 75, Criticality.FAIL),
                Gate.control("AdminMFAV2", 100, Criticality.FAIL))).run();
        assertEquals(75.0, run.scoreThreshold());

        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        file.append(run);
        assertEquals(75.0, file.read().runs().get(0).scoreThreshold());
    }

    @Test
    void aRunWithoutAScoreGateHasNoThresholdAndItsLineNoField() {
        RunRecord run = check(List.of(Gate.control("AdminMFAV2", 100, Criticality.FAIL))).run();
        assertNull(run.scoreThreshold());
        assertFalse(run.toJson().contains("scoreThreshold"), run.toJson());
    }

    @Test
    void aLineWrittenBeforeTheThresholdExistedStillReads() {
        String old = "{\"version\":1,\"time\":\"2026-10-12T09:00:00Z\",\"recordedAt\":\"2026-11-01T10:00:00Z\","
                + "\"tenant\":\"t1\",\"source\":\"s\",\"build\":\"#6\",\"points\":5.0,\"maxPoints\":10.0,"
                + "\"percent\":50.0,\"projectedPercent\":50.0,\"riskAcceptedPoints\":0.0,\"verdict\":\"PASS\","
                + "\"controls\":{\"AdminMFAV2\":{\"points\":5.0,\"max\":10.0,\"status\":\"TO_ADDRESS\","
                + "\"inMaximum\":true}}}";
        RunRecord run = RunRecord.parse(old, "build.xml");
        assertNull(run.scoreThreshold());
        assertEquals(50.0, run.percent());
        assertEquals(TO_ADDRESS, run.controls().get("AdminMFAV2").status());
    }

    @Test
    void controlAndBidiCharactersAreEscapedInTheLineAndReadBackUnchanged() {
        RunRecord base = run("t1", 3, "AdminMFAV2", 5, 10, TO_ADDRESS);
        String label = "#3\u202Egnp.exe\u0085\u007F\u001B]0;x\u0007";
        RunRecord run = new RunRecord(1, base.time(), base.recordedAt(), "t1", "snap\u2066shot.json", label, 5, 10, 50,
                60, 0, null, base.controls(), null, null);
        String line = run.toJson();
        assertFalse(line.chars().anyMatch(c -> c == 0x202E || c == 0x2066 || c == 0x85 || c == 0x7F || c < 0x20),
                line);
        assertEquals(run, RunRecord.parse(line, "x"));
    }

    @Test
    void aHandBuiltRunRoundTrips() {
        RunRecord base = run("t1", 3, "AdminMFAV2", 5, 10, TO_ADDRESS);
        RunRecord run = new RunRecord(1, base.time(), base.recordedAt(), "t1", "s", "#3", 5, 10, 50, 60, 0, null,
                base.controls(), new RunRecord.MicrosoftEntry("2026-11-01T00:00:00Z", 120, 380,
                Map.of("AllTenants", 150.5)), 42.5);
        assertEquals(run, RunRecord.parse(run.toJson(), "x"));
    }

    @Test
    void aDamagedLineNamesItsSourceAndTheCause() {
        String line = run("t1", 1, "A", 1, 10, TO_ADDRESS).toJson();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RunRecord.parse(line.substring(0, line.length() / 2), "jobs/a/builds/7/build.xml"));
        assertTrue(e.getMessage().contains("jobs/a/builds/7/build.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a valid run record"), e.getMessage());
    }

    @Test
    void aLineFromANewerVersionIsRefusedSayingSo() {
        String line = run("t1", 1, "A", 1, 10, TO_ADDRESS).toJson().replace("\"version\":1", "\"version\":2");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunRecord.parse(line, "b"));
        assertTrue(e.getMessage().contains("written by a newer version (entry version 2)"), e.getMessage());
    }

    @Test
    void missingEssentialsAndEmptyTextAreRefused() {
        assertTrue(assertThrows(InvalidInputException.class, () -> RunRecord.parse("{\"version\":1}", "b"))
                .getMessage().contains("missing \"time\""));
        assertTrue(assertThrows(InvalidInputException.class, () -> RunRecord.parse("  ", "b"))
                .getMessage().contains("is empty"));
        assertTrue(assertThrows(InvalidInputException.class, () -> RunRecord.parse(null, "b"))
                .getMessage().contains("is empty"));
    }
}
