package io.github.securescore.snapshot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Feeds users and registration records into {@link DirectoryUsers} from the reading thread.
 * The reader only copies each record's characters (id, names) and flag bits into a batch; id
 * interning, flags and name encoding (random memory reads at a million users) run on one
 * worker thread once a batch fills, so tokenizing and storing overlap on two cores.
 *
 * <p>One consumer in arrival order, so indexes are assigned exactly as by a single thread.
 * A short array never starts the worker: its one batch is applied on the reading thread.
 * {@link #finish()} is a barrier: afterwards the directory holds every record added and no
 * thread is left; {@link #close()} stops the worker on any path (errors included).
 */
final class DirectoryFeed implements AutoCloseable {

    static final int BATCH = 2048;
    private static final int BATCHES = 3;

    private final DirectoryUsers directory;
    private Batch current = new Batch();
    private Worker worker;

    DirectoryFeed(DirectoryUsers directory) {
        this.directory = directory;
    }

    /** The batch to write the next record into ({@link Batch#begin} … {@link Batch#end}). */
    Batch batch() throws IOException {
        if (current.size >= BATCH) {
            handOff();
        }
        return current;
    }

    private void handOff() throws IOException {
        if (worker == null) {
            worker = new Worker(directory);
            worker.start();
            for (int i = 1; i < BATCHES; i++) {
                worker.free.add(new Batch());
            }
        }
        worker.full.add(current);
        current = take();
        current.clear();
    }

    private Batch take() throws IOException {
        try {
            Batch batch = worker.free.take();
            worker.rethrow();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while storing users");
        }
    }

    /** Applies everything added so far and waits for it: the directory is complete afterwards. */
    void finish() throws IOException {
        if (worker == null) {
            current.applyTo(directory);
            current.clear();
            return;
        }
        // every batch back from the worker means every record applied
        worker.full.add(current);
        for (int i = 0; i < BATCHES; i++) {
            current = take();
        }
        current.clear();
        close();
    }

    /** Stops the worker and waits for it (records not yet applied are dropped). */
    @Override
    public void close() {
        Worker w = worker;
        if (w == null) {
            return;
        }
        worker = null;
        w.full.add(Worker.STOP);
        boolean interrupted = false;
        while (true) {
            try {
                w.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records of one kind or another, in arrival order; the characters of ids and names side by side. */
    static final class Batch {
        static final int USER = 1;
        static final int REGISTRATION = 2;
        static final int ID_ONLY = 3;   // an id field repeated within one record: interned, nothing set

        private byte[] kind = new byte[BATCH];
        private int[] flags = new int[BATCH];
        // per record: id start, id length, name start, name length, UPN start, UPN length (-1 = absent)
        private int[] spans = new int[6 * BATCH];
        private char[] text = new char[BATCH * 96];
        private int textLength;
        private int size;
        private int at = -1;   // the record being written

        void clear() {
            size = 0;
            textLength = 0;
            at = -1;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void begin(int recordKind) {
            at = size;
            if (at == kind.length) {   // only repeated id fields make a batch longer than BATCH
                kind = Arrays.copyOf(kind, 2 * at);
                flags = Arrays.copyOf(flags, 2 * at);
                spans = Arrays.copyOf(spans, 12 * at);
            }
            kind[at] = (byte) recordKind;
            flags[at] = 0;
            int s = 6 * at;
            spans[s] = -1;
            spans[s + 1] = -1;
            spans[s + 2] = 0;
            spans[s + 3] = -1;
            spans[s + 4] = 0;
            spans[s + 5] = -1;
        }

        boolean hasId() {
            return spans[6 * at + 1] >= 0;
        }

        void id(char[] chars, int offset, int length) {
            spans[6 * at] = copy(chars, offset, length);
            spans[6 * at + 1] = length;
        }

        void displayName(char[] chars, int offset, int length) {
            spans[6 * at + 2] = copy(chars, offset, length);
            spans[6 * at + 3] = length;
        }

        void clearDisplayName() {
            spans[6 * at + 3] = -1;
        }

        void userPrincipalName(char[] chars, int offset, int length) {
            spans[6 * at + 4] = copy(chars, offset, length);
            spans[6 * at + 5] = length;
        }

        void clearUserPrincipalName() {
            spans[6 * at + 5] = -1;
        }

        void flag(int flag) {
            flags[at] |= flag;
        }

        /**
         * A repeated "id" field within one record: the id read so far becomes a record of its own
         * that is only interned (as reading each id field always did), and the record goes on.
         */
        void repeatedId() {
            int s = 6 * at;
            int recordKind = kind[at];
            int recordFlags = flags[at];
            int[] names = Arrays.copyOfRange(spans, s + 2, s + 6);
            kind[at] = ID_ONLY;
            flags[at] = 0;
            size++;
            begin(recordKind);
            flags[at] = recordFlags;
            System.arraycopy(names, 0, spans, 6 * at + 2, 4);
        }

        void end() {
            size++;
            at = -1;
        }

        private int copy(char[] chars, int offset, int length) {
            if (textLength + length > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
            }
            int start = textLength;
            System.arraycopy(chars, offset, text, start, length);
            textLength += length;
            return start;
        }

        void applyTo(DirectoryUsers directory) {
            char[] chars = text;
            for (int r = 0; r < size; r++) {
                int s = 6 * r;
                int index = directory.intern(chars, spans[s], spans[s + 1]);
                switch (kind[r]) {
                    case USER -> {
                        directory.set(index, flags[r]);
                        directory.names(index, chars, spans[s + 2], spans[s + 3], spans[s + 4], spans[s + 5], true);
                    }
                    case REGISTRATION -> {
                        directory.set(index, flags[r]);
                        directory.names(index, chars, spans[s + 2], spans[s + 3], spans[s + 4], spans[s + 5], false);
                    }
                    default -> { }
                }
            }
        }
    }

    /** The one consumer: applies full batches in arrival order and hands them back. */
    private static final class Worker extends Thread {
        static final Batch STOP = new Batch();

        final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
        final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
        private final DirectoryUsers directory;
        private volatile Throwable failure;

        Worker(DirectoryUsers directory) {
            super("snapshot-directory");
            setDaemon(true);
            this.directory = directory;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Batch batch = full.take();
                    if (batch == STOP) {
                        return;
                    }
                    if (failure == null) {
                        try {
                            batch.applyTo(directory);
                        } catch (Throwable t) {
                            failure = t;   // keep returning batches so that the reader never waits forever
                        }
                    }
                    free.add(batch);
                }
            } catch (InterruptedException e) {
                // only close() ends the worker; an interrupt from elsewhere just ends it too
            }
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (t instanceof Error error) {
                throw error;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
