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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record listed twice in its array was merged by OR-ing flags: a disabled user listed again
 * enabled counted as enabled. Now the repeat is an error naming the id and both records (the
 * first one's position only where the file can be read again). Users and registration details
 * share ids, one record each per account: that is no repeat.
 */
class SnapshotDuplicateRecordsTest {

    private static final String HEAD = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\n";

    @TempDir
    Path dir;

    private static String guid(int n) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", n, n);
    }

    private InvalidInputException fromFile(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("snapshot.json"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertEquals(file.toString(), e.source());
        return e;
    }

    private static InvalidInputException fromStream(String json) {
        return assertThrows(InvalidInputException.class, () -> new SnapshotReader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stream.json"));
    }

    @Test
    void aDisabledUserListedAgainEnabled() throws IOException {
        String json = HEAD + "\"users\": {\"value\": [\n{\"id\": \"" + guid(1) + "\", \"accountEnabled\": true},\n"
                + "{\"id\": \"" + guid(2) + "\", \"accountEnabled\": false},\n"
                + "{\"id\": \"" + guid(2).toUpperCase(Locale.ROOT) + "\", \"accountEnabled\": true}]}}}";
        InvalidInputException e = fromFile(json);
        assertEquals("resources[\"users\"].value[2]", e.field());
        assertEquals(5, e.line());
        assertEquals(1, e.column());
        assertEquals("user \"" + guid(2) + "\" is listed twice in resources[\"users\"].value: first at index 1"
                + " (line 4, column 1); expected one record per id", e.problem());

        InvalidInputException s = fromStream(json);
        assertEquals("resources[\"users\"].value[2]", s.field());
        assertEquals(5, s.line());
        assertTrue(s.problem().contains("an earlier record has the same id"), s.problem());
    }

    @Test
    void aRepeatSeveralBatchesLaterAndAnIdThatIsNoGuid() throws IOException {
        int count = 3 * AccountBatch.CAPACITY + 5;
        StringBuilder users = new StringBuilder();
        for (int n = 0; n < count; n++) {
            users.append(n == 0 ? "" : ",\n").append("{\"id\": \"").append(n == 7 ? "legacy" : guid(n)).append("\"}");
        }
        users.append(",\n{\"id\": \"legacy\"}");
        InvalidInputException e = fromFile(HEAD + "\"users\": {\"value\": [\n" + users + "]}}}");
        assertEquals("resources[\"users\"].value[" + count + "]", e.field());
        assertEquals(count + 3, e.line());
        assertTrue(e.problem().startsWith("user \"legacy\" is listed twice in resources[\"users\"].value: first at index 7"
                + " (line 10, column 1)"), e.problem());
    }

    @Test
    void aRegistrationRecordTwiceWhileUsersShareItsId() throws IOException {
        String reg = "\"reports/authenticationMethods/userRegistrationDetails\"";
        String ok = HEAD + "\"users\": {\"value\": [{\"id\": \"" + guid(1) + "\"}, {\"id\": \"" + guid(2) + "\"}]},\n"
                + reg + ": {\"value\": [{\"id\": \"" + guid(2) + "\", \"isMfaRegistered\": false},\n"
                + "{\"id\": \"" + guid(1) + "\", \"isMfaRegistered\": true}]}}}";
        Path file = Files.writeString(dir.resolve("ok.json"), ok);
        assertEquals(2, new SnapshotReader().read(file).directory().size());

        InvalidInputException e = fromFile(ok.replace("}]}}}", "},\n{\"id\": \"" + guid(2) + "\", \"isMfaRegistered\": true}]}}}"));
        assertEquals("resources[" + reg + "].value[2]", e.field());
        assertEquals(5, e.line());
        assertTrue(e.problem().startsWith("registration record \"" + guid(2) + "\" is listed twice in resources["
                + reg + "].value: first at index 0 (line 3, column 69)"), e.problem());
    }

    @Test
    void aGroupMemberTwice() throws IOException {
        String json = HEAD + "\"groups/g1/transitiveMembers\": {\"value\": [\n{\"id\": \"" + guid(1) + "\"},\n"
                + "{\"id\": \"" + guid(3) + "\", \"@odata.type\": \"#microsoft.graph.user\"},\n{\"id\": \"" + guid(3) + "\"}]}}}";
        InvalidInputException e = fromFile(json);
        assertEquals("resources[\"groups/g1/transitiveMembers\"].value[2]", e.field());
        assertEquals(5, e.line());
        assertTrue(e.problem().startsWith("group member \"" + guid(3) + "\" is listed twice in"
                + " resources[\"groups/g1/transitiveMembers\"].value: first at index 1 (line 4, column 1)"), e.problem());
    }

    @Test
    void aPolicyOrRoleAssignmentTwice() throws IOException {
        String policies = HEAD + "\"identity/conditionalAccess/policies\": {\"value\": [\n"
                + "{\"id\": \"p1\", \"state\": \"disabled\"},\n{\"id\": \"P1\", \"state\": \"enabled\"}]}}}";
        InvalidInputException e = fromFile(policies);
        assertEquals("resources[\"identity/conditionalAccess/policies\"].value[1]", e.field());
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("id \"P1\" is listed twice in resources[\"identity/conditionalAccess/policies\"]"
                + ".value: first at index 0 (line 3, column 1)"), e.problem());
        assertEquals(e.problem(), fromStream(policies).problem(), "small entities keep their positions in memory");

        InvalidInputException roles = fromFile(HEAD + "\"roleManagement/directory/roleAssignments\": {\"value\": [\n"
                + "{\"id\": \"a1\", \"principalId\": \"u\", \"roleDefinitionId\": \"r\"},\n"
                + "{\"id\": \"a1\", \"principalId\": \"v\", \"roleDefinitionId\": \"r\"}]}}}");
        assertEquals("resources[\"roleManagement/directory/roleAssignments\"].value[1]", roles.field());
    }
}
