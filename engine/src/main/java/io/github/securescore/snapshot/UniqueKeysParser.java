package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The snapshot's parser, rejecting an object's second use of a key: a JSON object with two
 * equal keys has no one meaning (Jackson would keep the last), so the reader must not decide
 * on it. Every token the readers and the data binder see passes here.
 *
 * <p>Why not Jackson's {@code STRICT_DUPLICATE_DETECTION}: it allocates a hash set for every
 * object of three keys or more (two per account at a million accounts) and cannot say where
 * the first key was. Here each nesting depth keeps its keys in reused arrays, compared by
 * identity first (Jackson canonicalises key strings), with the position of each key's value
 * read from the parser's fields without allocating; only an object of many keys uses a map.
 * Both keys of a duplicate are reported where their values start.
 */
final class UniqueKeysParser extends JsonParserDelegate {

    private static final int SCAN_LIMIT = 32;   // keys compared one by one; beyond, a map per depth

    private final String source;
    private final ParserBase positions;          // null for a parser that is no ParserBase
    private int columnShift;                     // ParserBase's token column against its token location
    private long offsetShift;                    // and its token offset against the location's byte offset
    private boolean calibrated;

    private int depth = -1;                      // innermost open container, -1 outside all
    private boolean[] object = new boolean[16];
    private String[][] keys = new String[16][];
    private int[][] lines = new int[16][];
    private int[][] columns = new int[16][];
    private int[] counts = new int[16];
    @SuppressWarnings("unchecked")
    private Map<String, Integer>[] many = new Map[16];

    UniqueKeysParser(JsonParser parser, String source) {
        super(parser);
        this.source = source;
        this.positions = parser instanceof ParserBase base ? base : null;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            key(delegate.currentName());
        } else if (token != null) {
            structure(token);
        }
        return token;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        if (name != null) {
            key(name);
        } else {
            JsonToken token = delegate.currentToken();
            if (token != null) {
                structure(token);
            }
        }
        return name;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skips through this parser, so that the keys of skipped objects are checked too. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = delegate.currentToken();
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void structure(JsonToken token) {
        switch (token) {
            case START_OBJECT -> open(true);
            case START_ARRAY -> open(false);
            case END_OBJECT, END_ARRAY -> depth--;
            default -> {
            }
        }
    }

    private void open(boolean isObject) {
        if (!calibrated) {
            calibrate();
        }
        depth++;
        if (depth == object.length) {
            int n = depth * 2;
            object = Arrays.copyOf(object, n);
            keys = Arrays.copyOf(keys, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            counts = Arrays.copyOf(counts, n);
            many = Arrays.copyOf(many, n);
        }
        object[depth] = isObject;
        if (isObject) {
            counts[depth] = 0;
            if (keys[depth] == null) {
                keys[depth] = new String[8];
                lines[depth] = new int[8];
                columns[depth] = new int[8];
            }
            if (many[depth] != null) {
                many[depth].clear();
            }
        }
    }

    /** For a token that is no key, the parser's fields and its token location agree up to a fixed column shift. */
    private void calibrate() {
        calibrated = true;
        if (positions != null) {
            JsonLocation location = delegate.currentTokenLocation();
            columnShift = location.getColumnNr() - positions.getTokenColumnNr();
            offsetShift = location.getByteOffset() - positions.getTokenCharacterOffset();
        }
    }

    /** The line of the current token (a value, not a key), without allocating a location. */
    int tokenLine() {
        return positions != null ? positions.getTokenLineNr() : delegate.currentTokenLocation().getLineNr();
    }

    /** The column of the current token (a value, not a key), without allocating a location. */
    int tokenColumn() {
        return positions != null ? positions.getTokenColumnNr() + columnShift
                : delegate.currentTokenLocation().getColumnNr();
    }

    /** The byte offset of the current token (a value, not a key) in the input, without allocating a location. */
    long tokenByteOffset() {
        return positions != null ? positions.getTokenCharacterOffset() + offsetShift
                : delegate.currentTokenLocation().getByteOffset();
    }

    private void key(String name) {
        if (depth < 0 || !object[depth]) {
            return;   // not in an object: the parser reports that malformation itself
        }
        int count = counts[depth];
        String[] seen = keys[depth];
        int found = -1;
        if (count < SCAN_LIMIT) {
            for (int k = 0; k < count; k++) {
                String other = seen[k];
                if (other == name || other.hashCode() == name.hashCode() && other.equals(name)) {
                    found = k;
                    break;
                }
            }
        } else {
            Map<String, Integer> index = many[depth];
            if (index == null) {
                index = new HashMap<>();
                many[depth] = index;
            }
            if (index.isEmpty()) {
                for (int k = 0; k < count; k++) {
                    index.put(seen[k], k);
                }
            }
            Integer at = index.putIfAbsent(name, count);
            found = at == null ? -1 : at;
        }
        int line;
        int column;
        if (positions != null) {
            // after a key the parser's token fields already point at its value
            line = positions.getTokenLineNr();
            column = positions.getTokenColumnNr() + columnShift;
        } else {
            JsonLocation at = delegate.currentTokenLocation();
            line = at.getLineNr();
            column = at.getColumnNr();
        }
        if (found >= 0) {
            throw new InvalidInputException(source, line, column, objectPath(),
                    "duplicate key \"" + (name.length() > 200 ? name.substring(0, 200) + "…" : name) + "\" (first at line " + lines[depth][found]
                            + ", column " + columns[depth][found] + "); expected each key once per object");
        }
        if (count == seen.length) {
            keys[depth] = seen = Arrays.copyOf(seen, count * 2);
            lines[depth] = Arrays.copyOf(lines[depth], count * 2);
            columns[depth] = Arrays.copyOf(columns[depth], count * 2);
        }
        seen[count] = name;
        lines[depth][count] = line;
        columns[depth][count] = column;
        counts[depth] = count + 1;
    }

    /** The path of the object holding the current key, in the reader's notation: resources["users"].value[3]. */
    private String objectPath() {
        JsonStreamContext context = delegate.getParsingContext();
        StringBuilder path = new StringBuilder();
        append(path, context.getParent());
        return path.length() == 0 ? "the snapshot object" : path.toString();
    }

    /** Appends the path of the value {@code context} currently holds (its open child). */
    private static void append(StringBuilder path, JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(path, context.getParent());
        if (context.inArray()) {
            path.append('[').append(context.getCurrentIndex()).append(']');
        } else if (context.getParent() != null && context.getParent().inRoot()) {
            path.append(context.getCurrentName());
        } else if ("resources".equals(context.getParent().getCurrentName()) && context.getParent().getParent() != null
                && context.getParent().getParent().inRoot()) {
            path.append("[\"").append(context.getCurrentName()).append("\"]");
        } else {
            path.append('.').append(context.getCurrentName());
        }
    }
}
