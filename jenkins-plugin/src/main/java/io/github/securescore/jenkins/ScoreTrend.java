package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The engine's {@link Trend#ofNewest} over the newest builds of one check, paired back with the
 * builds for echarts' {@code SeriesBuilder}. The engine picks the runs (the newest build's tenant,
 * no more than the chart's configured build count, reading no further); this only remembers which
 * build each run record came from.
 *
 * @param results newest build first, as {@code SeriesBuilder} expects
 * @param bases   Microsoft's comparison bases any of these runs recorded, in first-seen order
 */
// Unfinished: Microsoft's days backfilled on a tenant's first run (Trend#microsoftDays) are not drawn here. The
// build action keeps only its run's record, and echarts' SeriesBuilder plots one point per Build and fills a series
// a build lacks with 0 (fillMissingValues: series.putIfAbsent(dataSet, 0.0)), so pseudo-builds for Microsoft's
// days would draw our score at 0 for them. It needs the days kept in the first build's build.xml and a chart model
// whose score series has gaps; the HTML report attached to the build draws them (report.TrendChart).
record ScoreTrend(List<BuildResult<TrendPoint>> results, List<String> bases) {

    /** @param history the check's builds, newest first, read lazily */
    static ScoreTrend of(Iterable<BuildResult<RunRecord>> history, ChartModelConfiguration configuration) {
        Map<RunRecord, Build> builds = new IdentityHashMap<>();
        Iterable<RunRecord> runs = () -> new Iterator<>() {
            private final Iterator<BuildResult<RunRecord>> results = history.iterator();

            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public RunRecord next() {
                BuildResult<RunRecord> result = results.next();
                builds.put(result.getResult(), result.getBuild());
                return result.getResult();
            }
        };
        Trend trend = Trend.ofNewest(runs, configuration.isBuildCountDefined() ? configuration.getBuildCount() : 0);
        List<BuildResult<TrendPoint>> results = new ArrayList<>(trend.points().size());
        for (int i = trend.points().size() - 1; i >= 0; i--) {
            TrendPoint point = trend.points().get(i);
            results.add(new BuildResult<>(builds.get(point.run()), point));
        }
        return new ScoreTrend(List.copyOf(results), trend.comparisonBases());
    }
}
