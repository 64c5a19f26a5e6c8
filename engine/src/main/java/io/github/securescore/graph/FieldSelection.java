package io.github.securescore.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an entity the snapshot keeps: what the reader and the evaluators read, nothing
 * else (Graph may send more than {@code $select} asked for). Copies token by token, so an entity
 * is never held as a tree. {@code fields == null} keeps every field except OData annotations;
 * a nested selection applies to an object field or to each object of an array field.
 */
record FieldSelection(Set<String> fields, Map<String, FieldSelection> nested) {

    private static final String ODATA_TYPE = "@odata.type";

    static FieldSelection of(String... fields) {
        return new FieldSelection(Set.of(fields), Map.of());
    }

    static FieldSelection all() {
        return new FieldSelection(null, Map.of());
    }

    FieldSelection with(String field, FieldSelection inner) {
        return new FieldSelection(fields, Map.of(field, inner));
    }

    /** The {@code $select} value, or null when every field is kept. */
    String select() {
        return fields == null ? null : String.join(",", fields.stream().sorted().toList());
    }

    boolean keeps(String name) {
        if (ODATA_TYPE.equals(name)) {
            return true;   // tells users from groups and service principals
        }
        if (fields == null) {
            return !name.startsWith("@odata.") && !name.contains("@odata.");
        }
        return fields.contains(name);
    }

    /** Copies the object the parser is on (START_OBJECT) to the generator, keeping the selected fields. */
    void copy(JsonParser parser, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!keeps(name)) {
                parser.skipChildren();
                continue;
            }
            generator.writeFieldName(name);
            FieldSelection inner = nested.get(name);
            if (inner != null && value == JsonToken.START_OBJECT) {
                inner.copy(parser, generator);
            } else if (inner != null && value == JsonToken.START_ARRAY) {
                generator.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        inner.copy(parser, generator);
                    } else {
                        generator.copyCurrentStructure(parser);
                    }
                }
                generator.writeEndArray();
            } else {
                generator.copyCurrentStructure(parser);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("expected the end of an object, found " + token);
        }
        generator.writeEndObject();
    }
}
