package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The parser of one snapshot read, shared by the readers of each resource kind, with the
 * reader's wording for what it expected: every message names the source, the line and column
 * and the field path. While an array of entities is streamed it knows the entity's index, so
 * that field paths are only built when there is an error.
 */
final class SnapshotCursor {

    private final UniqueKeysParser parser;
    private final String source;
    private final Path file;
    private String entityArray;
    private int entityIndex = -1;

    /** {@code file} is the snapshot file, or null when it is read from a stream. */
    SnapshotCursor(UniqueKeysParser parser, String source, Path file) {
        this.parser = parser;
        this.source = source;
        this.file = file;
    }

    /** The snapshot file, to look at again for an error; null for a stream. */
    Path file() {
        return file;
    }

    UniqueKeysParser parser() {
        return parser;
    }

    /** The index of the entity being streamed, or -1 outside an array of entities. */
    int entityIndex() {
        return entityIndex;
    }

    String source() {
        return source;
    }

    /** Streams an array of objects, handing each to {@code entity} positioned on its START_OBJECT. */
    void streamEntities(String field, EntityReader entity) throws IOException {
        entityArray = field;
        entityIndex = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser.currentToken(), JsonToken.START_OBJECT, "", "an object");
            entity.read();
            entityIndex++;
        }
        entityIndex = -1;
    }

    /** The full path of a field of the entity being streamed (or the field itself outside one). */
    String path(String leaf) {
        if (entityIndex < 0) {
            return leaf;
        }
        return entityArray + "[" + entityIndex + "]" + (leaf.isEmpty() ? "" : "." + leaf);
    }

    void expect(JsonToken actual, JsonToken expected, String field, String what) {
        if (actual != expected) {
            throw error(field, "expected " + what + ", found " + describe(actual));
        }
    }

    String text(JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw error(field, "expected a string, found " + describe(token));
        }
        return parser.getText();
    }

    String optionalText(JsonToken token, String field) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : text(token, field);
    }

    Boolean bool(JsonToken token, String field) {
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw error(field, "expected true, false or null, found " + describe(token));
        };
    }

    /** An error at the current token; {@code field} is relative to the entity being streamed. */
    InvalidInputException error(String field, String problem) {
        JsonLocation location = parser.currentTokenLocation();
        return new InvalidInputException(source, location.getLineNr(), location.getColumnNr(),
                field == null ? null : path(field), problem);
    }

    String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> {
                try {
                    yield "the string \"" + abbreviate(parser.getText()) + "\"";
                } catch (IOException e) {
                    yield "a string";
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    @FunctionalInterface
    interface EntityReader {
        void read() throws IOException;
    }
}
