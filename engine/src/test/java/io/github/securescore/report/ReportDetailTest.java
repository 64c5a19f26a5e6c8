package io.github.securescore.report;

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
import io.github.securescore.controls.Evidence;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.ControlResult;
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

class ReportDetailTest {

    @TempDir
    Path dir;

    private CheckResult check() {
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
        return check.run(new CheckRequest(SnapshotSource.file(Path.of("..", "examples", "series", "week-6.json")),
                null, List.of(Gate.of(Metric.SCORE_PERCENT, 90, Criticality.UNSTABLE),
                Gate.control("AdminMFAV2", 100, Criticality.FAIL)), LocalDate.parse("2026-11-01"), null, dir,
                Set.of(ReportFormat.JSON), "#6"));
    }

    @Test
    void everyStringReadBackIsNeutralisedForTheFrontEnd() throws Exception {
        new IdentityCheck().run(new CheckRequest(SnapshotSource.file(Path.of("..", "examples", "tenants",
                "fabrikam-enterprise", "snapshot.json")), null, List.of(), LocalDate.parse("2026-11-22"), null, dir,
                Set.of(ReportFormat.JSON), "#1", List.of("identity-secure-score", "scuba-aad", "cis-m365")));
        Path report = dir.resolve(ReportFormat.JSON.fileName());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode tree = json.readTree(report.toFile());
        int planted = plant(tree);
        Files.writeString(report, json.writeValueAsString(tree));

        ReportDetail detail = ReportDetail.read(report);

        assertTrue(planted > 100, "payloads planted in " + planted + " strings");
        String shown = detail.toString();
        assertTrue(shown.contains("\\u202E"), "the payload is shown, escaped");
        assertFalse(shown.chars().anyMatch(c -> io.github.securescore.UntrustedText.isUnsafe((char) c)),
                "no control or bidi character reaches the front end");
        assertFalse(detail.packs().isEmpty());
    }

