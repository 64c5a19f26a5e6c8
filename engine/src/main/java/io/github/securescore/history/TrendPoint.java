package io.github.securescore.history;

import java.time.Instant;

/**
 * One run on the trend: the score, its projection, Microsoft's comparison, and the Metrics &amp;
 * trends figures (points achieved and regressed since the previous run, risk accepted).
 *
 * @param achievedPoints  points gained since the tenant's previous run (0 for the first)
 * @param regressedPoints points lost since the previous run, positive (0 for the first)
 */
public record TrendPoint(Instant time, String build, double percent, double points, double maxPoints,
                         double projectedPercent, double achievedPoints, double regressedPoints,
                         long riskAcceptedCount, double riskAcceptedPoints, RunRecord run) {

    /** Microsoft's own score in percent, or NaN when the run did not have it. */
    public double microsoftPercent() {
        return run.microsoft() == null ? Double.NaN : run.microsoft().percent();
    }
}
