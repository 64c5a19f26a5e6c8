package io.github.securescore.history;

import io.github.securescore.snapshot.TenantSecureScore;
import io.github.securescore.snapshot.TenantSnapshot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Entra's own Identity Secure Score of each day in {@code beta/directory/recommendations/tenantSecureScores}
 * ({@code tenantScore} of {@code tenantMaxScore}), for {@link Backfill}. Preferred over {@link SecureScoreDays}
 * for a day both give: it is Entra's identity score itself, where secureScores has to be narrowed to our
 * actions. It has no per-action detail, so its total is Entra's (with Defender for Identity items when
 * Microsoft counts them), which the trend labels by {@link #SOURCE}. A day whose figures cannot be a score
 * (no maximum, points above it) is left out.
 */
public final class EntraScoreDays {

    /** How the trend and the history name these figures. */
    public static final String SOURCE = "Microsoft Entra Identity Secure Score (tenantSecureScores)";

    private EntraScoreDays() {
    }

    public static List<DailyFigure> of(TenantSnapshot snapshot) {
        List<DailyFigure> days = new ArrayList<>();
        for (TenantSecureScore score : snapshot.tenantSecureScores()) {
            Double points = score.tenantScore();
            Double max = score.tenantMaxScore();
            if (points == null || max == null || !(max > 0) || points > max) {
                continue;
            }
            // the reader refuses a day that is no timestamp, so this parses
            LocalDate day = OffsetDateTime.parse(score.createDateTime()).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            days.add(new DailyFigure(day, RunRecord.round(points), RunRecord.round(max), SOURCE));
        }
        return List.copyOf(days);
    }
}
