package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object with two equal keys has no one meaning: Jackson keeps the last, which turned on
 * security defaults here. Every such object is rejected, naming the key and both positions
 * (where each value starts), in files and streams alike.
 */
class SnapshotDuplicateKeysTest {

    private static final String HEAD = "{\"format\": \"identity-secure-score-snapshot/1\",\n \"resources\": {\n";

    @TempDir
    Path dir;

    private InvalidInputException fails(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("snapshot.json"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        InvalidInputException fromStream = assertThrows(InvalidInputException.class, () -> new SnapshotReader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file.toString()));
        assertEquals(e.getMessage(), fromStream.getMessage());
        return e;
    }

    @Test
    void securityDefaultsEnabledTwice() throws IOException {
        String json = HEAD + "\"policies/identitySecurityDefaultsEnforcementPolicy\": {\n"
                + "  \"isEnabled\": false,\n  \"isEnabled\": true\n}}}";
        InvalidInputException e = fails(json);
        assertEquals(5, e.line());
        assertEquals(16, e.column());
        assertEquals("resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"]", e.field());
        assertEquals("duplicate key \"isEnabled\" (first at line 4, column 16); expected each key once per object",
                e.problem());
    }

    @Test
    void topLevelKeyTwice() throws IOException {
        InvalidInputException e = fails(HEAD + "\"users\": {\"value\": []}},\n"
                + "\"format\": \"identity-secure-score-snapshot/1\"}");
        assertEquals(4, e.line());
        assertEquals("the snapshot object", e.field());
        assertTrue(e.problem().startsWith("duplicate key \"format\" (first at line 1, column 12)"), e.problem());
    }

    @Test
    void resourceKeyTwice() throws IOException {
        InvalidInputException e = fails(HEAD + "\"users\": {\"value\": [{\"id\": \"a\", \"accountEnabled\": false}]},\n"
                + "\"users\": {\"value\": [{\"id\": \"a\", \"accountEnabled\": true}]}}}");
        assertEquals(4, e.line());
        assertEquals("resources", e.field());
        assertTrue(e.problem().startsWith("duplicate key \"users\" (first at line 3, column 10)"), e.problem());
    }

    @Test
    void accountFieldTwiceInAUser() throws IOException {
        InvalidInputException e = fails(HEAD + "\"users\": {\"value\": [{\"id\": \"a\"},\n"
                + "{\"id\": \"b\", \"accountEnabled\": false,\n \"accountEnabled\": true}]}}}");
        assertEquals(5, e.line());
        assertEquals("resources[\"users\"].value[1]", e.field());
        assertTrue(e.problem().startsWith("duplicate key \"accountEnabled\" (first at line 4, column 31)"), e.problem());
    }

    @Test
    void keyTwiceInAnObjectTheReaderSkips() throws IOException {
        InvalidInputException e = fails(HEAD + "\"users\": {\"value\": [{\"id\": \"a\",\n"
                + " \"onPremisesExtensionAttributes\": {\"extensionAttribute1\": \"x\", \"extensionAttribute1\": \"y\"}}]},\n"
                + "\"futureResource\": {\"a\": 1, \"a\": 2}}}");
        assertEquals(4, e.line());
        assertEquals("resources[\"users\"].value[0].onPremisesExtensionAttributes", e.field());
    }

    @Test
    void keyTwiceInAnUnknownResource() throws IOException {
        InvalidInputException e = fails(HEAD + "\"futureResource\": {\"value\": [{\"a\": 1,\n \"a\": 2}]}}}");
        assertEquals(4, e.line());
        assertEquals("resources[\"futureResource\"].value[0]", e.field());
    }

    @Test
    void keyTwiceInABoundEntity() throws IOException {
        InvalidInputException e = fails(HEAD + "\"domains\": {\"value\": [{\"id\": \"contoso.example\",\n"
                + " \"passwordValidityPeriodInDays\": 90,\n \"passwordValidityPeriodInDays\": 2147483647}]}}}");
        assertEquals(5, e.line());
        assertEquals("resources[\"domains\"].value[0]", e.field());
        assertTrue(e.problem().startsWith("duplicate key \"passwordValidityPeriodInDays\" (first at line 4, column 34)"),
                e.problem());
    }

    @Test
    void keyTwiceDeepInAConditionalAccessPolicy() throws IOException {
        InvalidInputException e = fails(HEAD + "\"identity/conditionalAccess/policies\": {\"value\": [{\"id\": \"p\","
                + " \"state\": \"enabled\", \"conditions\": {\"users\": {\"includeUsers\": [\"All\"],\n"
                + " \"includeUsers\": [\"none\"]}}}]}}}");
        assertEquals(4, e.line());
        assertEquals("resources[\"identity/conditionalAccess/policies\"].value[0].conditions.users", e.field());
    }

    @Test
    void keyTwiceInAGraphErrorRecord() throws IOException {
        InvalidInputException e = fails(HEAD + "\"domains\": {\"error\": {\"status\": 403,\n \"status\": 200}}}}");
        assertEquals(4, e.line());
        assertEquals("resources[\"domains\"].error", e.field());
    }

    @Test
    void keyTwiceInAGroupMember() throws IOException {
        InvalidInputException e = fails(HEAD + "\"groups/g1/transitiveMembers\": {\"value\": [{\"id\": \"a\",\n"
                + " \"@odata.type\": \"#microsoft.graph.device\", \"@odata.type\": \"#microsoft.graph.user\"}]}}}");
        assertEquals(4, e.line());
        assertEquals("resources[\"groups/g1/transitiveMembers\"].value[0]", e.field());
    }

    @Test
    void equalKeysInDifferentObjectsAreFine() throws IOException {
        StringBuilder users = new StringBuilder();
        for (int n = 0; n < 40; n++) {
            users.append(n == 0 ? "" : ",").append("{\"id\": \"u").append(n).append("\", \"accountEnabled\": true}");
        }
        // an object of more keys than are compared one by one
        StringBuilder wide = new StringBuilder("{\"id\": \"w\"");
        for (int k = 0; k < 100; k++) {
            wide.append(", \"k").append(k).append("\": ").append(k);
        }
        wide.append('}');
        String json = HEAD + "\"users\": {\"value\": [" + users + "," + wide + "]}}}";
        Path file = Files.writeString(dir.resolve("ok.json"), json);
        assertEquals(41, new SnapshotReader().read(file).directory().size());
        InvalidInputException e = fails(json.replace("\"k99\": 99", "\"k99\": 99, \"k7\": 8"));
        assertTrue(e.problem().startsWith("duplicate key \"k7\""), e.problem());
    }
}
