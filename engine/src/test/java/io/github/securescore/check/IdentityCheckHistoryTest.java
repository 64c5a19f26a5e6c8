package io.github.securescore.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunRecord;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCheckHistoryTest {

    /** The example series, shared with the README: engine tests run in engine/. */
    static Path week(int n) {
        return Path.of("..", "examples", "series", "week-" + n + ".json");
    }

    @TempDir
    Path dir;

    private final IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
            Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));

    private CheckResult run(int week, Path policy, Path history, Path reports, Set<ReportFormat> formats) {
        return check.run(new CheckRequest(SnapshotSource.file(week(week)), policy, List.of(), LocalDate.parse("2026-11-01"),
                history, reports, formats, "#" + week));
    }

    private Path policy(String yaml) throws Exception {
        Path file = dir.resolve("policy-" + yaml.hashCode() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theDropGateComparesWithThePreviousRunOfTheSameTenant() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path policy = policy("maxDrop: 5\n");
        CheckResult first = run(5, policy, history, null, Set.of());
        GateResult noData = first.verdict().gates().get(0);
        assertEquals(GateResult.Outcome.NO_DATA, noData.outcome());
        assertNull(first.previous());

        // another tenant's run in between must not be "the previous run"
        RunRecord other = new RunRecord(1, Instant.parse("2026-10-11T00:00:00Z"), Instant.parse("2026-10-11T00:00:00Z"),
                "another-tenant", "x", "#x", 1, 100, 1, 1, 0, Verdict.Status.PASS, Map.of(), null);
        new HistoryFile(history).append(other);

        CheckResult second = run(6, policy, history, null, Set.of());
        GateResult drop = second.verdict().gates().get(0);
        assertEquals(Metric.DROP_SINCE_PREVIOUS, drop.gate().metric());
        assertEquals(first.assessment().percent() - second.assessment().percent(), drop.actual(), 1e-6);
        assertTrue(drop.actual() > 19, drop.message());
        assertEquals(GateResult.Outcome.FAILED, drop.outcome());
        assertEquals(first.run().build(), second.previous().build());

        List<RunRecord> runs = new HistoryFile(history).read().runs();
        assertEquals(List.of("#5", "#x", "#6"), runs.stream().map(RunRecord::build).toList());
        RunRecord stored = runs.get(2);
        assertEquals(second.assessment().percent(), stored.percent(), 1e-6);
        assertEquals(Verdict.Status.FAIL, stored.verdict());
        assertEquals(12, stored.controls().size());
        assertEquals(190, stored.microsoft().points());
        assertEquals(148.2 + 6, stored.microsoft().averages().get("AllTenants"), 1e-9);
        assertEquals(Instant.parse("2026-10-12T09:00:00Z"), stored.time());
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), stored.recordedAt());
    }

    @Test
    void theProjectionCountsThePlannedActions() throws Exception {
        Path policy = policy("""
                overrides:
                  - control: UserRiskPolicy
                    status: Planned
                    owner: someone
                """);
        CheckResult result = run(6, policy, null, null, Set.of());
        // UserRiskPolicy is worth 7 of 56 points and earns none in week 6
        assertEquals(result.assessment().percent() + 7.0 / 56 * 100, result.run().projectedPercent(), 1e-4);
    }

    @Test
    void badInputLeavesTheHistoryAndTheReportsAsTheyWere() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path reports = dir.resolve("reports");
        run(5, null, history, reports, Set.of(ReportFormat.HTML));
        byte[] before = Files.readAllBytes(history);
        byte[] html = Files.readAllBytes(reports.resolve(ReportFormat.HTML.fileName()));

        Path badPolicy = policy("minPercent: lots\n");
        assertThrows(InvalidInputException.class, () -> run(6, badPolicy, history, reports, Set.of(ReportFormat.HTML)));
        Path badSnapshot = dir.resolve("broken.json");
        Files.writeString(badSnapshot, "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\"users\": [");
        assertThrows(InvalidInputException.class, () -> check.run(new CheckRequest(SnapshotSource.file(badSnapshot), null,
                List.of(), LocalDate.parse("2026-11-01"), history, reports, Set.of(ReportFormat.HTML), "#bad")));

        assertEquals(new String(before), new String(Files.readAllBytes(history)));
        assertEquals(new String(html), new String(Files.readAllBytes(reports.resolve(ReportFormat.HTML.fileName()))));
    }

    @Test
    void reportsGoToTheDirectoryInEveryRequestedFormat() {
        CheckResult result = run(3, null, dir.resolve("h.jsonl"), dir.resolve("out"), Set.of(ReportFormat.JUNIT, ReportFormat.MARKDOWN));
        assertEquals(List.of(dir.resolve("out/TEST-identity-secure-score.xml"), dir.resolve("out/identity-secure-score.md")),
                result.reports());
        assertTrue(result.reports().stream().allMatch(Files::isRegularFile));
    }
}
