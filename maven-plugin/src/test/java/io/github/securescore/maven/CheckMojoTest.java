package io.github.securescore.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal on the Fabrikam test tenant of the ITs (src/it/tenant): 38.24% overall
 * (21.42 of 56 points), AdminMFAV2 at 66.67% (the helpdesk admin is outside the MFA policy).
 */
class CheckMojoTest {

    static final Path SNAPSHOT = Path.of("src/it/tenant/snapshot.json");
    static final String TENANT = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.snapshot = SNAPSHOT.toFile();
        mojo.outputDirectory = temp.resolve("reports").toFile();
        mojo.formats = "none";
        mojo.clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
        mojo.environment = Map.<String, String>of()::get;
        return mojo;
    }

    private File file(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file.toFile();
    }

    @Test
    void passesAboveTheThresholdAndLogsTheSummary() throws Exception {
        CheckMojo mojo = mojo();
        mojo.minScore = "35";

        mojo.execute();

        // the engine's text report, line by line
        // the tenant by name and id, so several tenants in one build can be told apart
        assertTrue(log.info.contains("Identity Secure Score for Fabrikam Build Test (" + TENANT + ")"), log.all());
        assertTrue(log.info.contains("Score: 38.24% (21.42 of 56.00 points)"), log.all());
        assertTrue(log.info.contains("  [PASSED] score >= 35%: actual 38.24% -> PASSED"), log.all());
        assertTrue(log.info.contains("Verdict: PASS"), log.all());
        // the best next step: most points left
        assertTrue(log.info.stream().anyMatch(l -> l.startsWith(" 1. BlockLegacyAuthentication  +8.00 points")),
                log.all());
        assertTrue(log.warn.isEmpty(), log.all());
    }

    @Test
    void failsTheBuildBelowTheOverallThreshold() {
        CheckMojo mojo = mojo();
        mojo.minScore = "50";

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Identity Secure Score gate failed: score >= 50%: actual 38.24% -> FAILED", failure.getMessage());
        assertTrue(log.info.contains("Verdict: FAIL"), log.all());
    }

    @Test
    void takesAThresholdWithAPercentSignAndRefusesOneThatIsNoNumber() {
        CheckMojo mojo = mojo();
        mojo.minScore = "50%";
        assertThrows(MojoFailureException.class, mojo::execute);

        CheckMojo nan = mojo();
        nan.minScore = "NaN";
        MojoExecutionException bad = assertThrows(MojoExecutionException.class, nan::execute);
        assertTrue(bad.getMessage().contains("identitySecureScore.minScore"), bad.getMessage());
    }

    @Test
    void failsTheBuildBelowAPerControlFloor() {
        CheckMojo mojo = mojo();
        mojo.minScore = "30";
        mojo.controlFloors = List.of(new ControlFloor("AdminMFAV2", 100.0, "FAIL"),
                new ControlFloor("PWAgePolicyNew", 100.0, null));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Identity Secure Score gate failed: AdminMFAV2 >= 100%: actual 66.67% (To address) -> FAILED",
                failure.getMessage());
        assertTrue(log.info.contains("  [PASSED] PWAgePolicyNew >= 100%: actual 100% (Completed) -> PASSED"), log.all());
    }

    @Test
    void anUnstableFloorOnlyWarns() throws Exception {
        CheckMojo mojo = mojo();
        mojo.controlFloors = List.of(new ControlFloor("AdminMFAV2", 100.0, "unstable"));

        mojo.execute();

        assertEquals(List.of("Identity Secure Score gate violated (UNSTABLE): AdminMFAV2 >= 100%: actual 66.67%"
                + " (To address) -> UNSTABLE"), log.warn);
        assertTrue(log.info.contains("Verdict: UNSTABLE"), log.all());
    }

    @Test
    void aFailedGateOnlyLogsWhenFailOnViolationIsOff() throws Exception {
        CheckMojo mojo = mojo();
        mojo.minScore = "50";
        mojo.failOnViolation = false;

        mojo.execute();

        assertEquals(List.of("Identity Secure Score gate failed: score >= 50%: actual 38.24% -> FAILED"), log.error);
        assertTrue(log.warn.get(0).contains("failOnViolation is false"), log.all());
    }

    @Test
    void asOfDecidesExpiryInsteadOfTodayAndABadDayIsAConfigurationError() throws Exception {
        String policy = """
                maxExpiredOverrides: 0
                overrides:
                  - control: UserRiskPolicy
                    status: Risk accepted
                    justification: pilot only
                    expires: 2026-12-31
                """;
        CheckMojo today = mojo();
        today.policy = file("policy.yml", policy);
        today.execute();   // the clock says 2026-11-22: the override still applies

        CheckMojo later = mojo();
        later.policy = file("policy.yml", policy);
        later.asOf = "2027-01-05";
        MojoFailureException expired = assertThrows(MojoFailureException.class, later::execute);
        assertTrue(log.all().contains("[FAILED] expired status overrides <= 0: actual 1"), log.all());

        CheckMojo bad = mojo();
        bad.asOf = "5 Jan 2027";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, bad::execute);
        assertEquals("asOf (identitySecureScore.asOf): '5 Jan 2027' is not a date; expected a day like 2027-03-31",
                e.getMessage());
    }

    @Test
    void thePolicyFileGatesAndThePomReplacesItsOverallThreshold() throws Exception {
        CheckMojo mojo = mojo();
        mojo.policy = file("policy.yml", """
                minPercent: 90
                controls:
                  AdminMFAV2:
                    minPercent: 100
                    criticality: UNSTABLE
                """);
        mojo.minScore = "30";

        mojo.execute();

        assertTrue(log.info.contains("  [PASSED] score >= 30%: actual 38.24% -> PASSED"), log.all());
        assertTrue(log.all().indexOf(">= 90%") < 0, "the POM's minScore replaces the policy's minPercent");
        assertEquals(1, log.warn.size(), log.all());
        assertTrue(log.warn.get(0).contains("AdminMFAV2 >= 100%"), log.all());
    }

    @Test
    void skipDoesNothingNotEvenReadTheSnapshot() throws Exception {
        CheckMojo mojo = mojo();
        mojo.snapshot = temp.resolve("absent.json").toFile();
        mojo.minScore = "100";
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("Identity Secure Score check skipped (identitySecureScore.skip)"), log.info);
    }

    @Test
    void thePacksParameterSelectsPacksAndTheirPolicyGatesDecide() throws Exception {
        CheckMojo mojo = mojo();
        mojo.packs = List.of("identity-secure-score", " cis-m365");
        mojo.policy = file("policy.yml", "packGates:\n  cis-m365:\n    maximumFailures: 0\n    criticality:"
                + " {maximumFailures: UNSTABLE}\n");

        mojo.execute();

        assertTrue(log.info.stream().anyMatch(l -> l.startsWith(
                "CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt) 5.0.0: ")), log.all());
        assertTrue(log.info.stream().anyMatch(l -> l.contains("cis-m365 failed requirements <= 0")), log.all());
    }

    @Test
    void anUnknownPackFailsNamingTheKnownOnes() {
        CheckMojo mojo = mojo();
        mojo.packs = List.of("scuba");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().contains("unknown pack 'scuba'; expected one of identity-secure-score, cis-m365"),
                error.getMessage());
    }

    @Test
    void aBadPolicyFailsWithTheEnginesMessage() throws Exception {
        CheckMojo mojo = mojo();
        File policy = file("policy.yml", "minPercent: 70\ncontrols:\n  AdminMFA:\n    minPercent: 100\n");
        mojo.policy = policy;

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        // the engine's own words: the file, where, and what it expected
        assertTrue(error.getMessage().startsWith(policy + " (line 3, column 3, controls.AdminMFA): unknown improvement"
                + " action 'AdminMFA'; expected one of AdminMFAV2, "), error.getMessage());
    }

    @Test
    void aMalformedPolicySaysWhere() throws Exception {
        CheckMojo mojo = mojo();
        File policy = file("policy.yml", "minPercent: seventy\n");
        mojo.policy = policy;

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(policy + " (line 1, column 13, minPercent): expected a number from 0 to 100 (percent), found 'seventy'", error.getMessage());
    }

    @Test
    void aMissingSnapshotIsAnErrorNotAFailedGate() {
        CheckMojo mojo = mojo();
        mojo.snapshot = temp.resolve("absent.json").toFile();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(temp.resolve("absent.json") + ": no such file", error.getMessage());
    }

    @Test
    void withoutSnapshotOrTenantThereIsNothingToCheck() {
        CheckMojo mojo = mojo();
        mojo.snapshot = null;

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("Nothing to check: set identitySecureScore.snapshot"), error.getMessage());
    }

    @Test
    void aFloorOnAnUnknownControlIsRejectedInsteadOfNeverGating() {
        CheckMojo mojo = mojo();
        mojo.controlFloors = List.of(new ControlFloor("AdminMFA", 100.0, "FAIL"));

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("<controlFloor> <control>AdminMFA</control>: unknown improvement action;"
                + " expected one of AdminMFAV2, "), error.getMessage());
    }

    @Test
    void aFloorNeedsAPercentageAndAKnownCriticality() {
        CheckMojo mojo = mojo();
        mojo.controlFloors = List.of(new ControlFloor("AdminMFAV2", 120.0, "FAIL"));
        assertEquals("<controlFloor> for AdminMFAV2: <minPercent> expected a percentage from 0 to 100, found 120.0",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());

        mojo.controlFloors = List.of(new ControlFloor("AdminMFAV2", 100.0, "WARN"));
        assertEquals("<controlFloor> for AdminMFAV2: <criticality> expected UNSTABLE or FAIL, found 'WARN'",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());

        mojo.controlFloors = List.of(new ControlFloor(" ", 100.0, "FAIL"));
        assertTrue(assertThrows(MojoExecutionException.class, mojo::execute).getMessage()
                .startsWith("<controlFloor> needs a <control>"));
    }

    @Test
    void minScoreIsAPercentage() {
        CheckMojo mojo = mojo();
        mojo.minScore = "-1";

        String message = assertThrows(MojoExecutionException.class, mojo::execute).getMessage();
        assertTrue(message.contains("identitySecureScore.minScore") && message.contains("-1"), message);
    }

    @Test
    void anUnknownReportFormatIsRejected() {
        CheckMojo mojo = mojo();
        mojo.formats = "html, pdf";

        assertEquals("identitySecureScore.formats: unknown report format 'pdf'; expected html, json, junit, markdown"
                + " or none", assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    void writesTheReportsAndGrowsTheHistoryByOneRunPerBuild() throws Exception {
        Path history = temp.resolve("history/tenant.jsonl");
        Path reports = temp.resolve("reports");
        for (String build : List.of("41", "42")) {
            CheckMojo mojo = mojo();
            mojo.formats = "html,json,junit,markdown";
            mojo.historyFile = history.toFile();
            mojo.buildLabel = build;
            mojo.execute();
        }

        for (String name : List.of("identity-secure-score.html", "identity-secure-score.json",
                "TEST-identity-secure-score.xml", "identity-secure-score.md")) {
            assertTrue(Files.size(reports.resolve(name)) > 0, name);
            assertTrue(log.info.contains("Report: " + reports.resolve(name)), log.all());
        }
        List<String> runs = Files.readAllLines(history).stream().filter(line -> !line.isBlank()).toList();
        assertEquals(2, runs.size(), runs.toString());
        assertTrue(runs.get(0).contains("\"build\":\"41\"") && runs.get(1).contains("\"build\":\"42\""),
                runs.toString());
        // the second build compares with the first
        assertTrue(log.info.stream().anyMatch(line -> line.startsWith("Since the previous run")), log.all());
    }

    @Test
    void aDamagedHistoryLineIsAWarningNotAFailure() throws Exception {
        CheckMojo mojo = mojo();
        Path history = temp.resolve("history.jsonl");
        mojo.historyFile = history.toFile();
        mojo.execute();
        // a damaged line after a real first run (a file whose first line is no run is no history at all)
        Files.writeString(history, "{ this is not a run\n", java.nio.file.StandardOpenOption.APPEND);
        log.warn.clear();

        mojo.execute();

        assertEquals(1, log.warn.size(), log.all());
        assertTrue(log.warn.get(0).contains(history.toString()), log.all());
        assertEquals(3, Files.readAllLines(history).size(), "the damaged line is kept and this run appended");
    }
}
