package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --propose}: exit codes, the before → after in the output and every report, the history left alone. */
class CheckProposeTest {

    private static final Path TENANT = Path.of("..", "examples", "tenants", "northwind-hybrid");
    private static final Path PROPOSALS = Path.of("..", "examples", "proposals");

    @TempDir
    Path dir;

    private static CliRun check(String... extra) {
        String[] args = new String[extra.length + 7];
        args[0] = "check";
        args[1] = "--snapshot";
        args[2] = TENANT.resolve("snapshot.json").toString();
        args[3] = "--policy";
        args[4] = TENANT.resolve("policy.yml").toString();
        args[5] = "--as-of";
        args[6] = "2026-11-22";
        System.arraycopy(extra, 0, args, 7, extra.length);
        return CliRun.of(args);
    }

    @Test
    void aProposalThatBreaksAGateFailsTheBuildAndSaysWhy() {
        CliRun run = check("--propose", PROPOSALS.resolve("terraform").resolve("plan.json").toString());
        String stdout = run.out();
        assertEquals(ExitCode.GATE_FAILED, run.exit(), run.printed());
        assertTrue(stdout.contains("Proposed change: 55.96% → 55.33% (-0.63 pp; 28.54 → 28.22 points)"), stdout);
        assertTrue(stdout.contains("BlockLegacyAuthentication: 7.04 → 0 of 8"), stdout);
        assertTrue(stdout.contains("policy Block legacy authentication would change from enabled to report-only"), stdout);
        assertTrue(run.err().contains("known only after apply"), run.err());
    }

    @Test
    void theSelectedPacksAreComparedToo() {
        // northwind's block policy excludes a directory role: CIS 5.2.2.3 is a warning as it is (README), and
        // without the policy nothing blocks legacy clients
        CliRun run = check("--pack", "identity-secure-score", "--pack", "cis-m365", "--remove",
                "0cc87026-edd7-4b0f-9bbc-bc1dc6f40d53");
        String stdout = run.out();
        assertEquals(ExitCode.GATE_FAILED, run.exit(), run.printed());
        assertTrue(stdout.contains("  cis-m365: 1 of 2 SHALL (50.00%) → 1 of 2 SHALL (50.00%), failures 0 → 1"), stdout);
        assertTrue(stdout.contains("  cis-m365 5.2.2.3 (SHALL): Warning → Fail "), stdout);
        assertTrue(stdout.contains("policy Block legacy authentication would be deleted"), stdout);
    }

    @Test
    void removingOnlyTheNonCountingPolicyPasses() {
        CliRun run = check("--remove", "9d7b9b32-1fc8-4ba5-875f-923b662d174e");
        String stdout = run.out();
        assertEquals(ExitCode.PASSED, run.exit(), run.printed());
        assertTrue(stdout.contains("No action's points or status would change."), stdout);
    }

    @Test
    void everyReportFormatShowsBeforeAndAfterAndTheHistoryIsLeftAlone() throws IOException {
        Path history = dir.resolve("history.jsonl");
        Path reports = dir.resolve("reports");
        CliRun run = check("--propose", PROPOSALS.resolve("conditional-access").toString(), "--history",
                history.toString(), "--report-dir", reports.toString(), "--format", "json,html,markdown,junit");
        assertEquals(ExitCode.GATE_FAILED, run.exit(), run.printed());   // legacy auth 84% < 85%
        assertFalse(Files.exists(history));
        String json = Files.readString(reports.resolve("identity-secure-score.json"));
        assertTrue(json.contains("\"proposal\" : {\n    \"currentPercent\" : 55.96,\n    \"proposedPercent\" : 73.41"), json);
        String md = Files.readString(reports.resolve("identity-secure-score.md"));
        assertTrue(md.contains("### Proposed change\n\n**55.96% → 73.41%** (+17.45 pp)"), md);
        String html = Files.readString(reports.resolve("identity-secure-score.html"));
        assertTrue(html.contains("<h2 id=\"proposal\">Proposed change</h2>"), html);
        String junit = Files.readString(reports.resolve("TEST-identity-secure-score.xml"));
        assertTrue(junit.contains(".proposal.") && junit.contains("7.5 → 10 of 10"), junit);
    }

    @Test
    void recordProposalAppendsTheProposedState() throws IOException {
        Path history = dir.resolve("history.jsonl");
        check("--remove", "9d7b9b32-1fc8-4ba5-875f-923b662d174e", "--history", history.toString(), "--record-proposal");
        assertEquals(1, Files.readAllLines(history).size());
    }

    @Test
    void aBadProposalIsExitTwoAndNamesTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"displayName\":\"a\",\"state\":\"on\",\"conditions\":{}}");
        CliRun run = check("--propose", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        String stderr = run.err();
        assertTrue(stderr.contains(bad.toString()) && stderr.contains("unknown policy state"), stderr);
        assertEquals("", run.out());
    }

    @Test
    void recordProposalWithoutAProposalIsAUsageError() {
        assertEquals(ExitCode.BAD_INPUT, check("--record-proposal").exit());
    }
}
