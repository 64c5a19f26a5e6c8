package io.github.securescore.graph;

import java.time.Duration;

/**
 * How patiently and how widely the collector talks to Graph.
 *
 * @param requestTimeout   a whole request (connect, send, read the page) may take at most this long
 * @param maxAttempts      attempts per page, first try included, for throttling (429), 503, 504,
 *                         timeouts, dropped connections and malformed pages
 * @param initialBackoff   the wait before the first retry when Graph gives no {@code Retry-After};
 *                         doubles per attempt, with jitter
 * @param maxBackoff       the longest backoff between two attempts when Graph gives no {@code Retry-After}
 *                         (a {@code Retry-After} is always waited in full, up to five minutes)
 * @param concurrency      resources read at the same time (Graph throttles per app and tenant)
 * @param secureScoreDays  days of Microsoft's own score to record (newest first); 90, Graph's own history, so
 *                         that a tenant's first run can draw its trend from Microsoft's daily figures
 */
public record CollectionSettings(Duration requestTimeout, int maxAttempts, Duration initialBackoff,
                                 Duration maxBackoff, int concurrency, int secureScoreDays) {

    public CollectionSettings {
        if (maxAttempts < 1 || concurrency < 1 || secureScoreDays < 1) {
            throw new IllegalArgumentException("maxAttempts, concurrency and secureScoreDays must be at least 1");
        }
    }

    /** What the CLI and the plugins use against real Graph. */
    public static CollectionSettings defaults() {
        return new CollectionSettings(Duration.ofSeconds(100), 6, Duration.ofSeconds(2), Duration.ofSeconds(120), 4, 90);
    }

    public CollectionSettings withRequestTimeout(Duration timeout) {
        return new CollectionSettings(timeout, maxAttempts, initialBackoff, maxBackoff, concurrency, secureScoreDays);
    }

    public CollectionSettings withRetries(int attempts, Duration initial, Duration max) {
        return new CollectionSettings(requestTimeout, attempts, initial, max, concurrency, secureScoreDays);
    }
}
