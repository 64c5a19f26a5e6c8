package io.github.securescore.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history a tenant's first run starts with: the daily figures of another source (Microsoft's), as
 * history lines marked {@link RunRecord#ORIGIN_MICROSOFT}, so that the trend shows months of posture instead
 * of one dot. They are drawn as their own series and never stand in for a run of ours ("previous run",
 * changes, gates: {@link RunHistory#latest(String)}).
 */
public final class Backfill {

    private Backfill() {
    }

    /**
     * The lines to append before the first run of {@code tenant}, oldest first; none when the history already
     * holds an entry of that tenant. One line per day (the first source listed for a day wins); days the
     * history already has for the tenant, and the run's own day and later (the run is that day's point), are left out.
     *
     * @param runTime when the run observed the tenant (its {@link RunRecord#time()})
     * @param now     when the lines are recorded
     */
    public static List<RunRecord> firstRun(RunHistory history, String tenant, String tenantName, Instant runTime,
                                           List<DailyFigure> figures, Instant now) {
        if (figures.isEmpty() || history.runs().stream().anyMatch(r -> r.isTenant(tenant))) {
            return List.of();
        }
        Set<LocalDate> recorded = new HashSet<>();
        for (RunRecord r : history.runs()) {
            if (r.isTenant(tenant)) {
                recorded.add(day(r.time()));
            }
        }
        LocalDate runDay = day(runTime);
        Map<LocalDate, DailyFigure> byDay = new LinkedHashMap<>();
        for (DailyFigure f : figures) {
            if (f.day().isBefore(runDay) && !recorded.contains(f.day())) {
                byDay.putIfAbsent(f.day(), f);
            }
        }
        List<DailyFigure> days = new ArrayList<>(byDay.values());
        days.sort(Comparator.comparing(DailyFigure::day));
        List<RunRecord> lines = new ArrayList<>(days.size());
        for (DailyFigure f : days) {
            lines.add(RunRecord.microsoftDay(f, tenant, tenantName, now));
        }
        return List.copyOf(lines);
    }

    /**
     * The days of Microsoft's figures a check backfilled, for a front end that keeps each run's own data (a Jenkins
     * build): in {@code after}, the history the check returned, Microsoft's days of {@code tenant} when {@code before},
     * the history it read, held no line of that tenant (the only case {@link #firstRun} adds any); none otherwise.
     */
    public static List<RunRecord> added(RunHistory before, RunHistory after, String tenant) {
        if (before.runs().stream().anyMatch(r -> r.isTenant(tenant))) {
            return List.of();
        }
        return after.microsoftDays(tenant);
    }

    private static LocalDate day(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
