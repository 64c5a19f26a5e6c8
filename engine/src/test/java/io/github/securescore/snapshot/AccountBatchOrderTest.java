package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts reach the directory a batch at a time; every account must still get the index of its
 * first appearance, its flags and its names, across batch boundaries, ids that are no GUIDs and
 * registration records that come before the users they describe (a repeated record is an error:
 * see {@link SnapshotDuplicateRecordsTest}).
 */
class AccountBatchOrderTest {

    private static final int USERS = 3 * AccountBatch.CAPACITY + 17;

    @TempDir
    Path dir;

    @Test
    void indexesFlagsAndNamesAreThoseOfOneRecordAtATime() throws IOException {
        Random random = new Random(11);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < USERS; n++) {
            ids.add(n % 97 == 5 ? "legacy-account-" + n
                    : String.format(Locale.ROOT, "%08x-%04x-4%03x-8000-%012x", random.nextInt(), n, n, n));
        }
        // registration details first, in an order of their own, some for accounts no user lists
        StringBuilder registrations = new StringBuilder();
        List<String> registered = new ArrayList<>();
        for (int n = USERS - 1; n >= 0; n -= 2) {
            registered.add(ids.get(n));
        }
        registered.add("99999999-9999-4999-8999-999999999999");
        for (int k = 0; k < registered.size(); k++) {
            String id = registered.get(k);
            registrations.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\": \"%s\", \"userDisplayName\": \"Registered %s\", \"userPrincipalName\": \"reg-%s@contoso.com\","
                            + " \"isMfaRegistered\": %b, \"userType\": \"member\"}",
                    id, id, id, k % 3 == 0));
        }
        StringBuilder users = new StringBuilder();
        for (int n = 0; n < USERS; n++) {
            // names only on even users
            String user = String.format(Locale.ROOT, "{\"id\": \"%s\", \"accountEnabled\": %b%s}", ids.get(n), n % 4 != 0,
                    n % 2 == 0 ? ", \"displayName\": \"User " + n + "\", \"userPrincipalName\": \"user" + n + "@contoso.com\"" : "");
            users.append(n == 0 ? "" : ",").append(user);
        }
        String json = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {"
                + "\"reports/authenticationMethods/userRegistrationDetails\": {\"value\": [" + registrations + "]},"
                + "\"users\": {\"value\": [" + users + "]}}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        Set<String> firstAppearance = new LinkedHashSet<>(registered);
        firstAppearance.addAll(ids);
        List<String> expectedOrder = List.copyOf(firstAppearance);

        DirectoryUsers fromStream = new SnapshotReader().read(new ByteArrayInputStream(bytes), "s.json").directory();
        DirectoryUsers fromFile = new SnapshotReader().read(Files.write(dir.resolve("s.json"), bytes)).directory();
        for (DirectoryUsers d : List.of(fromStream, fromFile)) {
            assertEquals(expectedOrder.size(), d.size());
            for (int i = 0; i < expectedOrder.size(); i++) {
                assertEquals(i, d.indexOf(expectedOrder.get(i)), expectedOrder.get(i));
            }
            for (int n = 0; n < USERS; n++) {
                int i = d.indexOf(ids.get(n));
                assertTrue(d.isUser(i));
                assertEquals(n % 4 != 0, d.accountEnabled(i), ids.get(n));
                boolean isRegistered = (USERS - 1 - n) % 2 == 0;
                assertEquals(isRegistered, d.hasRegistration(i), ids.get(n));
                if (isRegistered) {
                    assertEquals((registered.indexOf(ids.get(n)) % 3) == 0, d.mfaRegistered(i), ids.get(n));
                }
                String label = n % 2 == 0 ? "user" + n + "@contoso.com"
                        : isRegistered ? "reg-" + ids.get(n) + "@contoso.com" : ids.get(n);
                assertEquals(label, d.label(i), "users' names win; registration names label the others");
            }
            int onlyRegistered = d.indexOf("99999999-9999-4999-8999-999999999999");
            assertFalse(d.isUser(onlyRegistered));
            assertEquals("Registered 99999999-9999-4999-8999-999999999999", d.displayName(onlyRegistered));
        }
    }

    @Test
    void anErrorAfterSeveralBatchesNamesItsRecordAndLine() throws IOException {
        int count = 10 * AccountBatch.CAPACITY;
        int bad = 7 * AccountBatch.CAPACITY + 100;
        StringBuilder json = new StringBuilder("{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\"users\": {\"value\": [");
        for (int n = 0; n < count; n++) {
            json.append(n == 0 ? "" : ",\n").append(n == bad ? "{\"accountEnabled\": true}"
                    : String.format(Locale.ROOT, "{\"id\": \"%08x-0000-4000-8000-000000000000\"}", n));
        }
        json.append("]}}}");
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertEquals("resources[\"users\"].value[" + bad + "]", e.field());
        assertEquals(bad + 1, e.line());
        assertTrue(e.getMessage().contains("missing \"id\""), e.getMessage());
    }
}
