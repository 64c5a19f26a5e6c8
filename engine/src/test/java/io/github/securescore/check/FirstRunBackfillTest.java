package io.github.securescore.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.GateResult;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.SecureScoreDays;
import io.github.securescore.history.Trend;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.snapshot.LiveSecureScores;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tenant's first run starts its history with Microsoft's daily identity figures; nothing else treats them as runs. */
class FirstRunBackfillTest {

    static final String TENANT = LiveSecureScores.TENANT;

    @TempDir
    Path dir;

    static Path snapshot(Path file, LocalDate newest) {
        return LiveSecureScores.tenant(newest).write(file);
    }

    private CheckResult check(Path snapshot, Path history, Path reports, String build) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "maxDrop: 5\n");
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));
        return check.run(new CheckRequest(SnapshotSource.file(snapshot), policy, List.of(), LocalDate.parse("2026-11-25"),
                history, reports, reports == null ? Set.of() : Set.of(ReportFormat.HTML, ReportFormat.JSON), build));
    }

    @Test
    void theFirstRunAppendsMicrosoftsDaysBeforeItself() throws Exception {
        Path history = dir.resolve("history.jsonl");
        CheckResult first = check(snapshot(dir.resolve("s1.json"), LocalDate.of(2026, 11, 21)), history, null, "#1");

        // the three actions Microsoft lists are in our maximum: the comparison is like for like
        for (String action : List.of("AdminMFAV2", "MFARegistrationV2", "PWAgePolicyNew")) {
            assertTrue(first.assessment().control(action).orElseThrow().inMaximum(), action);
        }
        List<RunRecord> lines = new HistoryFile(history).read().runs();
        assertEquals(90, lines.size(), "89 days before the run's own day, then the run");
        List<RunRecord> days = lines.subList(0, 89);
        assertTrue(days.stream().allMatch(RunRecord::isMicrosoftDay));
        assertEquals(Instant.parse("2026-08-24T00:00:00Z"), days.get(0).time(), "oldest first");
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), days.get(88).time(), "the run's own day is the run's");
        RunRecord nov11 = days.stream().filter(r -> r.time().equals(Instant.parse("2026-11-11T00:00:00Z")))
                .findFirst().orElseThrow();
        assertEquals(26, nov11.points(), 1e-9);   // 10 + 8.0 + 8
        assertEquals(27, nov11.maxPoints(), 1e-9);
        assertEquals(26.0 / 27 * 100, nov11.percent(), 1e-6);
        RunRecord oct12 = days.stream().filter(r -> r.time().equals(Instant.parse("2026-10-12T00:00:00Z")))
                .findFirst().orElseThrow();
        assertEquals(15.0 / 27 * 100, oct12.percent(), 1e-6);   // 10 + 5.0 + 0: passwords still expired then
        assertEquals(SecureScoreDays.SOURCE, oct12.source());
        assertEquals(TENANT, oct12.tenant());
        assertNull(oct12.verdict());
        assertTrue(oct12.controls().isEmpty());
        assertTrue(oct12.toJson().contains("\"origin\":\"microsoft\""), oct12.toJson());

        RunRecord run = lines.get(89);
        assertFalse(run.isMicrosoftDay());
        assertEquals("#1", run.build());
        // Microsoft's days are not a previous run: the drop gate has nothing to compare with
        assertNull(first.previous());
        assertEquals(GateResult.Outcome.NO_DATA, first.verdict().gates().get(0).outcome());
        Trend trend = Trend.of(first.history(), TENANT);
        assertEquals(1, trend.points().size());
        assertEquals(89, trend.microsoftDays().size());
        assertTrue(trend.latestChange().isEmpty());
    }

    @Test
    void aLaterRunNeverBackfillsAgainAndComparesWithTheRunOnly() throws Exception {
        Path history = dir.resolve("history.jsonl");
        CheckResult first = check(snapshot(dir.resolve("s1.json"), LocalDate.of(2026, 11, 21)), history, null, "#1");
        CheckResult second = check(snapshot(dir.resolve("s2.json"), LocalDate.of(2026, 11, 22)), history, null, "#2");

        List<RunRecord> lines = new HistoryFile(history).read().runs();
        assertEquals(91, lines.size(), "the second run adds itself only, not Microsoft's 2026-11-21");
        assertEquals(89, lines.stream().filter(RunRecord::isMicrosoftDay).count());
        assertEquals("#1", second.previous().build());
        GateResult drop = second.verdict().gates().get(0);
        assertEquals(GateResult.Outcome.PASSED, drop.outcome());
        assertEquals(first.run().percent() - second.assessment().percent(), drop.actual(), 1e-5);
        assertEquals("#2", new HistoryFile(history).read().latest(TENANT).map(RunRecord::build).orElse(null));
        assertEquals(2, Trend.of(second.history(), TENANT).points().size());
    }

    @Test
    void aFailedCheckBackfillsNothing() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path reports = dir.resolve("reports");
        Files.writeString(reports, "a file where the report directory should be");

        assertThrows(InvalidInputException.class,
                () -> check(snapshot(dir.resolve("s1.json"), LocalDate.of(2026, 11, 21)), history, reports, "#1"));

        assertFalse(Files.exists(history), "the history is the commit point: no Microsoft day without the run");
    }

    @Test
    void theReportsShowMicrosoftsDaysAsMicrosofts() throws Exception {
        Path reports = dir.resolve("reports");
        check(snapshot(dir.resolve("s1.json"), LocalDate.of(2026, 11, 21)), dir.resolve("history.jsonl"), reports, "#1");

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(reports.resolve(ReportFormat.JSON.fileName()).toFile());
        com.networknt.schema.JsonSchema schema;
        try (var in = io.github.securescore.report.JsonReport.class
                .getResourceAsStream(io.github.securescore.report.JsonReport.SCHEMA_RESOURCE)) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(json));
        assertEquals(1, json.get("trend").size(), "one run of ours");
        assertEquals(89, json.get("microsoftDays").size());
        assertEquals("2026-08-24", json.get("microsoftDays").get(0).get("day").asText());
        assertEquals(SecureScoreDays.SOURCE, json.get("microsoftDays").get(0).get("source").asText());
        String html = Files.readString(reports.resolve(ReportFormat.HTML.fileName()));
        assertTrue(html.contains("id=\"microsoft-days-line\""));
        assertTrue(html.contains("Microsoft's daily identity score for 89 days, 2026-08-24 to 2026-11-20"), html);
        assertTrue(html.contains("This is the first run of this tenant in the history."));
    }

    @Test
    void theFabrikamExampleBackfillsMicrosoftsTwoEarlierDays() throws Exception {
        Path history = dir.resolve("history.jsonl");
        CheckResult result = check(Path.of("..", "examples", "tenants", "fabrikam-enterprise", "snapshot.json"), history,
                null, "#1");

        List<RunRecord> days = new HistoryFile(history).read().microsoftDays(result.run().tenant());
        assertEquals(List.of(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z")),
                days.stream().map(RunRecord::time).toList());
        // the live shape's identity figures: 31.40 and 33.10 of 56
        assertEquals(31.40 / 56 * 100, result.run().microsoft().identityAverages().get("AllTenants"), 1e-9);
        assertEquals(33.10 / 56 * 100, result.run().microsoft().identityAverages().get("TotalSeats"), 1e-9);
        assertEquals(31.40 / 56 * 100, result.run().microsoft().averagePercent("AllTenants"), 1e-9);
        // IndustryTypes has no identity figures: the overall average over Microsoft's whole maximum
        assertEquals(301.12 / 689 * 100, result.run().microsoft().averagePercent("IndustryTypes"), 1e-9);
    }

    @Test
    void olderHistoryLinesStillReadAsRuns() {
        String old = "{\"version\":1,\"time\":\"2026-10-01T00:00:00Z\",\"recordedAt\":\"2026-10-01T00:00:00Z\","
                + "\"tenant\":\"" + TENANT + "\",\"source\":\"s.json\",\"points\":5,\"maxPoints\":10,\"percent\":50,"
                + "\"projectedPercent\":50,\"riskAcceptedPoints\":0,\"verdict\":\"PASS\",\"controls\":{}}";
        RunRecord run = RunRecord.parse(old, "history.jsonl");
        assertFalse(run.isMicrosoftDay());
        assertNull(run.origin());
        RunRecord day = RunRecord.parse(old.replace("\"controls\":{}", "\"controls\":{},\"origin\":\"microsoft\""),
                "history.jsonl");
        assertTrue(day.isMicrosoftDay());
    }
}
