package io.github.securescore.snapshot;

import java.util.Arrays;

/**
 * Account records (users, registration details) read but not yet in the directory. At a
 * million accounts the directory's cost is cache misses, one or two per record; handing
 * records over a batch at a time lets those misses overlap instead of each waiting for the
 * last (see {@link DirectoryIds#internAll}). Records keep their order, so every account gets
 * the index it would get one record at a time.
 *
 * <p>The reader fills the record at {@link #size()} and then {@link #add}s it; a record it
 * abandons (an error) is simply never added.
 */
final class AccountBatch {

    static final int CAPACITY = 512;

    /** How a record's names relate to names the directory has already. */
    enum Naming {
        /** The record carries no name. */
        NONE,
        /** The users collection: its names replace any others. */
        REPLACE,
        /** A registration record: its names only label an account nothing named yet. */
        IF_UNNAMED
    }

    final long[] halves = new long[2 * CAPACITY];       // GUID id of record k: 2k high, 2k + 1 low
    final String[] otherIds = new String[CAPACITY];     // an id that is no GUID, else null
    final short[] flags = new short[CAPACITY];
    final Naming[] naming = new Naming[CAPACITY];
    final long[] entityStarts = new long[CAPACITY];     // byte offset of the record, for names read back
    // where each record is, for an error found when the batch reaches the directory
    final int[] ordinals = new int[CAPACITY];           // index in its array
    final int[] lines = new int[CAPACITY];
    final int[] columns = new int[CAPACITY];
    // names kept in memory: characters of the batch, and per record display name and UPN as
    // (offset, length) at 4k..4k+3, length -1 when absent
    char[] nameChars = new char[CAPACITY * 64];
    final int[] names = new int[4 * CAPACITY];
    private int nameLength;
    private int size;

    int size() {
        return size;
    }

    boolean full() {
        return size == CAPACITY;
    }

    /** Starts the record at {@link #size()}. */
    void begin() {
        otherIds[size] = null;
        names[4 * size + 1] = -1;
        names[4 * size + 3] = -1;
    }

    /** The record's id, from a parser's character buffer: a GUID is kept as two longs, anything else as a String. */
    void id(char[] chars, int offset, int length) {
        if (DirectoryIds.parse(chars, offset, length, halves, 2 * size)) {
            otherIds[size] = null;
        } else {
            otherIds[size] = new String(chars, offset, length);
        }
    }

    /** The record's display name (part 0) or user principal name (part 1), copied from a parser's buffer. */
    void name(int part, char[] chars, int offset, int length) {
        if (nameLength + length > nameChars.length) {
            nameChars = Arrays.copyOf(nameChars, Math.max(nameChars.length * 2, nameLength + length));
        }
        System.arraycopy(chars, offset, nameChars, nameLength, length);
        names[4 * size + 2 * part] = nameLength;
        names[4 * size + 2 * part + 1] = length;
        nameLength += length;
    }

    /** Notes where the record at {@link #size()} starts: its index in its array, its line and column. */
    void at(int ordinal, int line, int column) {
        ordinals[size] = ordinal;
        lines[size] = line;
        columns[size] = column;
    }

    /** Completes the record at {@link #size()}. */
    void add(int flagBits, Naming how, long entityStart) {
        flags[size] = (short) flagBits;
        naming[size] = how;
        entityStarts[size] = entityStart;
        size++;
    }

    /** Record k's id as written in canonical form (a GUID in lower case). */
    String id(int k) {
        return otherIds[k] != null ? otherIds[k] : new java.util.UUID(halves[2 * k], halves[2 * k + 1]).toString();
    }

    void clear() {
        size = 0;
        nameLength = 0;
    }
}
