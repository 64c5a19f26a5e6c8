package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The small resources (policies, roles, domains, scores...), a few thousand entities at most:
 * bound to records one entity at a time with the reader's strict {@link ObjectMapper}; also
 * the singletons (security defaults, authorization policy) and Graph's error records.
 */
final class EntityBinder {

    private final SnapshotCursor cursor;
    private final JsonParser parser;
    private final ObjectMapper mapper;

    EntityBinder(SnapshotCursor cursor, ObjectMapper mapper) {
        this.cursor = cursor;
        this.parser = cursor.parser();
        this.mapper = mapper;
    }

    /**
     * Binds each object of the array the parser is in to {@code type}. Two entities with the
     * same {@code id} (ignoring case: GUIDs and domain names) are an error naming both.
     */
    <T> void bind(String field, Class<T> type, Function<T, String> id, Consumer<T> sink) throws IOException {
        Map<String, String> seen = new HashMap<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = field + "[" + index + "]";
            cursor.expect(parser.currentToken(), JsonToken.START_OBJECT, at, "an object");
            JsonLocation start = parser.currentTokenLocation();
            T entity;
            try {
                entity = mapper.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw ParserErrors.translate(e, cursor.source(), at, parser);
            }
            String key = id.apply(entity);
            if (key != null) {
                String where = "index " + index + " (line " + start.getLineNr() + ", column " + start.getColumnNr() + ")";
                String first = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), where);
                if (first != null) {
                    throw new InvalidInputException(cursor.source(), start.getLineNr(), start.getColumnNr(), at,
                            "id \"" + SnapshotCursor.abbreviate(key) + "\" is listed twice in " + field + ": first at "
                                    + first + "; expected one entity per id");
                }
            }
            sink.accept(entity);
            index++;
        }
    }

    /** A singleton resource: the entity itself, a one-entity page, or an error record. */
    <T> Singleton<T> singleton(Class<T> type, String field) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        ObjectNode node = mapper.readTree(parser);
        JsonNode error = node.get("error");
        // as for collections: an error record stays one when it carries @odata.context or the like
        if (error != null && error.isObject()) {
            java.util.Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("error") && !name.startsWith("@odata.")) {
                    throw new InvalidInputException(cursor.source(), start.getLineNr(), start.getColumnNr(), field,
                            "expected the entity or {\"error\": {...}}, found an error record with \"" + name + "\"");
                }
            }
            return new Singleton<>(null, errorOf(error, field, start));
        }
        JsonNode entity = node;
        JsonNode value = node.get("value");
        if (value != null && value.isArray()) {
            if (value.size() != 1) {
                throw new InvalidInputException(cursor.source(), start.getLineNr(), start.getColumnNr(), field + ".value",
                        "expected exactly one entity, found " + value.size());
            }
            entity = value.get(0);
        }
        try {
            return new Singleton<>(mapper.treeToValue(entity, type), null);
        } catch (JsonProcessingException e) {
            InvalidInputException mapped = ParserErrors.translate(e, cursor.source(), field);
            throw new InvalidInputException(cursor.source(), start.getLineNr(), start.getColumnNr(), mapped.field(),
                    mapped.problem());
        }
    }

    /** A singleton's entity, or the error Graph answered for it. */
    record Singleton<T>(T entity, ResourceError error) {
    }

    /** Graph's error record for a resource, the parser on its START_OBJECT. */
    ResourceError resourceError(JsonToken token, String field) throws IOException {
        cursor.expect(token, JsonToken.START_OBJECT, field, "an object with status, code and message");
        JsonLocation start = parser.currentTokenLocation();
        JsonNode node = mapper.readTree(parser);
        return errorOf(node, field, start);
    }

    private ResourceError errorOf(JsonNode node, String field, JsonLocation at) {
        JsonNode status = node.get("status");
        if (status == null || !status.isIntegralNumber() || status.intValue() < 100 || status.intValue() > 599
                || !status.canConvertToInt()) {
            throw new InvalidInputException(cursor.source(), at.getLineNr(), at.getColumnNr(), field + ".status",
                    "expected the HTTP status as a number from 100 to 599");
        }
        return new ResourceError(status.intValue(), textOf(node, "code", field, at), textOf(node, "message", field, at));
    }

    private String textOf(JsonNode record, String name, String field, JsonLocation at) {
        JsonNode node = record.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(cursor.source(), at.getLineNr(), at.getColumnNr(), field + "." + name,
                    "expected a string or null, found " + (node.isNumber() ? "a number" : node.isBoolean() ? "a boolean"
                            : node.isArray() ? "an array" : "an object"));
        }
        return node.textValue();
    }
}
