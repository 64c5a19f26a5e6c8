package io.github.securescore.graph;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines for long collections (resource, pages, items, rate), at most one a second per
 * resource while it pages, and one when it ends. Lines never carry tokens or secrets: they are
 * built from resource keys and counts only (notes go through {@link Redaction} first).
 */
final class CollectionProgress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Consumer<String> sink;

    CollectionProgress(Consumer<String> sink) {
        this.sink = sink;
    }

    Tracker start(String key) {
        return new Tracker(key);
    }

    synchronized void note(String line) {
        sink.accept(line);
    }

    /** The progress of one resource; used by one thread. */
    final class Tracker {
        private final String key;
        private final long started = System.nanoTime();
        private long lastReport = started;
        private long items;
        private int pages;

        private Tracker(String key) {
            this.key = key;
        }

        void page(int count) {
            items += count;
            pages++;
            long now = System.nanoTime();
            if (now - lastReport >= INTERVAL_NANOS) {
                lastReport = now;
                note(String.format(Locale.ROOT, "%s: %,d items in %,d pages (%,.0f items/s)", key, items, pages,
                        rate(now)));
            }
        }

        void done() {
            long now = System.nanoTime();
            note(String.format(Locale.ROOT, "%s: %,d items in %,d pages, %.1f s (%,.0f items/s)", key, items, pages,
                    (now - started) / 1e9, rate(now)));
        }

        void failed(int status) {
            note(key + ": HTTP " + status + ", recorded as an error (the actions that need it are not evaluated)");
        }

        private double rate(long now) {
            double seconds = (now - started) / 1e9;
            return seconds > 0 ? items / seconds : 0;
        }
    }
}
