package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        return e;
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
        contains(fails("policy.yml", "zones:\n  good: 101\n"), "line 2, column 3", "zones.good", "0 to 100");
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
        contains(e, "expected FAIL or UNSTABLE, found 'BLOCK'");
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
}
