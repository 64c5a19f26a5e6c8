package io.github.securescore.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What libraries print to System.out or System.err while a command runs, turned into
 * {@link Console#stray} lines. azure-core's fallback logger (used when no SLF4J binding is present,
 * as in the CLI jar, and switched on by {@code AZURE_LOG_LEVEL}) writes to System.out, which is
 * where {@code --format json} puts the report: its lines go to stderr instead, redacted and
 * neutralised like every other message.
 */
final class StrayOutput extends OutputStream {

    /** A longer line is passed on in pieces: a library must not make the CLI hold its whole output. */
    private static final int MAX_LINE = 64 * 1024;

    private final Console console;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    StrayOutput(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            pending.write(b);
            if (pending.size() >= MAX_LINE) {
                emit();
            }
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // a line is passed on when it ends: half a line, flushed, would become two
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        console.stray(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
