package io.github.securescore.history;

import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.snapshot.SecureScore;
import io.github.securescore.snapshot.TenantSnapshot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Microsoft's identity score of each day in {@code security/secureScores}, comparable with ours: for the
 * actions this run counts in its maximum, Microsoft's points that day ({@code controlScores[].score}, at most
 * the action's maximum) over those actions' maxima (Microsoft's profile maximum, else the catalog's). Only
 * the actions Microsoft listed that day count on either side, so a day Microsoft scored fewer actions is not
 * drawn low; a day listing none of them is left out. Microsoft's whole {@code currentScore} is not used: it
 * adds apps, data and devices, a different total.
 */
public final class SecureScoreDays {

    /** How the trend and the history name these figures. */
    public static final String SOURCE = "Microsoft Secure Score (secureScores)";

    private SecureScoreDays() {
    }

    public static List<DailyFigure> of(TenantSnapshot snapshot, Assessment assessment) {
        Map<String, Double> maxima = new HashMap<>();
        for (ControlResult c : assessment.controls()) {
            if (c.inMaximum() && c.maxScore() > 0) {
                maxima.put(c.name(), c.maxScore());
            }
        }
        List<DailyFigure> days = new ArrayList<>();
        for (SecureScore score : snapshot.secureScores()) {
            LocalDate day = day(score.createdDateTime());
            if (day == null) {
                continue;
            }
            double points = 0;
            double max = 0;
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (SecureScore.ControlScore c : score.controlScores()) {
                Double actionMax = c.controlName() == null ? null : maxima.get(c.controlName());
                if (actionMax == null || c.score() == null || !counted.add(c.controlName())) {
                    continue;
                }
                points += Math.min(c.score(), actionMax);
                max += actionMax;
            }
            if (max > 0) {
                days.add(new DailyFigure(day, RunRecord.round(points), RunRecord.round(max), SOURCE));
            }
        }
        return List.copyOf(days);
    }

    /** The UTC day of Graph's {@code createdDateTime}; null when it is absent or no date-time. */
    private static LocalDate day(String createdDateTime) {
        if (createdDateTime == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(createdDateTime).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
