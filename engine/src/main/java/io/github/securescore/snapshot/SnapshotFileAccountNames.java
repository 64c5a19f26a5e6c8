package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Names read back from the snapshot file when an account is labelled: the reader keeps only
 * where each account's entity starts (8 bytes instead of ~45 bytes of names per account, and
 * no decoding of two strings per account). An action lists at most a few dozen accounts, so
 * a check reads back a few hundred small objects.
 *
 * <p>The entity at the offset must still carry the account's id; when the file changed or
 * went away since, the account has no names and is labelled by its id.
 */
final class SnapshotFileAccountNames implements AccountNames {

    private static final int CACHED = 1024;
    private static final String[] NO_NAMES = new String[2];

    private final Path file;
    private final JsonFactory factory;
    private final IntFunction<String> idOf;
    private long[] offsets = new long[1024];     // byte offset of the entity + 1, 0 = none
    private final Map<Integer, String[]> resolved = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String[]> eldest) {
            return size() > CACHED;
        }
    };

    SnapshotFileAccountNames(Path file, JsonFactory factory, IntFunction<String> idOf) {
        this.file = file;
        this.factory = factory;
        this.idOf = idOf;
    }

    @Override
    public String displayName(int index) {
        return names(index)[0];
    }

    @Override
    public String userPrincipalName(int index) {
        return names(index)[1];
    }

    /** Whether an entity was recorded for this index already. */
    boolean has(int index) {
        return index < offsets.length && offsets[index] != 0;
    }

    @Override
    public boolean keepsText() {
        return false;
    }

    /** Notes where the record's entity starts in the file (replacing an earlier one). */
    @Override
    public void record(int index, AccountBatch batch, int k) {
        if (index >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, index + 1));
        }
        offsets[index] = batch.entityStarts[k] + 1;
    }

    private synchronized String[] names(int index) {
        if (index < 0 || !has(index)) {
            return NO_NAMES;
        }
        return resolved.computeIfAbsent(index, i -> readBack(i, offsets[i] - 1));
    }

    private String[] readBack(int index, long offset) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 4096);
            try (JsonParser parser = factory.createParser(in)) {
                return entityNames(parser, idOf.apply(index));
            }
        } catch (IOException | RuntimeException e) {
            return NO_NAMES;   // labels are cosmetic: a file that changed or went away leaves the id
        }
    }

    /** displayName (or userDisplayName) and userPrincipalName of the object at the parser, if its id matches. */
    private static String[] entityNames(JsonParser parser, String expectedId) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return NO_NAMES;
        }
        String id = null;
        String displayName = null;
        String upn = null;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = text(parser, value);
                case "displayName", "userDisplayName" -> displayName = text(parser, value);
                case "userPrincipalName" -> upn = text(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (id == null || !id.equalsIgnoreCase(expectedId)) {
            return NO_NAMES;
        }
        return new String[] {wellFormed(displayName), wellFormed(upn)};
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    /** A lone surrogate (which JSON escapes allow) becomes '?', as names kept in memory do. */
    private static String wellFormed(String text) {
        return text == null ? null : new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
