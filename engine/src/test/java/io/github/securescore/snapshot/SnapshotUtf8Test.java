package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ill-formed UTF-8 is rejected with its byte offset wherever it is: in a string the reader
 * decodes, in a name it skips undecoded, in a key, across the reader's buffers. Jackson alone
 * accepts overlong forms (C0 AF), surrogates in skipped strings (ED A0 80) and code points
 * above U+10FFFF (F4 90 80 80).
 */
class SnapshotUtf8Test {

    @TempDir
    Path dir;

    static Stream<Arguments> illFormed() {
        List<Arguments> cases = new ArrayList<>();
        String[][] sequences = {
                {"C0 AF", "an overlong encoding"}, {"C1 BF", "an overlong encoding"},
                {"E0 80 AF", "an overlong encoding"}, {"F0 80 80 AF", "an overlong encoding"},
                {"ED A0 80", "a surrogate"}, {"ED BF BF", "a surrogate"},
                {"F4 90 80 80", "above U+10FFFF"}, {"E2 82", "cut short"}, {"80", "a continuation byte without"},
                {"FF", "never occurs"}, {"F8 88 80 80 80", "never occurs"}};
        // where: a display name the file read skips undecoded, an id it decodes, a key, deep in a big file
        String[] places = {"displayName", "id", "key", "far"};
        for (String[] sequence : sequences) {
            for (String place : places) {
                cases.add(Arguments.of(sequence[0], sequence[1], place));
            }
        }
        return cases.stream();
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    /** A snapshot with {@code bad} inserted at {@code place}; returns the bytes and the bad sequence's offset. */
    private static Object[] snapshot(byte[] bad, String place) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\"users\": {\"value\": [\n"
                .getBytes(StandardCharsets.UTF_8));
        int users = place.equals("far") ? 2_000 : 3;
        int badUser = users - 2;
        long offset = -1;
        for (int n = 0; n < users; n++) {
            String id = String.format("%08x-0000-4000-8000-000000000000", n);
            String prefix = (n == 0 ? "" : ",\n") + "{\"id\": \"" + (n == badUser && place.equals("id") ? "x" : id);
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            if (n == badUser && place.equals("id")) {
                offset = out.size();
                out.write(bad);
            }
            out.write(("\", \"accountEnabled\": true, " + (n == badUser && place.equals("key") ? "\"k" : "\"displayName\": \"Zoë "
                    + "ü".repeat(n % 50))).getBytes(StandardCharsets.UTF_8));
            if (n == badUser && !place.equals("id")) {
                offset = out.size();
                out.write(bad);
            }
            out.write((n == badUser && place.equals("key") ? "\": 1}" : "\"}").getBytes(StandardCharsets.UTF_8));
        }
        out.write("]}}}".getBytes(StandardCharsets.UTF_8));
        return new Object[] {out.toByteArray(), offset};
    }

    @ParameterizedTest
    @MethodSource("illFormed")
    void rejectedWithItsByteOffset(String hex, String what, String place) throws IOException {
        Object[] made = snapshot(bytes(hex), place);
        byte[] json = (byte[]) made[0];
        long offset = (long) made[1];
        Path file = Files.write(dir.resolve("snapshot.json"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.problem().startsWith("invalid UTF-8 at byte offset " + offset + ": "), e.getMessage());
        assertTrue(e.problem().contains(what), e.getMessage());
        SnapshotMessagesTest.assertOwnWords(e);
        InvalidInputException fromStream = assertThrows(InvalidInputException.class,
                () -> new SnapshotReader().read(new ByteArrayInputStream(json), "stream.json"));
        assertEquals(e.problem(), fromStream.problem());
    }

    @Test
    void truncatedAtTheEndOfTheFile() throws IOException {
        byte[] text = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {}}".getBytes(StandardCharsets.UTF_8);
        byte[] json = new byte[text.length + 2];
        System.arraycopy(text, 0, json, 0, text.length);
        json[text.length] = (byte) 0xF0;
        json[text.length + 1] = (byte) 0x9F;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SnapshotReader().read(Files.write(dir.resolve("t.json"), json)));
        assertTrue(e.problem().startsWith("invalid UTF-8 at byte offset " + text.length + ": "), e.getMessage());
    }

    @Test
    void utf16IsRefused() throws IOException {
        byte[] json = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {}}".getBytes(StandardCharsets.UTF_16BE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SnapshotReader().read(Files.write(dir.resolve("u.json"), json)));
        assertTrue(e.problem().startsWith("invalid UTF-8 at byte offset 0: a NUL byte"), e.getMessage());
    }

    @Test
    void wellFormedSequencesAcrossBuffersAreReadAndNamesReadBack() throws IOException {
        // every length of sequence, straddling the 64 KB buffers at every alignment
        StringBuilder json = new StringBuilder("{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\"users\": {\"value\": [\n");
        int users = 4_000;
        for (int n = 0; n < users; n++) {
            json.append(n == 0 ? "" : ",\n").append(String.format("{\"id\": \"%08x-0000-4000-8000-000000000000\", ", n))
                    .append("\"displayName\": \"").append("a".repeat(n % 7)).append("é€😀\uFFFD\u0800\uD7FF\uE000 ").append(n)
                    .append("\", \"userPrincipalName\": \"u").append(n).append("@contoso.com\"}");
        }
        json.append("]}}}");
        Path file = Files.writeString(dir.resolve("ok.json"), json, StandardCharsets.UTF_8);
        DirectoryUsers d = new SnapshotReader().read(file).directory();
        for (int n = 0; n < users; n += 37) {
            int i = d.indexOf(String.format("%08x-0000-4000-8000-000000000000", n));
            assertEquals("a".repeat(n % 7) + "é€😀\uFFFD\u0800\uD7FF\uE000 " + n, d.displayName(i));
        }
    }
}
