package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad policy files: every message names the file, where (line and column, or the field) and
 * what was expected, and nothing reaches the user as a stack trace.
 */
class PolicyReaderBadInputTest {

    @TempDir
    Path dir;

    private final PolicyReader reader = new PolicyReader(ControlCatalog.bundled());

    private InvalidInputException fails(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file + " ("), e.getMessage());
        assertOwnWords(e);
        return e;
    }

    /** No parser library's wording, class names or Java exception names reach the user. */
    static void assertOwnWords(InvalidInputException e) {
        String message = e.getMessage().toLowerCase(java.util.Locale.ROOT);
        for (String foreign : List.of("snakeyaml", "jackson", "com.fasterxml", "java.lang.", "java.time.", "exception",
                "jsonreadfeature", "streamreadconstraints", "<block", "(code ")) {
            assertFalse(message.contains(foreign), "'" + foreign + "' in: " + e.getMessage());
        }
    }

    private static void contains(InvalidInputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void brokenYaml() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\ncontrols: {AdminMFAV2: {minPercent: 100}\nmaxDrop: 5\n");
        // the problem is where the flow mapping should have closed, not where it opened
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        contains(e, "line 3, column 1", "malformed YAML", "expected ',' or '}'");
    }

    @Test
    void brokenJson() throws IOException {
        InvalidInputException e = fails("policy.json", "{\n  \"minPercent\": 70,\n  \"maxDrop\" 5\n}\n");
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        contains(e, "line 3, column", "malformed");
    }

    @Test
    void wrongTypeForThreshold() throws IOException {
        InvalidInputException e = fails("policy.yml", "version: 1\nminPercent: high\n");
        assertEquals(2, e.line());
        assertEquals("minPercent", e.field());
        contains(e, "expected a number from 0 to 100 (percent), found 'high'");
    }

    @Test
    void wrongTypeForControls() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  - AdminMFAV2\n");
        assertEquals("controls", e.field());
        assertTrue(e.line() > 0);
        contains(e, "expected a mapping of improvement actions to floors, found a list");
    }

    @Test
    void wrongTypeForAControlFloor() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  AdminMFAV2: [100]\n");
        assertEquals(2, e.line());
        assertEquals("controls.AdminMFAV2", e.field());
        contains(e, "a mapping with minPercent and criticality");
    }

    @Test
    void listInsteadOfPolicy() throws IOException {
        InvalidInputException e = fails("policy.yml", "- minPercent: 70\n");
        assertEquals(1, e.line());
        contains(e, "a mapping of policy keys", "minPercent");
    }

    @Test
    void wrongTypeForOverrides() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  control: OneAdmin\n");
        assertEquals("overrides", e.field());
        contains(e, "expected a list of overrides, found a mapping");
    }

    @Test
    void unknownKeyNamesTheKnownOnes() throws IOException {
        InvalidInputException e = fails("policy.yml", "version: 1\nminPercnt: 70\n");
        assertEquals(2, e.line());
        contains(e, "unknown key 'minPercnt'", "minPercent", "maxDrop", "overrides");
    }

    @Test
    void unknownKeyInAControlFloor() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  AdminMFAV2:\n    minPrecent: 100\n");
        assertEquals(3, e.line());
        assertEquals("controls.AdminMFAV2.minPrecent", e.field());
        contains(e, "unknown key 'minPrecent'", "criticality", "minPercent");
    }

    @Test
    void unknownKeyInAnOverride() throws IOException {
        InvalidInputException e = fails("policy.yml",
                "overrides:\n  - control: OneAdmin\n    status: Planned\n    expiry: 2027-01-01\n");
        assertEquals(4, e.line());
        assertEquals("overrides[0].expiry", e.field());
        contains(e, "unknown key 'expiry'", "expires");
    }

    @Test
    void unknownStatus() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  - control: OneAdmin\n    status: Done\n");
        assertEquals(3, e.line());
        assertEquals("overrides[0].status", e.field());
        contains(e, "unknown status 'Done'", "Risk accepted", "Resolved through third party", "Ignored");
    }

    @Test
    void completedCannotBeSetByAUser() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  - control: OneAdmin\n    status: Completed\n");
        contains(e, "unknown status 'Completed'", "overrides[0].status");
    }

    @Test
    void missingStatus() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  - control: OneAdmin\n    owner: me\n");
        assertEquals("overrides[0].status", e.field());
        assertEquals(2, e.line());
        contains(e, "missing", "Planned");
    }

    @Test
    void badDate() throws IOException {
        InvalidInputException e = fails("policy.yml",
                "overrides:\n  - control: OneAdmin\n    status: Planned\n    expires: 2027-02-30\n");
        assertEquals(4, e.line());
        assertEquals("overrides[0].expires", e.field());
        contains(e, "expected a date like 2027-01-31, found '2027-02-30'");
    }

    @Test
    void notADate() throws IOException {
        InvalidInputException e = fails("policy.yml",
                "overrides:\n  - control: OneAdmin\n    status: Planned\n    expires: next spring\n");
        contains(e, "a date like", "next spring", "overrides[0].expires");
    }

    @Test
    void unknownControlInAnOverride() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  - control: AdminMFA\n    status: Planned\n");
        assertEquals("overrides[0].control", e.field());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        contains(e, "unknown improvement action 'AdminMFA'", "AdminMFAV2", "OneAdmin");
    }

    @Test
    void unknownControlFloor() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  MFARegistration:\n    minPercent: 100\n");
        assertEquals("controls.MFARegistration", e.field());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        contains(e, "unknown improvement action 'MFARegistration'", "MFARegistrationV2");
    }

    @Test
    void controlFloorWithoutPercent() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  OneAdmin:\n    criticality: FAIL\n");
        assertEquals("controls.OneAdmin.minPercent", e.field());
        assertEquals(2, e.line());
        contains(e, "missing", "0 to 100");
    }

    @Test
    void percentAboveRange() throws IOException {
        InvalidInputException e = fails("policy.yml", "version: 1\nminPercent: 120\n");
        assertEquals("minPercent", e.field());
        assertEquals(2, e.line());
        contains(e, "expected a number from 0 to 100 (percent), found 120");
    }

    @Test
    void controlPercentBelowRange() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls:\n  OneAdmin:\n    minPercent: -1\n");
        assertEquals("controls.OneAdmin.minPercent", e.field());
        assertEquals(3, e.line());
        contains(e, "expected a number from 0 to 100 (percent), found -1");
    }

    @Test
    void zonePercentOutOfRangeAndOrder() throws IOException {
        contains(fails("policy.yml", "zones:\n  good: 101\n"), "line 2, column 9", "zones.good", "0 to 100");
        contains(fails("policy.yml", "zones:\n  good: 50\n  okay: 70\n"), "zones", "okay (70) must not be above good (50)");
    }

    @Test
    void unknownControlInJson() throws IOException {
        InvalidInputException e = fails("policy.json",
                "{\n  \"controls\": {\n    \"AdminMFAV2\": {\"minPercent\": 100},\n    \"Admin\": {\"minPercent\": 1}\n  }\n}\n");
        assertEquals("controls.Admin", e.field());
        assertEquals(4, e.line());
        assertEquals(5, e.column());
    }

    @Test
    void negativeCount() throws IOException {
        InvalidInputException e = fails("policy.yml", "maxNotEvaluated: -2\n");
        assertEquals("maxNotEvaluated", e.field());
        assertEquals(1, e.line());
        contains(e, "at least 0");
    }

    @Test
    void badCriticality() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\ncriticality:\n  minPercent: BLOCK\n");
        assertEquals(3, e.line());
        assertEquals("criticality.minPercent", e.field());
        contains(e, "expected FAIL, UNSTABLE, NOTE or ERROR, found 'BLOCK'");
    }

    @Test
    void criticalityForAnUnknownGate() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\ncriticality:\n  minPercnt: FAIL\n");
        assertEquals("criticality.minPercnt", e.field());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        contains(e, "unknown gate", "minPercent", "maxExpiredOverrides");
    }

    @Test
    void repeatedKey() throws IOException {
        InvalidInputException e = fails("policy.yml",
                "controls:\n  AdminMFAV2:\n    minPercent: 100\n  AdminMFAV2:\n    minPercent: 50\n");
        assertEquals(4, e.line());
        contains(e, "the key 'AdminMFAV2' appears twice (line 2 and line 4); expected each key once");
    }

    @Test
    void unsupportedVersion() throws IOException {
        InvalidInputException e = fails("policy.yml", "# baseline\nversion: 2\nminPercent: 70\n");
        assertEquals("version", e.field());
        assertEquals(2, e.line());
        contains(e, "unsupported policy version 2; expected 1");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("no-such-policy.yml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void directoryInsteadOfFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().startsWith(dir.toString() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    // ---- one document ------------------------------------------------------------------------

    @Test
    void twoDocumentMarkersBeforeThePolicy() throws IOException {
        // read as one document, the empty first one would disable every gate
        InvalidInputException e = fails("policy.yml", "---\n---\nminPercent: 70\n");
        assertEquals(2, e.line());
        contains(e, "a second YAML document starts here", "exactly one document");
    }

    @Test
    void aSecondDocument() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\n---\nminPercent: 10\n");
        assertEquals(2, e.line());
        contains(e, "line 2, column 1", "a second YAML document");
    }

    @Test
    void contentAfterTheDocumentEnd() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\n...\nmaxDrop: 5\n");
        assertEquals(3, e.line());
        contains(e, "a second YAML document");
    }

    @Test
    void aSecondJsonValue() throws IOException {
        InvalidInputException e = fails("policy.json", "{\"minPercent\": 70}\n{\"minPercent\": 10}\n");
        assertEquals(2, e.line());
        contains(e, "exactly one JSON value");
    }

    // ---- no coercion -------------------------------------------------------------------------

    @Test
    void aNumberIsNotACriticality() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\ncriticality:\n  minPercent: 0\n");
        assertEquals(3, e.line());
        assertEquals("criticality.minPercent", e.field());
        contains(e, "expected FAIL, UNSTABLE, NOTE or ERROR, found the number 0");
        contains(fails("policy.yml", "minPercent: 70\ncriticality:\n  minPercent: true\n"),
                "expected FAIL, UNSTABLE, NOTE or ERROR, found true");
        contains(fails("policy.yml", "controls:\n  OneAdmin: {minPercent: 100, criticality: 1}\n"),
                "controls.OneAdmin.criticality", "expected FAIL, UNSTABLE, NOTE or ERROR, found the number 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "policy.yml | minPercent: \"70\"",
            "policy.yml | minPercent: '70'",
            "policy.yml | minPercent: 70%",
            "policy.json | {\"minPercent\": \"70\"}"})
    void aQuotedNumberIsAString(String name, String text) throws IOException {
        InvalidInputException e = fails(name, text + "\n");
        assertEquals(1, e.line());
        assertEquals("minPercent", e.field());
        contains(e, "expected a number from 0 to 100 (percent), found '70", "write the number without quotes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "policy.yml | version: 1.9 | expected the integer 1, found 1.9",
            "policy.yml | version: 1.0 | expected the integer 1, found 1.0",
            "policy.yml | version: \"1\" | expected the integer 1, found '1'",
            "policy.yml | version: true | expected the integer 1, found true",
            "policy.json | {\"version\": 1.9} | expected the integer 1, found 1.9",
            "policy.json | {\"version\": \"1\"} | expected the integer 1, found '1'"})
    void theVersionIsTheIntegerOne(String name, String text, String message) throws IOException {
        InvalidInputException e = fails(name, text + "\n");
        assertEquals("version", e.field());
        assertEquals(1, e.line());
        contains(e, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "justification: 2027 | overrides[0].justification | expected a string, found the number 2027",
            "owner: true | overrides[0].owner | expected a string, found true",
            "control: 7 | overrides[0].control | expected an improvement action's name, found the number 7",
            "expires: 20270331 | overrides[0].expires | expected a date like 2027-01-31, found the number 20270331",
            "expires: '2027-3-31' | overrides[0].expires | expected a date like 2027-01-31, found '2027-3-31'"})
    void overrideFieldsHaveExactTypes(String line, String field, String message) throws IOException {
        String override = "overrides:\n  - control: OneAdmin\n    status: Planned\n";
        String text = line.startsWith("control:") ? "overrides:\n  - " + line + "\n    status: Planned\n"
                : override + "    " + line + "\n";
        InvalidInputException e = fails("policy.yml", text);
        assertEquals(field, e.field());
        assertTrue(e.line() >= 2, e.getMessage());
        contains(e, message);
    }

    @Test
    void anAliasIsNotItsAnchorsName() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\nmaxDrop: *limit\n");
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        contains(e, "a YAML alias (*limit)");
    }

    @Test
    void anchorsMergeKeysAndTagsAreRefused() throws IOException {
        contains(fails("policy.yml", "minPercent: &limit 70\n"), "line 1, column 13", "a YAML anchor (&limit)");
        contains(fails("policy.yml", "controls:\n  <<: {AdminMFAV2: {minPercent: 100}}\n"), "line 2, column 3",
                "a YAML merge key (<<)");
        contains(fails("policy.yml", "minPercent: !!str 70\n"), "line 1", "a YAML tag (tag:yaml.org,2002:str)");
        contains(fails("policy.yml", "minPercent: !!float \"70\"\n"), "a YAML tag");
        contains(fails("policy.yml", "controls: !!map\n  AdminMFAV2: {minPercent: 100}\n"), "a YAML tag");
        contains(fails("policy.yml", "? [a, b]\n: 1\n"), "line 1", "a key must be a name");
    }

    // ---- finite numbers in range -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf", "+.inf", "1e309", "-1e309", "0x46", "0o106", "-0.5",
            "100.01", "1e3"})
    void percentThresholdsAreFiniteAndFromZeroToHundred(String value) throws IOException {
        for (String key : List.of("minPercent", "controls.OneAdmin.minPercent", "zones.good")) {
            String text = switch (key) {
                case "minPercent" -> "minPercent: " + value + "\n";
                case "zones.good" -> "zones:\n  good: " + value + "\n";
                default -> "controls:\n  OneAdmin:\n    minPercent: " + value + "\n";
            };
            InvalidInputException e = fails("policy.yml", text);
            assertEquals(key, e.field());
            contains(e, "expected a number from 0 to 100 (percent), found " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", ".inf", ".nan", "1.5", "1.0", "-1", "1e2", "99999999999999999999", "'3'"})
    void countsAreWholeNumbers(String value) throws IOException {
        for (String key : List.of("maxNotEvaluated", "maxExpiredOverrides")) {
            InvalidInputException e = fails("policy.yml", "minPercent: 70\n" + key + ": " + value + "\n");
            assertEquals(key, e.field());
            assertEquals(2, e.line());
            contains(e, "expected a whole number of at least 0");
        }
    }

    @Test
    void otherThresholdsAreFinite() throws IOException {
        contains(fails("policy.yml", "minPoints: .inf\n"), "minPoints", "expected a number of at least 0, found .inf");
        contains(fails("policy.yml", "minPoints: 1e309\n"), "minPoints", "found 1e309");
        contains(fails("policy.yml", "maxDrop: 1e309\n"), "maxDrop", "percentage points from 0 to 100");
        contains(fails("policy.yml", "maxDrop: 101\n"), "maxDrop", "percentage points from 0 to 100, found 101");
        contains(fails("policy.json", "{\"minPercent\": 1e309}"), "minPercent", "found 1e309");
        contains(fails("policy.json", "{\"maxNotEvaluated\": 1e309}"), "maxNotEvaluated", "whole number");
        contains(fails("policy.json", "{\"minPercent\": NaN}"), "line 1", "unexpected word 'NaN'");
    }

    // ---- one override per control ------------------------------------------------------------

    @Test
    void twoOverridesForOneControlNameBoth() throws IOException {
        InvalidInputException e = fails("policy.yml", """
                overrides:
                  - control: UserRiskPolicy
                    status: Risk accepted
                    expires: 2027-03-31
                  - control: OneAdmin
                    status: Planned
                  - control: UserRiskPolicy
                    status: Ignored
                """);
        Path file = dir.resolve("policy.yml");
        assertEquals(7, e.line());
        assertEquals("overrides[2].control", e.field());
        contains(e, "UserRiskPolicy has two overrides, at " + file + ":2 and " + file + ":7",
                "one override per improvement action");
    }

    @Test
    void twoOverridesForOneControlInJson() throws IOException {
        InvalidInputException e = fails("policy.json", "{\"overrides\": [\n"
                + "  {\"control\": \"OneAdmin\", \"status\": \"Planned\"},\n"
                + "  {\"control\": \"OneAdmin\", \"status\": \"Ignored\"}\n]}\n");
        assertEquals(3, e.line());
        contains(e, "OneAdmin has two overrides", ":2 and ", ":3");
    }

    @Test
    void twoFloorsForOneControlNameBothLines() throws IOException {
        contains(fails("policy.yml", "controls: {OneAdmin: {minPercent: 100},\n  OneAdmin: {minPercent: 50}}\n"),
                "line 2, column 3", "the key 'OneAdmin' appears twice (line 1 and line 2)");
        contains(fails("policy.json", "{\"controls\": {\"OneAdmin\": {\"minPercent\": 100},\n"
                + " \"OneAdmin\": {\"minPercent\": 50}}}"), "line 2", "appears twice (line 1 and line 2)");
    }

    // ---- no value is an error, not a crash ----------------------------------------------------

    @Test
    void anEmptyOverride() throws IOException {
        InvalidInputException e = fails("policy.yml", "overrides:\n  -\n");
        assertEquals("overrides[0]", e.field());
        assertTrue(e.line() > 0, e.getMessage());
        contains(e, "expected a mapping with control, status", "found no value");
    }

    @Test
    void anEmptyCriticality() throws IOException {
        InvalidInputException e = fails("policy.yml", "minPercent: 70\ncriticality:\n  minPercent:\n");
        assertEquals(3, e.line());
        assertEquals("criticality.minPercent", e.field());
        contains(e, "expected FAIL, UNSTABLE, NOTE or ERROR, found no value");
    }

    @Test
    void anEmptyControlFloor() throws IOException {
        InvalidInputException e = fails("policy.yml", "controls: {AdminMFAV2: }\n");
        assertEquals(1, e.line());
        assertEquals("controls.AdminMFAV2", e.field());
        contains(e, "expected a mapping with minPercent and criticality, found no value");
        contains(fails("policy.json", "{\"controls\": {\"AdminMFAV2\": null}}"), "controls.AdminMFAV2",
                "found no value");
        contains(fails("policy.yml", "minPercent: ~\n"), "minPercent", "found no value");
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() throws IOException {
        contains(fails("policy.yml", "controls: " + "[".repeat(5000) + "\n"), "nested more than");
        contains(fails("policy.json", "{\"controls\": " + "[".repeat(5000)), "nested more than");
    }
}
