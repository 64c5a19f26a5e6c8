package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Users and registration records are stored by a second thread once an array outgrows one
 * batch: indexes, flags, names and error positions must be exactly those of a single-threaded
 * read, and no thread may outlive a read, whether it succeeds or fails.
 */
class DirectoryFeedTest {

    private static final int LARGE = 5 * DirectoryFeed.BATCH + 123;

    private static String id(int k) {
        return "%08x-0000-4000-8000-%012x".formatted(k, k);
    }

    /** {@code count} users, one per line, then registration records for every user in reverse order plus extra ones. */
    private static String snapshot(int count, IntFunction<String> userLine) {
        StringBuilder json = new StringBuilder(
                "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\n\"users\": {\"value\": [\n");
        for (int k = 0; k < count; k++) {
            json.append(k == 0 ? "" : ",\n").append(userLine.apply(k));
        }
        json.append("\n]},\n\"reports/authenticationMethods/userRegistrationDetails\": {\"value\": [\n");
        for (int k = count + 2; k >= 0; k--) {
            json.append(k == count + 2 ? "" : ",\n")
                    .append("{\"id\": \"%s\", \"userDisplayName\": \"Reg %d\", \"userPrincipalName\": \"reg%d@contoso.com\", \"userType\": \"%s\", \"isMfaRegistered\": %s, \"isSsprEnabled\": %s}"
                            .formatted(id(k), k, k, k % 5 == 0 ? "guest" : "member", k % 3 == 0, k % 4 == 0));
        }
        return json.append("\n]}\n}}\n").toString();
    }

    private static String user(int k) {
        String name = k % 7 == 0 ? "null" : "\"Üser " + k + "\"";
        return "{\"id\": \"%s\", \"displayName\": %s, \"userPrincipalName\": \"u%d@contoso.com\", \"accountEnabled\": %s, \"userType\": \"%s\"}"
                .formatted(id(k), name, k, k % 2 == 0, k % 10 == 0 ? "Guest" : "Member");
    }

    private static TenantSnapshot read(SnapshotReader reader, String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static long storingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("snapshot-directory") && t.isAlive()).count();
    }

    @Test
    void aLargeReadStoresEveryRecordInArrivalOrder() throws IOException {
        DirectoryUsers d = read(new SnapshotReader(), snapshot(LARGE, DirectoryFeedTest::user)).directory();

        assertEquals(LARGE + 3, d.size(), "every user plus the three registration-only ids");
        for (int k = 0; k < LARGE; k++) {
            assertEquals(k, d.indexOf(id(k)), "users get indexes in the order they are listed");
            assertTrue(d.isUser(k));
            assertEquals(k % 2 == 0, d.accountEnabled(k), "enabled " + k);
            assertEquals(k % 10 == 0, d.guest(k), "guest " + k);
            assertEquals(k % 10 != 0, d.member(k), "member " + k);
            assertTrue(d.hasRegistration(k));
            assertEquals(k % 3 == 0, d.mfaRegistered(k), "mfa " + k);
            assertEquals(k % 4 == 0, d.ssprEnabled(k), "sspr " + k);
            assertEquals(k % 7 == 0 ? null : "Üser " + k, d.displayName(k), "the users collection's names win");
            assertEquals("u" + k + "@contoso.com", d.userPrincipalName(k));
        }
        // registration-only ids come after the users, in the registration records' (reverse) order
        for (int extra = 0; extra < 3; extra++) {
            int k = LARGE + 2 - extra;
            int index = d.indexOf(id(k));
            assertEquals(LARGE + extra, index);
            assertFalse(d.isUser(index));
            assertEquals("Reg " + k, d.displayName(index), "names of an id no user named come from its registration");
            assertEquals(k % 5 == 0, d.guest(index));
        }
        assertEquals(0, storingThreads());
    }

    @Test
    void anErrorDeepInALargeUsersArrayNamesTheEntityAndLine() throws IOException {
        int bad = 4 * DirectoryFeed.BATCH + 17;
        String json = snapshot(LARGE, k -> k == bad ? user(k).replace("\"accountEnabled\": " + (k % 2 == 0), "\"accountEnabled\": \"yes\"") : user(k));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(new SnapshotReader(), json));

        assertEquals("resources[\"users\"].value[" + bad + "].accountEnabled", e.field());
        assertEquals(3 + bad, e.line(), "users start on line 3, one per line");
        assertEquals("expected true, false or null, found the string \"yes\"", e.problem());
        assertEquals(0, storingThreads(), "a failed read leaves no thread behind");
    }

    @Test
    void aMissingIdDeepInTheRegistrationsIsReportedWithItsIndex() throws IOException {
        String json = snapshot(LARGE, DirectoryFeedTest::user).replace("{\"id\": \"" + id(100) + "\", \"userDisplayName\"",
                "{\"userDisplayName\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(new SnapshotReader(), json));

        int position = LARGE + 2 - 100;   // registration records are listed from LARGE + 2 down to 0
        assertEquals("resources[\"reports/authenticationMethods/userRegistrationDetails\"].value[" + position + "]",
                e.field());
        assertEquals("missing \"id\"", e.problem());
        assertEquals(0, storingThreads());
    }

    @Test
    void oneReaderReadsTwiceAndManySmallSnapshotsAlike() throws IOException {
        SnapshotReader reader = new SnapshotReader();
        String large = snapshot(LARGE, DirectoryFeedTest::user);
        DirectoryUsers first = read(reader, large).directory();
        DirectoryUsers second = read(reader, large).directory();
        assertEquals(first.size(), second.size());
        for (int index = 0; index < first.size(); index++) {
            assertEquals(first.id(index), second.id(index));
            assertEquals(first.label(index), second.label(index));
            assertEquals(first.mfaRegistered(index), second.mfaRegistered(index));
        }

        String small = snapshot(3, DirectoryFeedTest::user);
        for (int round = 0; round < 300; round++) {
            DirectoryUsers d = read(reader, small).directory();
            assertEquals(6, d.size());
            assertEquals("u2@contoso.com", d.label(2));
        }
        assertEquals(0, storingThreads());
    }

    @Test
    void aRepeatedIdFieldIsInternedAsBeforeAndTheLastOneIsTheUser() throws IOException {
        String json = """
                {"format": "identity-secure-score-snapshot/1", "resources": {"users": {"value": [
                  {"id": "%s", "displayName": "Twice", "id": "%s", "accountEnabled": true}
                ]}}}
                """.formatted(id(1), id(2));
        DirectoryUsers d = read(new SnapshotReader(), json).directory();

        assertEquals(2, d.size());
        assertEquals(0, d.indexOf(id(1)));
        assertFalse(d.isUser(0));
        assertNull(d.displayName(0));
        assertTrue(d.isUser(1));
        assertTrue(d.accountEnabled(1));
        assertEquals("Twice", d.displayName(1));
    }
}
