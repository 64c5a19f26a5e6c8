package io.github.securescore.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a score as someone else measured it, for {@link Backfill}: Microsoft's identity figures from
 * {@code security/secureScores} ({@link SecureScoreDays}), or any other daily source that plugs in the same way.
 *
 * @param day       the day the figure is of (UTC)
 * @param points    the points achieved that day
 * @param maxPoints the maximum the points are out of; positive
 * @param source    the reader's name of where the figure comes from, e.g. "Microsoft Secure Score (secureScores)"
 */
public record DailyFigure(LocalDate day, double points, double maxPoints, String source) {

    public DailyFigure {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        if (!(maxPoints > 0) || !(points >= 0) || points > maxPoints) {
            throw new IllegalArgumentException("a daily figure needs 0 <= points <= maxPoints and maxPoints > 0");
        }
    }

    public double percent() {
        return points / maxPoints * 100;
    }
}
