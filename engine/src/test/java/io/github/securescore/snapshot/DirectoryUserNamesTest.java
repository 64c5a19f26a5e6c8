package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names and user types come out as the snapshot wrote them, whether they were kept in memory
 * (a stream) or are read back from the snapshot file when an account is labelled.
 */
class DirectoryUserNamesTest {

    private static final String ZOE = "11111111-1111-4111-8111-111111111111";
    private static final String EMOJI = "22222222-2222-4222-8222-222222222222";
    private static final String NO_NAME = "33333333-3333-4333-8333-333333333333";
    private static final String ONLY_REGISTERED = "44444444-4444-4444-8444-444444444444";
    private static final String NAMELESS_USER = "55555555-5555-4555-8555-555555555555";

    @TempDir
    Path dir;

    /** The two ways a snapshot is read, which keep names differently. */
    enum Read {
        STREAM, FILE
    }

    private DirectoryUsers read(Read how, byte[] json) {
        return switch (how) {
            case STREAM -> {
                try {
                    yield new SnapshotReader().read(new ByteArrayInputStream(json), "test.json").directory();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case FILE -> new SnapshotReader().read(write(json)).directory();
        };
    }

    private Path write(byte[] json) {
        try {
            return Files.write(dir.resolve("snapshot.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"STREAM, true", "STREAM, false", "FILE, true", "FILE, false"})
    void namesSurviveTheReadAndUsersWinOverRegistrationDetails(Read how, boolean registrationsFirst) {
        String registrations = """
                  "reports/authenticationMethods/userRegistrationDetails": {"value": [
                    {"userDisplayName": "Someone Else", "userPrincipalName": "else@contoso.com", "id": "%s",
                     "userType": "member", "isMfaRegistered": true},
                    {"id": "%s", "userDisplayName": "Registered Only", "userPrincipalName": "reg@contoso.com",
                     "userType": "guest", "isSsprEnabled": true},
                    {"id": "%s", "userDisplayName": "Named By Registration", "userPrincipalName": null}
                  ]}""".formatted(ZOE, ONLY_REGISTERED, NAMELESS_USER);
        String users = """
                  "users": {"value": [
                    {"id": "%s", "displayName": "Zoë Ørsted-Ñúñez", "userPrincipalName": "zoe@contoso.com",
                     "accountEnabled": true, "userType": "member"},
                    {"id": "%s", "displayName": "Smile \\ud83d\\ude00 and lone \\ud800 end", "userPrincipalName": null,
                     "accountEnabled": true, "userType": "GUEST"},
                    {"id": "%s", "displayName": null, "accountEnabled": false, "userType": null},
                    {"id": "%s", "accountEnabled": true}
                  ]}""".formatted(ZOE, EMOJI, NO_NAME, NAMELESS_USER);
        String json = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\n"
                + (registrationsFirst ? registrations + ",\n" + users : users + ",\n" + registrations) + "\n}}\n";
        DirectoryUsers d = read(how, json.getBytes(StandardCharsets.UTF_8));

        int zoe = d.indexOf(ZOE);
        assertEquals("Zoë Ørsted-Ñúñez", d.displayName(zoe), "the users collection wins, before or after");
        assertEquals("zoe@contoso.com", d.userPrincipalName(zoe));
        assertEquals("zoe@contoso.com", d.label(zoe));
        assertTrue(d.member(zoe));
        assertTrue(d.mfaRegistered(zoe));

        int emoji = d.indexOf(EMOJI);
        assertEquals("Smile \ud83d\ude00 and lone ? end", d.displayName(emoji));
        assertNull(d.userPrincipalName(emoji));
        assertEquals("Smile \ud83d\ude00 and lone ? end", d.label(emoji));
        assertTrue(d.guest(emoji));

        int noName = d.indexOf(NO_NAME);
        assertNull(d.displayName(noName));
        assertEquals(NO_NAME, d.label(noName));
        assertTrue(d.member(noName), "a null userType is a member");
        assertFalse(d.accountEnabled(noName));

        int registered = d.indexOf(ONLY_REGISTERED);
        assertFalse(d.isUser(registered));
        assertEquals("Registered Only", d.displayName(registered));
        assertEquals("reg@contoso.com", d.userPrincipalName(registered));
        assertTrue(d.guest(registered));
        assertTrue(d.ssprEnabled(registered));

        int nameless = d.indexOf(NAMELESS_USER);
        assertEquals("Named By Registration", d.label(nameless), "a user without names takes the registration's");

        assertNull(d.displayName(-1));
        assertNull(d.displayName(d.size()));
    }

    @Test
    void aFileReadKeepsWhereNamesAreNotTheNames() {
        DirectoryUsers d = new SnapshotReader().read(write(tenant(3).getBytes(StandardCharsets.UTF_8))).directory();
        assertInstanceOf(SnapshotFileAccountNames.class, d.names());
    }

    @Test
    void labelsAreFoundAcrossReadBuffersAndAfterAByteOrderMark() throws IOException {
        int users = 3_000;   // ~400 KB: entities straddle the reader's 64 KB buffers
        byte[] text = tenant(users).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        for (byte[] json : new byte[][] {text, withBom}) {
            DirectoryUsers d = read(Read.FILE, json);
            for (int n = 0; n < users; n++) {
                int i = d.indexOf(id(n));
                assertEquals(upn(n), d.label(i));
                assertEquals("Ünïcode User " + n, d.displayName(i));
            }
        }
    }

    @Test
    void aSnapshotFileChangedOrRemovedAfterTheReadLeavesIdsAsLabels() throws IOException {
        Path file = write(tenant(10).getBytes(StandardCharsets.UTF_8));
        DirectoryUsers d = new SnapshotReader().read(file).directory();
        assertEquals(upn(1), d.label(d.indexOf(id(1))));

        // the same file with every entity shifted: the offset now points into the wrong place
        Files.writeString(file, " ".repeat(17) + tenant(10), StandardCharsets.UTF_8);
        assertEquals(id(2), d.label(d.indexOf(id(2))));
        assertEquals(upn(1), d.label(d.indexOf(id(1))), "a label read before stays");

        Files.delete(file);
        assertEquals(id(3), d.label(d.indexOf(id(3))));
    }

    private static String tenant(int users) {
        StringBuilder json = new StringBuilder("""
                {"format": "identity-secure-score-snapshot/1", "resources": {"users": {"value": [
                """);
        Function<Integer, String> user = n -> String.format(Locale.ROOT,
                "{\"id\": \"%s\", \"displayName\": \"Ünïcode User %d\", \"userPrincipalName\": \"%s\","
                        + " \"accountEnabled\": true, \"userType\": \"Member\", \"padding\": \"%s\"}",
                id(n), n, upn(n), "x".repeat(n % 97));
        for (int n = 0; n < users; n++) {
            json.append(n == 0 ? "" : ",\n").append(user.apply(n));
        }
        return json.append("]}}}").toString();
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", n, n);
    }

    private static String upn(int n) {
        return "user" + n + "@contoso.com";
    }
}