    /** Appends a bidi override and an escape sequence to every string value, keeping the enums' own. */
    private static int plant(com.fasterxml.jackson.databind.JsonNode node) {
        int planted = 0;
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                    object::fields) {
                if (field.getValue().isTextual() && !List.of("status", "obligation", "outcome", "criticality",
                        "metric", "schemaVersion").contains(field.getKey())) {
                    object.put(field.getKey(), field.getValue().asText() + "\u202E\u001b[31m");
                    planted++;
                } else {
                    planted += plant(field.getValue());
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, array.get(i).asText() + "\u202E\u001b[31m");
                    planted++;
                } else {
                    planted += plant(array.get(i));
                }
            }
        }
        return planted;
    }

    @Test
    void readsBackEveryGateSentenceAndEveryActionsEvidenceTheCheckProduced() {
        CheckResult result = check();
        ReportDetail detail = ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName()));

        assertEquals(JsonReport.SCHEMA_VERSION, detail.schemaVersion());
        assertEquals(result.verdict().status().name(), detail.verdict().status());
        assertEquals(result.verdict().gates().stream().map(GateResult::message).toList(),
                detail.verdict().gates().stream().map(ReportDetail.Gate::message).toList());
        assertEquals(result.verdict().gates().stream().map(g -> g.outcome() == GateResult.Outcome.UNSTABLE
                        || g.outcome() == GateResult.Outcome.FAILED).toList(),
                detail.verdict().gates().stream().map(ReportDetail.Gate::violated).toList());
        assertEquals(result.assessment().controls().size(), detail.controls().size());
        for (ReportDetail.Action action : detail.controls()) {
            ControlResult control = result.assessment().control(action.name()).orElseThrow();
            Evidence evidence = control.evaluation().evidence();
            assertEquals(control.control().title(), action.title());
            assertEquals(control.status().label(), action.statusLabel());
            assertEquals(control.maxScore(), action.maxScore());
            assertEquals(evidence.counts(), action.evidence().counts(), action.name());
            assertEquals(evidence.policies(), action.evidence().policies(), action.name());
            assertEquals(evidence.unprotected(), action.evidence().unprotected(), action.name());
            assertEquals(evidence.notes(), action.evidence().notes(), action.name());
            assertEquals(control.evaluation().reason(), action.evaluation().reason(), action.name());
            assertEquals(control.evaluation().missingPermissions(), action.evaluation().missingPermissions());
        }
        // the week-6 example leaves admins without MFA: evidence names them
        assertFalse(detail.controls().stream().allMatch(a -> a.evidence().unprotected().isEmpty()));
    }

    @Test
    void rankedOpenActionsAreTheOnesWithPointsLeftBestFirst() {
        check();
        ReportDetail detail = ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName()));

        List<ReportDetail.Action> ranked = detail.rankedOpenActions();
        assertFalse(ranked.isEmpty());
        for (int i = 0; i < ranked.size(); i++) {
            assertEquals(i + 1, ranked.get(i).rank());
            assertTrue(ranked.get(i).remaining() > 0);
            if (i > 0) {
                assertTrue(ranked.get(i - 1).remaining() >= ranked.get(i).remaining());
            }
        }
        detail.controls().stream().filter(a -> a.rank() == null).forEach(a -> assertEquals(0.0, a.remaining()));
    }

    @Test
    void aDamagedReportNamesTheFileAndWhere() throws Exception {
        check();
        Path file = dir.resolve(ReportFormat.JSON.fileName());
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportDetail.read(file));
        assertTrue(e.getMessage().startsWith(file + " (line "), e.getMessage());
        assertTrue(e.getMessage().contains("is not a valid JSON report"), e.getMessage());
    }

    @Test
    void aReportOfANewerSchemaOrNoReportAtAllIsRefused() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"schemaVersion\": 99, \"controls\": []}");
        assertEquals(newer + " (schemaVersion): is 99, written by a newer version; expected 1 or lower",
                assertThrows(InvalidInputException.class, () -> ReportDetail.read(newer)).getMessage());

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"something else\"}");
        assertTrue(assertThrows(InvalidInputException.class, () -> ReportDetail.read(other)).getMessage()
                .contains("schemaVersion"));

        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": does not exist; expected a JSON report",
                assertThrows(InvalidInputException.class, () -> ReportDetail.read(missing)).getMessage());
    }

    @Test
    void anActionWithoutEvaluationReadsAsEmptyEvidence() throws Exception {
        Path file = dir.resolve("minimal.json");
        Files.writeString(file, "{\"schemaVersion\":1,\"controls\":[{\"name\":\"AdminMFAV2\",\"title\":\"t\","
                + "\"points\":0,\"maxScore\":10,\"remaining\":10,\"rank\":1}]}");
        ReportDetail.Action action = ReportDetail.read(file).controls().get(0);
        assertEquals(List.of(), action.evidence().unprotected());
        assertNull(action.evaluation().reason());
        assertEquals(List.of(), ReportDetail.read(file).verdict().gates());
    }
    /** Fabrikam's snapshot holds Entra's own daily scores and Identity controls that are not our actions. */
    private CheckResult fabrikam() {
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        return check.run(new CheckRequest(SnapshotSource.file(Path.of("..", "examples", "tenants",
                "fabrikam-enterprise", "snapshot.json")), null, List.of(), LocalDate.parse("2026-11-21"), null, dir,
                Set.of(ReportFormat.JSON), "#1"));
    }

    @Test
    void readsBackEntrasOwnScoreAndWhatMicrosoftAlsoReports() {
        CheckResult result = fabrikam();
        ReportDetail detail = ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName()));

        var entra = result.assessment().entra().orElseThrow();
        assertEquals(entra.day(), detail.entraScore().createDateTime());
        assertEquals(entra.points(), detail.entraScore().points());
        assertEquals(entra.maxPoints(), detail.entraScore().maxPoints());
        assertEquals(entra.percent(), detail.entraScore().percent(), 1e-6);

        var reported = result.assessment().reportedByMicrosoft();
        assertFalse(reported.isEmpty(), "fabrikam's Identity category has controls that are not our actions");
        assertEquals(reported.notCollected(), detail.reportedByMicrosoft().notCollected());
        assertEquals(reported.actions().size(), detail.reportedByMicrosoft().actions().size());
        for (int i = 0; i < reported.actions().size(); i++) {
            var expected = reported.actions().get(i);
            ReportDetail.ReportedAction actual = detail.reportedByMicrosoft().actions().get(i);
            assertEquals(expected.name(), actual.name());
            assertEquals(expected.title(), actual.title());
            assertEquals(expected.product(), actual.product());
            assertEquals(expected.source(), actual.source());
            assertEquals(expected.points(), actual.microsoftPoints());
            assertEquals(expected.maxScore(), actual.microsoftMaxScore());
            assertEquals(expected.microsoftStatus(), actual.microsoftStatus());
            assertEquals(io.github.securescore.score.ReportedByMicrosoft.STATUS, actual.status());
        }
    }

    @Test
    void aReportWithoutMicrosoftsFiguresReadsAsNone() throws Exception {
        Path file = dir.resolve("older.json");
        Files.writeString(file, "{\"schemaVersion\":1,\"controls\":[],\"entraScore\":null,"
                + "\"reportedByMicrosoft\":null}");
        ReportDetail detail = ReportDetail.read(file);
        assertNull(detail.entraScore());
        assertNull(detail.reportedByMicrosoft());

        Path without = dir.resolve("without.json");
        Files.writeString(without, "{\"schemaVersion\":1,\"controls\":[]}");
        assertNull(ReportDetail.read(without).entraScore());
        assertNull(ReportDetail.read(without).reportedByMicrosoft());
    }
    @Test
    void readsBackEveryPackRequirementWithItsStatusEvidenceAndOmission() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                omissions:
                  - pack: cis-m365
                    requirement: 1.1.3
                    justification: "break-glass <b>accounts</b> are counted apart"
                    owner: identity team
                    expires: 2099-06-30
                """);
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        CheckResult result = check.run(new CheckRequest(SnapshotSource.file(Path.of("..", "examples", "tenants",
                "fabrikam-enterprise", "snapshot.json")), policy, List.of(), LocalDate.parse("2026-11-21"), null, dir,
                Set.of(ReportFormat.JSON), "#1", List.of("identity-secure-score", "cis-m365")));
        ReportDetail detail = ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName()));

        assertEquals(result.packs().size(), detail.packs().size());
        for (int i = 0; i < result.packs().size(); i++) {
            var expected = result.packs().get(i);
            ReportDetail.Pack pack = detail.packs().get(i);
            assertEquals(expected.pack().id(), pack.id());
            assertEquals(expected.pack().title(), pack.title());
            assertEquals(expected.pack().version(), pack.version());
            assertEquals(expected.shallPercent(), pack.shallPercent(), 1e-6);
            assertEquals(expected.failures(), pack.failures());
            assertEquals(expected.notEvaluated(), pack.notEvaluated());
            assertEquals(expected.results().size(), pack.requirements().size());
            for (int r = 0; r < expected.results().size(); r++) {
                var want = expected.results().get(r);
                ReportDetail.Requirement got = pack.requirements().get(r);
                assertEquals(want.requirement().id(), got.id());
                assertEquals(want.requirement().title(), got.title());
                assertEquals(want.status().name(), got.status());
                assertEquals(want.outcome().reason(), got.reason(), got.id());
                assertEquals(want.outcome().evidence().counts(), got.evidence().counts(), got.id());
                assertEquals(want.outcome().evidence().notes(), got.evidence().notes(), got.id());
                assertEquals(want.omitted(), got.omitted(), got.id());
            }
        }
        ReportDetail.Requirement omitted = detail.packs().stream().filter(p -> p.id().equals("cis-m365"))
                .findFirst().orElseThrow().requirements().stream().filter(r -> r.id().equals("1.1.3"))
                .findFirst().orElseThrow();
        assertEquals("break-glass <b>accounts</b> are counted apart", omitted.omission().justification());
        assertEquals("identity team", omitted.omission().owner());
        assertEquals("2099-06-30", omitted.omission().expires());
    }

    @Test
    void aReportWithoutPacksReadsAsNone() throws Exception {
        check();
        assertEquals(List.of(), ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName())).packs());
    }
}
