package io.github.securescore.check;

import static io.github.securescore.check.IdentityCheckHistoryTest.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.cli.IdentitySecureScoreCommand;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.cli.CliRun;
import io.github.securescore.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's history, report and diff options end to end, through the same entry point as main(). */
class CommandLineTest {

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private String[] check(int week, String... extra) {
        String[] base = {"check", "--snapshot", week(week).toString(), "--today", "2026-11-01",
                "--policy", Path.of("..", "examples", "series", "policy.yaml").toString(),
                "--history", dir.resolve("history.jsonl").toString(), "--build-label", "#" + week};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void theSeriesRunsThroughTheCliWithExitCodesAndAHistory() throws Exception {
        // week 1 and 2 are below the policy's 40% floor: exit 1; the rest pass (UNSTABLE only warns)
        int[] expected = {1, 1, 0, 0, 0, 0, 0, 0};
        for (int n = 1; n <= 8; n++) {
            CliRun run = cli(check(n, "--report-dir", dir.resolve("reports").toString(), "--format", "html,markdown"));
            assertEquals(expected[n - 1], run.exit(), "week " + n + ": " + run.out() + run.err());
        }
        List<RunRecord> lines = new HistoryFile(dir.resolve("history.jsonl")).read().runs();
        // week 1 is the tenant's first run: Microsoft's 89 days before it come first, then the eight runs
        assertEquals(8, lines.stream().filter(r -> !r.isMicrosoftDay()).count());
        assertEquals(89, lines.stream().filter(RunRecord::isMicrosoftDay).count());
        assertTrue(lines.subList(0, 89).stream().allMatch(RunRecord::isMicrosoftDay), "before the first run");
        String md = Files.readString(dir.resolve("reports/identity-secure-score.md"));
        assertTrue(md.contains("BlockLegacyAuthentication"), md);
        // the default format: the table on stdout, with what changed since the previous run
        CliRun text = cli(check(8));
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Since the previous run (2026-10-26T09:00:00Z, #8)"), text.out());
        assertTrue(text.out().contains("Verdict: PASS"), text.out());

        CliRun report = cli("report", "--history", dir.resolve("history.jsonl").toString(), "--report-dir",
                dir.resolve("trend").toString(), "--policy", Path.of("..", "examples", "series", "policy.yaml").toString());
        assertEquals(0, report.exit(), report.err());
        String html = Files.readString(dir.resolve("trend/identity-secure-score.html"));
        assertTrue(html.contains("id=\"threshold-line\"") && html.contains("id=\"microsoft-line\""));
        assertTrue(html.contains("id=\"risk-line\""), "weeks 2-4 have a risk-accepted action");
        assertTrue(html.contains("id=\"microsoft-days-line\""), "the report from the history draws Microsoft's days");
        String dots = html.substring(html.indexOf("<g id=\"score-markers\">"), html.indexOf("</g>", html.indexOf("<g id=\"score-markers\">")));
        assertEquals(9, dots.split("<circle ").length - 1, "one dot per run (8 weeks + the text run)");
        assertTrue(Files.isRegularFile(dir.resolve("trend/identity-secure-score.md")));

        CliRun diff = cli("diff", "--history", dir.resolve("history.jsonl").toString(), "5", "6");
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("Lost:") && diff.out().contains("AdminMFAV2") && diff.out().contains("-10"), diff.out());
        assertTrue(diff.out().contains("status Completed -> To address"), diff.out());
    }

    @Test
    void jsonGoesToStdoutWithoutAReportDirectory() throws Exception {
        CliRun run = cli(check(4, "--format", "json"));
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("schemaVersion").asInt());
        // 34.4 of 56 points: self-service password reset is risk accepted in the portal in week 4
        assertEquals(34.4 / 56 * 100, json.get("score").get("percent").asDouble(), 1e-4);
        assertEquals(1, json.get("trend").get(json.get("trend").size() - 1).get("riskAcceptedCount").asInt());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun fileFormat = cli(check(4, "--format", "html"));
        assertEquals(2, fileFormat.exit());
        assertTrue(fileFormat.err().contains("--report-dir"), fileFormat.err());
        assertEquals(2, cli(check(4, "--format", "pdf")).exit());
        CliRun empty = cli("report", "--history", dir.resolve("nothing.jsonl").toString(), "--report-dir", dir.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("holds no runs"), empty.err());
        assertEquals(2, cli("diff", week(1).toString()).exit());
    }

    @Test
    void diffOfTwoSnapshotsNamesTheAccountsFromTheEvidence() {
        CliRun run = cli("diff", week(7).toString(), week(8).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("BlockLegacyAuthentication"), run.out());
        assertTrue(run.out().contains("newly unprotected: heidi@fabrikam.example, ivan@fabrikam.example"), run.out());
        assertFalse(run.out().contains("Gained:"), run.out());
    }

    @Test
    void aDamagedHistoryLineIsAWarningNotAFailure() throws Exception {
        Path history = dir.resolve("history.jsonl");
        assertEquals(0, cli(check(3)).exit());
        Files.writeString(history, "{\"version\":1,\"time\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = cli(check(4));
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("warning") && run.err().contains("line 2"), run.err());
        assertEquals(2, new HistoryFile(history).read().runs().size());
    }
}
