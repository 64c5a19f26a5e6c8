package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad snapshot files: each message names the file, the line and column (or the field path) and
 * what was expected. Files are written to disk and read as a user's would be.
 */
class SnapshotReaderBadInputTest {

    @TempDir
    Path dir;

    private InvalidInputException fails(String json) throws IOException {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    /** The 1-based line of the first occurrence of {@code needle}. */
    private static int lineOf(String json, String needle) {
        int at = json.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void contains(InvalidInputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void truncated() throws IOException {
        String json = SnapshotFixture.tenant().members(1, 3).json();
        String cut = json.substring(0, json.indexOf(SnapshotFixture.guid(2)) + 10);
        InvalidInputException e = fails(cut);
        assertEquals(cut.split("\n", -1).length, e.line());
        assertTrue(e.column() > 0);
        contains(e, "line " + e.line() + ", column " + e.column(), "malformed JSON");
    }

    @Test
    void trailingGarbage() throws IOException {
        String json = SnapshotFixture.tenant().json();
        InvalidInputException e = fails(json + "\n}x");
        assertEquals(json.split("\n", -1).length + 1, e.line());
        assertEquals(1, e.column());
        contains(e, "malformed JSON");
    }

    @Test
    void secondDocumentAfterTheSnapshot() throws IOException {
        String json = SnapshotFixture.tenant().json();
        InvalidInputException e = fails(json + "\n{}\n");
        assertEquals(json.split("\n", -1).length + 1, e.line());
        contains(e, "unexpected content after the snapshot object");
    }

    @Test
    void accountEnabledIsNotABoolean() throws IOException {
        String json = SnapshotFixture.tenant().member("a").member("b").json().replaceFirst(
                "(\"id\" : \"b\",\\s*\"accountEnabled\" : )true", "$1\"yes\"");
        InvalidInputException e = fails(json);
        assertEquals(lineOf(json, "\"yes\""), e.line());
        assertEquals("resources[\"users\"].value[1].accountEnabled", e.field());
        contains(e, "expected true, false or null, found the string \"yes\"");
    }

    @Test
    void valueIsNotAnArray() throws IOException {
        String json = SnapshotFixture.tenant().raw("users", SnapshotFixture.parse("{\"value\": {\"id\": \"a\"}}")).json();
        InvalidInputException e = fails(json);
        assertEquals("resources[\"users\"].value", e.field());
        assertTrue(e.line() > 0);
        contains(e, "expected an array of entities, found an object");
    }

    @Test
    void resourceIsNotAnObject() throws IOException {
        String json = SnapshotFixture.tenant().raw("domains", JsonNodeFactory.instance.arrayNode()).json();
        InvalidInputException e = fails(json);
        assertEquals("resources[\"domains\"]", e.field());
        assertEquals(lineOf(json, "\"domains\""), e.line());
        contains(e, "expected an object");
    }

    @Test
    void collectionWithoutValueOrError() throws IOException {
        InvalidInputException e = fails(SnapshotFixture.tenant()
                .raw("domains", SnapshotFixture.parse("{\"@odata.context\": \"x\"}")).json());
        assertEquals("resources[\"domains\"]", e.field());
        contains(e, "expected {\"value\": [...]} or {\"error\": {...}}");
    }

    @Test
    void conditionalAccessFieldOfWrongType() throws IOException {
        String json = SnapshotFixture.tenant().policy(SnapshotFixture.policy("ok"))
                .policy(SnapshotFixture.policy("broken")).json()
                .replaceFirst("(\"displayName\" : \"broken\"[\\s\\S]*?\"includeUsers\" : )\\[ \"All\" \\]", "$1\"All\"");
        InvalidInputException e = fails(json);
        assertEquals("resources[\"identity/conditionalAccess/policies\"].value[1].conditions.users.includeUsers",
                e.field());
        assertEquals(lineOf(json, "\"includeUsers\" : \"All\""), e.line());
        contains(e, "expected an array, found the string \"All\"");
    }

    @Test
    void grantControlsOfWrongType() throws IOException {
        String json = SnapshotFixture.tenant().policy(SnapshotFixture.policy("p")
                .raw("grantControls", JsonNodeFactory.instance.textNode("block"))).json();
        InvalidInputException e = fails(json);
        assertEquals("resources[\"identity/conditionalAccess/policies\"].value[0].grantControls", e.field());
        contains(e, "expected an object (GrantControls), found the string \"block\"");
    }

    @Test
    void domainValidityOfWrongType() throws IOException {
        String json = SnapshotFixture.tenant().domain("contoso.example", "Managed", true, true, 90).json()
                .replace("\"passwordValidityPeriodInDays\" : 90", "\"passwordValidityPeriodInDays\" : \"never\"");
        InvalidInputException e = fails(json);
        assertEquals("resources[\"domains\"].value[0].passwordValidityPeriodInDays", e.field());
        assertEquals(lineOf(json, "\"never\""), e.line());
        contains(e, "expected a number, found the string \"never\"");
    }

    @Test
    void userWithoutId() throws IOException {
        InvalidInputException e = fails(SnapshotFixture.tenant().member("a")
                .raw("users", SnapshotFixture.parse("{\"value\": [{\"id\": \"a\"}, {\"accountEnabled\": true}]}")).json());
        assertEquals("resources[\"users\"].value[1]", e.field());
        contains(e, "missing \"id\"");
    }

    @Test
    void errorRecordWithoutStatus() throws IOException {
        InvalidInputException e = fails(SnapshotFixture.tenant()
                .raw("domains", SnapshotFixture.parse("{\"error\": {\"code\": \"Forbidden\"}}")).json());
        assertEquals("resources[\"domains\"].error.status", e.field());
        contains(e, "expected the HTTP status as a number");
    }

    @Test
    void singletonWithSeveralValues() throws IOException {
        InvalidInputException e = fails(SnapshotFixture.tenant().raw(GraphResource.SECURITY_DEFAULTS.key(),
                SnapshotFixture.parse("{\"value\": [{\"isEnabled\": true}, {\"isEnabled\": false}]}")).json());
        assertEquals("resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].value", e.field());
        contains(e, "expected exactly one entity, found 2");
    }

    @Test
    void singletonFieldOfWrongType() throws IOException {
        String json = SnapshotFixture.tenant().raw(GraphResource.SECURITY_DEFAULTS.key(),
                SnapshotFixture.parse("{\"isEnabled\": [true]}")).json();
        InvalidInputException e = fails(json);
        assertEquals("resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].isEnabled", e.field());
        assertTrue(e.line() > 0);
        contains(e, "expected true, false or null, found an array");
    }

    @Test
    void missingFormat() throws IOException {
        InvalidInputException e = fails(SnapshotFixture.tenant().top("format", null).json());
        assertEquals("format", e.field());
        contains(e, "missing", "identity-secure-score-snapshot/2", "identity-secure-score-snapshot/1");
    }

    @Test
    void wrongFormatVersion() throws IOException {
        String json = SnapshotFixture.tenant().top("format", "identity-secure-score-snapshot/3").json();
        InvalidInputException e = fails(json);
        assertEquals("format", e.field());
        assertEquals(lineOf(json, "snapshot/3"), e.line());
        contains(e, "expected one of \"identity-secure-score-snapshot/1\", \"identity-secure-score-snapshot/2\","
                + " found \"identity-secure-score-snapshot/3\"");
    }

    @Test
    void badCapturedAt() throws IOException {
        String json = SnapshotFixture.tenant().top("capturedAt", "21/11/2026 10:00").json();
        InvalidInputException e = fails(json);
        assertEquals("capturedAt", e.field());
        assertEquals(lineOf(json, "21/11/2026"), e.line());
        contains(e, "expected an ISO-8601 instant", "21/11/2026 10:00");
    }

    @Test
    void missingResources() throws IOException {
        InvalidInputException e = fails("{\"format\": \"identity-secure-score-snapshot/1\"}");
        assertEquals("resources", e.field());
        contains(e, "missing", "an object of Graph resources");
    }

    @Test
    void notAnObject() throws IOException {
        InvalidInputException e = fails("[1, 2]");
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        contains(e, "expected a JSON object, found an array");
    }

    @Test
    void emptyFile() throws IOException {
        contains(fails(""), "expected a JSON object, found the end of the file");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void directory() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(dir));
        assertEquals(dir + ": is a directory, expected a snapshot file", e.getMessage());
    }
}
