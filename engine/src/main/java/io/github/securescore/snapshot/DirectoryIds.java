package io.github.securescore.snapshot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns directory object ids to dense indexes. Graph ids are GUIDs, kept as two longs
 * (16 bytes instead of a ~90-byte String) so a million-user tenant fits a small heap; any
 * other id (hand-written snapshots) goes to a plain map. Not thread-safe: one reader fills it.
 */
final class DirectoryIds {

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private String[] other = new String[1024];
    private int[] slots = new int[2048];            // index + 1, 0 = empty
    private final Map<String, Integer> otherIndex = new HashMap<>();
    private int size;

    int size() {
        return size;
    }

    /** The index of {@code id}, assigning the next one when it is new. */
    int intern(String id) {
        long[] uuid = parseUuid(id);
        if (uuid == null) {
            Integer existing = otherIndex.get(id);
            if (existing != null) {
                return existing;
            }
            int index = append(0, 0, id);
            otherIndex.put(id, index);
            return index;
        }
        int mask = slots.length - 1;
        int slot = hash(uuid[0], uuid[1]) & mask;
        while (slots[slot] != 0) {
            int candidate = slots[slot] - 1;
            if (other[candidate] == null && high[candidate] == uuid[0] && low[candidate] == uuid[1]) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
        int index = append(uuid[0], uuid[1], null);
        slots[slot] = index + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return index;
    }

    /** The index of {@code id}, or -1 when it was never interned. */
    int indexOf(String id) {
        long[] uuid = parseUuid(id);
        if (uuid == null) {
            Integer existing = otherIndex.get(id);
            return existing == null ? -1 : existing;
        }
        int mask = slots.length - 1;
        int slot = hash(uuid[0], uuid[1]) & mask;
        while (slots[slot] != 0) {
            int candidate = slots[slot] - 1;
            if (other[candidate] == null && high[candidate] == uuid[0] && low[candidate] == uuid[1]) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    String id(int index) {
        if (other[index] != null) {
            return other[index];
        }
        return new java.util.UUID(high[index], low[index]).toString();
    }

    private int append(long hi, long lo, String otherId) {
        if (size == high.length) {
            int capacity = size * 2;
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            other = Arrays.copyOf(other, capacity);
        }
        high[size] = hi;
        low[size] = lo;
        other[size] = otherId;
        return size++;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int index = 0; index < size; index++) {
            if (other[index] != null) {
                continue;
            }
            int slot = hash(high[index], low[index]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = index + 1;
        }
        slots = bigger;
    }

    private static int hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    /** A canonical 8-4-4-4-12 hex GUID as two longs, or null for anything else. */
    static long[] parseUuid(String s) {
        if (s == null || s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-'
                || s.charAt(23) != '-') {
            return null;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return null;
            }
            if (digits < 16) {
                hi = (hi << 4) | d;
            } else {
                lo = (lo << 4) | d;
            }
            digits++;
        }
        return new long[] {hi, lo};
    }
}
