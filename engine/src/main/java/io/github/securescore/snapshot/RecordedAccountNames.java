package io.github.securescore.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names kept in memory, UTF-8 in one byte column ("name\0upn" per index): for snapshots read
 * from a stream, which cannot be read again to label an account later.
 */
final class RecordedAccountNames implements AccountNames {

    private byte[] names = new byte[16 * 1024];
    private int[] nameStart = new int[1024];
    private int[] nameEnd = new int[1024];
    private int namesLength;

    @Override
    public String displayName(int index) {
        return part(index, 0);
    }

    @Override
    public String userPrincipalName(int index) {
        return part(index, 1);
    }

    /** Whether names were recorded for this index already. */
    boolean has(int index) {
        return index < nameEnd.length && nameEnd[index] != nameStart[index];
    }

    private String part(int index, int part) {
        if (index < 0 || !has(index)) {
            return null;
        }
        int start = nameStart[index];
        int end = nameEnd[index];
        int separator = start;
        while (separator < end && names[separator] != 0) {
            separator++;
        }
        int from = part == 0 ? start : separator + 1;
        int to = part == 0 ? separator : end;
        if (from >= to) {
            return null;
        }
        return new String(names, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean keepsText() {
        return true;
    }

    /**
     * Encodes the record's display name and user principal name (slices of the batch's
     * characters, a length of -1 when absent) to UTF-8 straight into the column.
     */
    @Override
    public void record(int index, AccountBatch batch, int k) {
        char[] chars = batch.nameChars;
        int[] slices = batch.names;
        int at = 4 * k;
        int nameLength = slices[at + 1];
        int upnLength = slices[at + 3];
        if (nameLength < 0 && upnLength < 0) {
            return;
        }
        reserve(index, 3 * (Math.max(0, nameLength) + Math.max(0, upnLength)) + 1);
        int start = namesLength;
        int end = encode(chars, slices[at], nameLength, names, start);
        names[end++] = 0;
        end = encode(chars, slices[at + 2], upnLength, names, end);
        nameStart[index] = start;
        nameEnd[index] = end;
        namesLength = end;
    }

    private void reserve(int index, int bytes) {
        if (index >= nameEnd.length) {
            int capacity = Math.max(nameEnd.length * 2, index + 1);
            nameStart = Arrays.copyOf(nameStart, capacity);
            nameEnd = Arrays.copyOf(nameEnd, capacity);
        }
        if (namesLength + bytes > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + bytes));
        }
    }

    /** UTF-8 of {@code length} characters (none when -1) into {@code target} from {@code at}; a lone surrogate becomes '?' as in String.getBytes. */
    private static int encode(char[] chars, int from, int length, byte[] target, int at) {
        int to = from + length;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                target[at++] = (byte) c;
            } else if (c < 0x800) {
                target[at++] = (byte) (0xC0 | (c >> 6));
                target[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int code = Character.toCodePoint(c, chars[++i]);
                target[at++] = (byte) (0xF0 | (code >> 18));
                target[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                target[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                target[at++] = '?';
            } else {
                target[at++] = (byte) (0xE0 | (c >> 12));
                target[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }
}
