package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import io.github.securescore.history.DailyFigure;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's {@link Trend#ofNewest} over the newest builds of one check, paired back with the
 * builds for echarts' {@code SeriesBuilder}. The engine picks the runs (the newest build's tenant,
 * no more than the chart's configured build count, reading no further) and keeps Microsoft's backfilled days
 * apart from them; this only remembers which build each run record came from, and hands the engine the days a
 * build kept (the tenant's first build) right after that build's run, as the history file has them.
 *
 * @param results       newest build first, as {@code SeriesBuilder} expects
 * @param bases         Microsoft's comparison bases any of these runs recorded, in first-seen order
 * @param microsoftDays Microsoft's backfilled days of the trend's tenant, oldest first (never builds)
 */
record ScoreTrend(List<BuildResult<TrendPoint>> results, List<String> bases, List<RunRecord> microsoftDays) {

    /** Names a kept day in the engine's record; the trend uses only its day and percent. */
    static final String DAY_SOURCE = "Microsoft's daily score (kept in build.xml)";

    private static final Logger LOGGER = Logger.getLogger(ScoreTrend.class.getName());

    /** @param history the check's builds, newest first, each with a readable run record, read lazily */
    static ScoreTrend of(Iterable<BuildResult<ScoreBuildAction>> history, ChartModelConfiguration configuration) {
        Map<RunRecord, Build> builds = new IdentityHashMap<>();
        Iterable<RunRecord> runs = () -> new Iterator<>() {
            private final Iterator<BuildResult<ScoreBuildAction>> results = history.iterator();
            private final Deque<RunRecord> days = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                return !days.isEmpty() || results.hasNext();
            }

            @Override
            public RunRecord next() {
                if (!days.isEmpty()) {
                    return days.removeFirst();
                }
                BuildResult<ScoreBuildAction> result = results.next();
                RunRecord run = result.getResult().getRun();
                builds.put(run, result.getBuild());
                days.addAll(dayRecords(result.getResult(), run));
                return run;
            }
        };
        Trend trend = Trend.ofNewest(runs, configuration.isBuildCountDefined() ? configuration.getBuildCount() : 0);
        List<BuildResult<TrendPoint>> results = new ArrayList<>(trend.points().size());
        for (int i = trend.points().size() - 1; i >= 0; i--) {
            TrendPoint point = trend.points().get(i);
            results.add(new BuildResult<>(builds.get(point.run()), point));
        }
        return new ScoreTrend(List.copyOf(results), trend.comparisonBases(), trend.microsoftDays());
    }

    /**
     * The days a build kept, newest first, as the engine's history lines of the build's tenant (a percent is
     * points out of 100). A day build.xml holds damaged is left out and logged, the rest of the trend still shows.
     */
    private static List<RunRecord> dayRecords(ScoreBuildAction action, RunRecord run) {
        List<RunRecord> days = new ArrayList<>();
        for (Map.Entry<String, Double> day : action.getMicrosoftDays().entrySet()) {
            try {
                DailyFigure figure = new DailyFigure(LocalDate.parse(day.getKey()),
                        day.getValue() == null ? Double.NaN : day.getValue(), 100, DAY_SOURCE);
                days.add(0, RunRecord.microsoftDay(figure, run.tenant(), run.tenantName(), run.recordedAt()));
            } catch (DateTimeException | IllegalArgumentException e) {
                LOGGER.log(Level.WARNING, "Identity Secure Score: a day of Microsoft''s score in {0} cannot be read"
                        + " ({1} = {2}): {3}", new Object[] {action.getOwner(), day.getKey(), day.getValue(),
                        e.getMessage()});
            }
        }
        return days;
    }
}
