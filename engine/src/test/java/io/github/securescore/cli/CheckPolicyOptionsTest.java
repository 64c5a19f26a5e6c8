package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;


import java.nio.file.Files;
import java.nio.file.Path;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy and gate options of {@code check} and {@code report}: --as-of, --min-score, policy warnings. */
class CheckPolicyOptionsTest {

    private static final String EXPIRING = """
            maxExpiredOverrides: 0
            overrides:
              - control: MFARegistrationV2
                status: Risk accepted
                justification: registration campaign in Q2
                owner: dana@contoso.example
                expires: 2027-03-31
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private int check(String... options) throws IOException {
        Path snapshot = write("tenant.json", CheckCommandTest.SNAPSHOT);
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--snapshot";
        args[2] = snapshot.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return IdentitySecureScoreCommand.execute(args);
    }

    private String stdout() {
        return console.out();
    }

    private String stderr() {
        return console.err();
    }

    @Test
    void anOverrideAppliesOnItsLastDay() throws IOException {
        Path policy = write("policy.yml", EXPIRING);

        int exit = check("--policy", policy.toString(), "--as-of", "2027-03-31");

        assertEquals(0, exit, stdout() + stderr());
        assertTrue(stdout().contains("Risk accepted"), stdout());
        assertFalse(stdout().contains("Expired status overrides"), stdout());
        assertTrue(stdout().contains("[PASSED] expired status overrides <= 0: actual 0"), stdout());
    }

    @Test
    void anOverrideHasExpiredTheDayAfter() throws IOException {
        Path policy = write("policy.yml", EXPIRING);

        int exit = check("--policy", policy.toString(), "--as-of", "2027-04-01");

        assertEquals(1, exit, stdout() + stderr());
        assertTrue(stdout().contains("Expired status overrides (no longer applied):"), stdout());
        assertTrue(stdout().contains("expired 2027-03-31"), stdout());
        assertTrue(stdout().contains("[FAILED] expired status overrides <= 0: actual 1"), stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30", "31.03.2027", "2027-3-31", "tomorrow"})
    void asOfIsAnIsoDate(String day) throws IOException {
        assertEquals(2, check("--as-of", day));
        assertTrue(stderr().contains("'" + day + "' is not a date; expected a day like 2027-03-31"), stderr());
        assertFalse(stderr().contains("java."), stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"50%", "50 %", "50", "50.0"})
    void minScoreMayCarryAPercentSign(String value) throws IOException {
        int exit = check("--min-score", value);

        assertEquals(1, exit, stderr());
        assertTrue(stdout().contains("[FAILED] score >= 50%: actual 48.21%"), stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e2", "-5", "101", "50d", "0x32", "50%%", "%"})
    void minScoreIsAFiniteNumberFromZeroToHundred(String value) throws IOException {
        assertEquals(2, check("--min-score", value));
        assertTrue(stderr().contains("--min-score '" + value + "' is not valid: expected a number from 0 to 100"),
                stderr());
        assertEquals("", stdout());
    }

    @Test
    void reportMinScoreIsParsedTheSameWay() {
        assertEquals(2, IdentitySecureScoreCommand.execute("report", "--history", dir.resolve("h.jsonl").toString(),
                "--report-dir", dir.resolve("out").toString(), "--min-score", "NaN"));
        assertTrue(stderr().contains("--min-score 'NaN' is not valid"), stderr());
    }

    @Test
    void anEmptyPolicyWarnsThatNoGatesAreConfigured() throws IOException {
        Path policy = write("policy.yml", "# thresholds to come\n");

        int exit = check("--policy", policy.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stderr().contains("identity-secure-score: warning: no gates configured: " + policy), stderr());
    }

    @Test
    void aGateFromTheCommandLineIsAGate() throws IOException {
        Path policy = write("policy.yml", "");

        assertEquals(0, check("--policy", policy.toString(), "--min-score", "40"));
        assertFalse(stderr().contains("no gates configured"), stderr());
    }

    @Test
    void aThresholdThatLooksLikeAFractionWarns() throws IOException {
        Path policy = write("policy.yml", "minPercent: 0.7\n");

        int exit = check("--policy", policy.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stderr().contains("warning: " + policy + " (line 1, column 1, minPercent): 0.7 % — did you mean 70 %?"),
                stderr());
        assertTrue(stdout().contains("[PASSED] score >= 0.70%"), stdout());
    }

    @Test
    void aMinScoreThatLooksLikeAFractionWarns() throws IOException {
        assertEquals(0, check("--min-score", "0.5"));
        assertTrue(stderr().contains("warning: minimum score 0.5 % — did you mean 50 %?"), stderr());
    }

    @Test
    void noValueInAPolicyExitsTwoNotOne() throws IOException {
        for (String text : new String[] {"overrides:\n  -\n", "criticality:\n  minPercent:\n", "controls: {AdminMFAV2: }\n"}) {
            Path policy = write("policy.yml", text);
            console.reset();

            assertEquals(2, check("--policy", policy.toString()), text);
            assertTrue(stderr().startsWith("identity-secure-score: " + policy + " (line "), stderr());
            assertFalse(stderr().contains("NullPointerException"), stderr());
        }
    }
}
