package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.securescore.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The error for an entity listed twice in its array. The hot path keeps no position per
 * account, so the first record is found when the error is raised: in a file by reading it
 * again up to that record; a stream cannot be read again, so there the message only says
 * that an earlier record has the id.
 */
final class RepeatedRecords {

    private RepeatedRecords() {
    }

    /**
     * @param file     the snapshot file, or null for a stream
     * @param key      the resource key (e.g. {@code users})
     * @param what     what the records are ("user", "registration record", "group member")
     * @param id       the repeated id
     * @param ordinal  the repeat's index in the array
     */
    static InvalidInputException error(String source, Path file, String key, String what, String id, int ordinal,
                                       int line, int column) {
        String array = "resources[\"" + key + "\"].value";
        String first = file == null ? null : first(file, key, id);
        return new InvalidInputException(source, line, column, array + "[" + ordinal + "]",
                what + " \"" + SnapshotCursor.abbreviate(id) + "\" is listed twice in " + array + ": "
                        + (first != null ? "first at " + first : "an earlier record has the same id")
                        + "; expected one record per id");
    }

    /** "index 3 (line 5, column 7)" of the first record in resources[key].value whose id equals {@code id}. */
    private static String first(Path file, String key, String id) {
        long[] wanted = DirectoryIds.parseUuid(id);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = new JsonFactory().createParser(in)) {
            if (!enter(parser, "resources") || !enter(parser, key) || !enter(parser, "value")
                    || parser.currentToken() != JsonToken.START_ARRAY) {
                return null;
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonLocation start = parser.currentTokenLocation();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    JsonToken value = parser.nextToken();
                    if ("id".equals(name) && value == JsonToken.VALUE_STRING && same(parser.getText(), id, wanted)) {
                        return "index " + index + " (line " + start.getLineNr() + ", column " + start.getColumnNr() + ")";
                    }
                    parser.skipChildren();
                }
                index++;
            }
        } catch (IOException | RuntimeException e) {
            // the file changed or went away since: the message names only the repeat
        }
        return null;
    }

    private static boolean same(String candidate, String id, long[] wanted) {
        if (wanted != null) {
            return Arrays.equals(wanted, DirectoryIds.parseUuid(candidate));
        }
        return candidate.equals(id);
    }

    /** Moves into the object the parser is at (or the document) to the value of {@code name}. */
    private static boolean enter(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        String field;
        while ((field = parser.nextFieldName()) != null) {
            parser.nextToken();
            if (field.equals(name)) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }
}
