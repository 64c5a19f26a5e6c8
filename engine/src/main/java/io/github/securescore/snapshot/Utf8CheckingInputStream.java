package io.github.securescore.snapshot;

import io.github.securescore.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that the snapshot's bytes are well-formed UTF-8 as they pass to the parser. Jackson
 * decodes only the strings the reader asks for, and even there lets overlong forms (C0 AF for
 * '/') and UTF-8-encoded surrogates through; the names the reader skips undecoded are not
 * checked at all. Here every byte is checked once (sixteen ASCII bytes per step), following the
 * well-formed sequences of Unicode's table 3-7, and the first bad one is reported with its byte
 * offset. A snapshot in UTF-16 or UTF-32 (a NUL byte among the first four) is refused too.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final String source;
    private long offset;           // bytes checked so far
    private int pending;           // continuation bytes the current sequence still needs
    private int low = 0x80;        // range of the next continuation byte
    private int high = 0xBF;
    private long sequenceStart;    // byte offset of the current sequence's lead byte

    Utf8CheckingInputStream(InputStream in, String source) {
        super(in);
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            check(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = in.read(buffer, from, length);
        if (n < 0) {
            end();
        } else {
            check(buffer, from, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be checked: skipping reads
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (pending > 0) {
            throw error(sequenceStart, "the file ends inside a multi-byte sequence");
        }
    }

    private void check(byte[] b, int from, int n) {
        if (offset < 4) {
            for (int k = 0; k < n && offset + k < 4; k++) {
                if (b[from + k] == 0) {
                    throw error(offset + k, "a NUL byte; the snapshot must be UTF-8 (not UTF-16 or UTF-32)");
                }
            }
        }
        int i = from;
        int end = from + n;
        int wide = end - 16;
        while (i < end) {
            if (pending == 0) {
                // the common case: runs of ASCII, sixteen bytes a step, then byte by byte
                while (i <= wide && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)) & HIGH_BITS) == 0) {
                    i += 16;
                }
                while (i < end && b[i] >= 0) {
                    i++;
                }
                if (i == end) {
                    break;
                }
                lead(b[i] & 0xFF, offset + (i - from));
            } else {
                int c = b[i] & 0xFF;
                if (c < low || c > high) {
                    throw error(sequenceStart, c >= 0x80 && c <= 0xBF ? (low == 0xA0 || low == 0x90 ? "an overlong encoding"
                            : high == 0x9F ? "a surrogate (U+D800 to U+DFFF) encoded in UTF-8"
                            : "a code point above U+10FFFF") : "a multi-byte sequence cut short");
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            }
            i++;
        }
        offset += n;
    }

    private void lead(int c, long at) {
        sequenceStart = at;
        low = 0x80;
        high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
        } else if (c == 0xE0) {
            pending = 2;
            low = 0xA0;            // E0 80..9F would be overlong
        } else if (c == 0xED) {
            pending = 2;
            high = 0x9F;           // ED A0..BF would be a surrogate
        } else if (c >= 0xE1 && c <= 0xEF) {
            pending = 2;
        } else if (c == 0xF0) {
            pending = 3;
            low = 0x90;            // F0 80..8F would be overlong
        } else if (c >= 0xF1 && c <= 0xF3) {
            pending = 3;
        } else if (c == 0xF4) {
            pending = 3;
            high = 0x8F;           // F4 90.. would be above U+10FFFF
        } else if (c == 0xC0 || c == 0xC1) {
            throw error(at, "an overlong encoding");
        } else if (c >= 0x80 && c <= 0xBF) {
            throw error(at, "a continuation byte without a lead byte");
        } else {
            throw error(at, "a byte that never occurs in UTF-8");
        }
    }

    private InvalidInputException error(long at, String what) {
        return new InvalidInputException(source, 0, 0, null,
                "invalid UTF-8 at byte offset " + at + ": " + what + "; expected UTF-8 text");
    }
}
