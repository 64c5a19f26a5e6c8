package io.github.securescore.history;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.pack.TestPack;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.snapshot.SnapshotFixture;
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

/** Per-pack results in the history: recorded, read back, compared between runs, trended; old lines still read. */
class PackHistoryTest {

    @TempDir
    Path dir;

    private CheckResult run(boolean defaultsOn, String build) throws Exception {
        Path snapshot = dir.resolve("tenant-" + build + ".json");
        Files.writeString(snapshot, SnapshotFixture.tenant().member(guid(1)).securityDefaults(defaultsOn)
                .policy(policy("Block legacy").clientAppTypes("other").grant("OR", "block")).json());
        Path policyFile = dir.resolve("policy.yaml");
        Files.writeString(policyFile, "packs: [identity-secure-score, test-pack]\n"
                + "omissions: [{pack: test-pack, requirement: T.MANUAL.1, justification: SOC forwards logs}]\n");
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(), TestPack.catalog(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        return check.run(new CheckRequest(SnapshotSource.file(snapshot), policyFile, List.of(),
                LocalDate.parse("2026-12-01"), dir.resolve("history.jsonl"), dir.resolve("reports"),
                Set.of(ReportFormat.MARKDOWN, ReportFormat.JSON, ReportFormat.HTML), build, List.of()));
    }

    @Test
    void eachRunRecordsItsPacksAndTheNextSeesWhatChanged() throws Exception {
        CheckResult first = run(false, "#1");
        PackEntry entry = first.run().packs().get(TestPack.ID);
        assertEquals(50.0, entry.shallPercent());
        assertEquals(1, entry.failures());
        assertEquals(RequirementStatus.FAIL, entry.requirements().get("T.DEFAULTS.1"));
        assertEquals(List.of("T.MANUAL.1"), entry.omitted());

        CheckResult second = run(true, "#2");
        RunRecord previous = new HistoryFile(dir.resolve("history.jsonl")).read().latest(second.run().tenant()).orElseThrow();
        assertEquals(second.run().packs(), previous.packs(), "the appended line reads back the same");
        RunChange change = Changes.between(second.previous(), second.run());
        assertEquals(List.of(new RequirementChange(TestPack.ID, "T.DEFAULTS.1", RequirementStatus.FAIL,
                RequirementStatus.PASS)), change.requirements());
        assertTrue(change.requirements().get(0).improved());
        assertEquals(List.of(50.0, 100.0), Trend.of(second.history(), second.run().tenant()).packShallPercents(TestPack.ID));
        String markdown = Files.readString(dir.resolve("reports").resolve(ReportFormat.MARKDOWN.fileName()));
        assertTrue(markdown.contains("- test-pack T.DEFAULTS.1: Fail -> Pass"), markdown);
        String html = Files.readString(dir.resolve("reports").resolve(ReportFormat.HTML.fileName()));
        String chart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("<polyline id=\"pack-test-pack-line\"[^>]* points=\"([^\"]+)\"")
                .matcher(chart);
        assertTrue(line.find(), "the trend chart draws the pack's SHALL share: " + chart);
        assertEquals(2, line.group(1).trim().split(" ").length, "one point per run");
        assertTrue(chart.contains("test-pack (SHALL requirements passed)"), "in the legend");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("reports").resolve(ReportFormat.JSON.fileName()).toFile());
        assertEquals("{\"pack\":\"test-pack\",\"requirement\":\"T.DEFAULTS.1\",\"before\":\"FAIL\",\"after\":\"PASS\"}",
                json.get("changes").get("requirements").get(0).toString());
        try (var in = io.github.securescore.report.JsonReport.class.getResourceAsStream(
                io.github.securescore.report.JsonReport.SCHEMA_RESOURCE)) {
            assertEquals(Set.of(), com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(in).validate(json));
        }
    }

    @Test
    void aReportReRenderedFromTheHistoryShowsEachPacksRecordedStatuses() throws Exception {
        run(false, "#1");
        CheckResult second = run(true, "#2");
        io.github.securescore.report.ReportData data = io.github.securescore.report.ReportData.fromHistory(
                new HistoryFile(dir.resolve("history.jsonl")).read(), second.run().tenant(),
                io.github.securescore.policy.ScoreZones.DEFAULT, java.util.OptionalDouble.empty(),
                ControlCatalog.bundled()).orElseThrow();
        String markdown = new io.github.securescore.report.MarkdownReport().render(data);
        assertTrue(markdown.contains("test-pack 1.0: 100.00% of SHALL requirements pass, 0 requirements failed in all, 0 not evaluated"
                + " (as recorded in the history)"), markdown);
        assertTrue(markdown.contains("| T.MANUAL.1 | Not evaluated (omitted) |"), markdown);
        String html = new io.github.securescore.report.HtmlReport().render(data);
        assertTrue(html.contains("<tr><td>T.DEFAULTS.1</td><td>Pass</td></tr>"), html);
    }

    @Test
    void aLineRoundTripsWithPacksAndOneWithoutHasNoField() {
        RunRecord run = new RunRecord(1, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"),
                "t1", "s", null, 5, 10, 50, 50, 0, null, Map.of(), null, null, null, null,
                Map.of("cis-m365", new PackEntry("5.0.0", 50, 1, 0,
                        Map.of("5.2.2.3", RequirementStatus.FAIL), List.of())));
        assertEquals(run, RunRecord.parse(run.toJson(), "line"));
        RunRecord without = new RunRecord(1, run.time(), run.recordedAt(), "t1", "s", null, 5, 10, 50, 50, 0, null,
                Map.of(), null, null, null);
        assertFalse(without.toJson().contains("packs"), without.toJson());
    }

    @Test
    void aLineWrittenBeforePacksExistedStillReads() {
        String old = "{\"version\":1,\"time\":\"2026-10-12T09:00:00Z\",\"recordedAt\":\"2026-11-01T10:00:00Z\","
                + "\"tenant\":\"t1\",\"source\":\"s\",\"points\":5.0,\"maxPoints\":10.0,\"percent\":50.0,"
                + "\"projectedPercent\":50.0,\"riskAcceptedPoints\":0.0,\"verdict\":\"PASS\",\"controls\":{}}";
        RunRecord run = RunRecord.parse(old, "history.jsonl");
        assertTrue(run.packs().isEmpty());
        RunRecord now = new RunRecord(1, run.time(), run.recordedAt(), "t1", "s", null, 5, 10, 50, 50, 0, null,
                Map.of(), null, null, null, null, Map.of("p", new PackEntry("1", 100, 0, 0, Map.of(), List.of())));
        assertTrue(Changes.between(run, now).requirements().isEmpty(), "a pack's first run is no change");
        assertNull(run.packs().get("p"));
    }
}
