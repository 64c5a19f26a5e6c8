package io.github.securescore.snapshot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns directory object ids to dense indexes. Graph ids are GUIDs, kept as two longs
 * (16 bytes instead of a ~90-byte String) so a million-user tenant fits a small heap; any
 * other id (hand-written snapshots) goes to a plain map. Not thread-safe: one reader fills it.
 *
 * <p>Interning is on the reader's hot path (every user, registration record and group member),
 * and at a million ids its cost is cache misses: each slot of the open-addressing table holds
 * the id's two halves and its index side by side, so a lookup or insert touches one slot (one
 * cache line, sometimes two) and never an id elsewhere; ids are parsed straight from the
 * parser's characters, without a String.
 */
final class DirectoryIds {

    private static final byte[] HEX = new byte[128];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int d = 0; d < 10; d++) {
            HEX['0' + d] = (byte) d;
        }
        for (int d = 0; d < 6; d++) {
            HEX['a' + d] = (byte) (10 + d);
            HEX['A' + d] = (byte) (10 + d);
        }
    }

    private static final int SLOT = 3;               // longs per slot: high half, low half, index + 1 (0 = empty)

    private long[] keys = new long[2 * 1024];       // id of index i: high half at 2i, low half at 2i + 1
    private long[] table = new long[SLOT * 2048];   // GUID ids by hash, linear probing, at most half full
    private int capacity = 2048;                    // slots in the table, a power of two
    private final Map<String, Integer> otherIndex = new HashMap<>();
    private final Map<Integer, String> otherIds = new HashMap<>();
    private int size;
    private final long[] parsed = new long[2];      // the halves of the GUID the last parse read
    private long touched;                           // keeps the batch's first loads from being optimised away

    int size() {
        return size;
    }

    /** The index of {@code id}, assigning the next one when it is new. */
    int intern(String id) {
        char[] chars = id.toCharArray();
        return intern(chars, 0, chars.length);
    }

    /** The index of the id in {@code chars[offset, offset + length)}, assigning the next one when it is new. */
    int intern(char[] chars, int offset, int length) {
        if (!parse(chars, offset, length, parsed, 0)) {
            String id = new String(chars, offset, length);
            Integer existing = otherIndex.get(id);
            if (existing != null) {
                return existing;
            }
            int index = append(0, 0);
            otherIndex.put(id, index);
            otherIds.put(index, id);
            return index;
        }
        return intern(parsed[0], parsed[1]);
    }

    /**
     * Interns a batch of ids in order: {@code out[k]} is the index of GUID k (halves at 2k and
     * 2k + 1) or, where {@code otherIds[k]} is not null, of that id. The batch's slots are first
     * loaded all together, so that their cache misses overlap (nothing waits on them), and then
     * looked up one by one, mostly from cache: at a million ids the misses are the cost of
     * interning. Same indexes as interning one by one.
     */
    void internAll(long[] halves, String[] otherIds, int count, int[] out) {
        int mask = capacity - 1;
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += table[SLOT * (hash(halves[2 * k], halves[2 * k + 1]) & mask) + 2];
        }
        touched += sum;
        for (int k = 0; k < count; k++) {
            out[k] = otherIds[k] != null ? intern(otherIds[k]) : intern(halves[2 * k], halves[2 * k + 1]);
        }
    }

    private int intern(long high, long low) {
        int at = SLOT * slotOf(high, low);
        if (table[at + 2] != 0) {
            return (int) table[at + 2] - 1;
        }
        int index = append(high, low);
        table[at] = high;
        table[at + 1] = low;
        table[at + 2] = index + 1;
        if (size * 2 > capacity) {
            rehash();
        }
        return index;
    }

    /** The index of {@code id}, or -1 when it was never interned. */
    int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        char[] chars = id.toCharArray();
        if (!parse(chars, 0, chars.length, parsed, 0)) {
            Integer existing = otherIndex.get(id);
            return existing == null ? -1 : existing;
        }
        return (int) table[SLOT * slotOf(parsed[0], parsed[1]) + 2] - 1;
    }

    /** The slot holding this GUID, or the empty slot where it would go (linear probing). */
    private int slotOf(long high, long low) {
        int mask = capacity - 1;
        int slot = hash(high, low) & mask;
        while (true) {
            int at = SLOT * slot;
            if (table[at + 2] == 0 || table[at] == high && table[at + 1] == low) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    String id(int index) {
        if (!otherIds.isEmpty()) {
            String other = otherIds.get(index);
            if (other != null) {
                return other;
            }
        }
        return new java.util.UUID(keys[2 * index], keys[2 * index + 1]).toString();
    }

    private int append(long high, long low) {
        if (2 * size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[2 * size] = high;
        keys[2 * size + 1] = low;
        return size++;
    }

    /** Doubles the table, walking the old one in slot order: reads in sequence, writes nearly so. */
    private void rehash() {
        long[] old = table;
        capacity *= 2;
        table = new long[SLOT * capacity];
        int mask = capacity - 1;
        for (int from = 0; from < old.length; from += SLOT) {
            if (old[from + 2] == 0) {
                continue;
            }
            int slot = hash(old[from], old[from + 1]) & mask;
            while (table[SLOT * slot + 2] != 0) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(old, from, table, SLOT * slot, SLOT);
        }
    }

    private static int hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    /** Reads a canonical 8-4-4-4-12 hex GUID into {@code out} (high, low from {@code at}); false for anything else. */
    static boolean parse(char[] s, int offset, int length, long[] out, int at) {
        if (length != 36 || s[offset + 8] != '-' || s[offset + 13] != '-' || s[offset + 18] != '-'
                || s[offset + 23] != '-') {
            return false;
        }
        // the five groups of hex digits in fixed places, no branch per character; any non-hex
        // character (or one above 127) makes its table entry -1, which sets the sign of "bad"
        int bad = 0;
        long hi = 0;
        for (int i = offset; i < offset + 8; i++) {
            int d = digit(s[i]);
            bad |= d;
            hi = hi << 4 | (d & 0xF);
        }
        for (int i = offset + 9; i < offset + 13; i++) {
            int d = digit(s[i]);
            bad |= d;
            hi = hi << 4 | (d & 0xF);
        }
        for (int i = offset + 14; i < offset + 18; i++) {
            int d = digit(s[i]);
            bad |= d;
            hi = hi << 4 | (d & 0xF);
        }
        long lo = 0;
        for (int i = offset + 19; i < offset + 23; i++) {
            int d = digit(s[i]);
            bad |= d;
            lo = lo << 4 | (d & 0xF);
        }
        for (int i = offset + 24; i < offset + 36; i++) {
            int d = digit(s[i]);
            bad |= d;
            lo = lo << 4 | (d & 0xF);
        }
        if (bad < 0) {
            return false;
        }
        out[at] = hi;
        out[at + 1] = lo;
        return true;
    }

    private static int digit(char c) {
        return c < 128 ? HEX[c] : -1;
    }

    /** A canonical 8-4-4-4-12 hex GUID as two longs, or null for anything else. */
    static long[] parseUuid(String s) {
        if (s == null) {
            return null;
        }
        long[] halves = new long[2];
        char[] chars = s.toCharArray();
        return parse(chars, 0, chars.length, halves, 0) ? halves : null;
    }
}
