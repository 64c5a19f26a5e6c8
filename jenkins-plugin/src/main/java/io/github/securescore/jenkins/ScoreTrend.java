package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engine's {@link Trend} over the newest builds of one check, paired with the builds for
 * echarts' {@code SeriesBuilder}. Only the run records kept in {@code build.xml} are read, and no
 * more builds than the chart shows (its configured build count).
 *
 * @param results newest build first, as {@code SeriesBuilder} expects
 * @param bases   Microsoft's comparison bases any of these runs recorded, in first-seen order
 */
record ScoreTrend(List<BuildResult<TrendPoint>> results, List<String> bases) {

    /**
     * @param history the check's builds, newest first
     */
    static ScoreTrend of(Supplier<Iterable<BuildResult<RunRecord>>> history, ChartModelConfiguration configuration) {
        List<Build> builds = new ArrayList<>();
        List<RunRecord> runs = new ArrayList<>();
        String tenant = null;
        for (BuildResult<RunRecord> result : history.get()) {
            RunRecord run = result.getResult();
            if (runs.isEmpty()) {
                tenant = run.tenant();
            } else if (!run.isTenant(tenant)) {
                // the engine's trend is one tenant's: builds that scored another tenant are left out
                continue;
            }
            builds.add(result.getBuild());
            runs.add(run);
            if (configuration.isBuildCountDefined() && runs.size() >= configuration.getBuildCount()) {
                break;
            }
        }
        Collections.reverse(builds);
        Collections.reverse(runs);
        Trend trend = Trend.of(tenant, runs);
        List<BuildResult<TrendPoint>> results = new ArrayList<>(runs.size());
        for (int i = trend.points().size() - 1; i >= 0; i--) {
            results.add(new BuildResult<>(builds.get(i), trend.points().get(i)));
        }
        return new ScoreTrend(List.copyOf(results), trend.comparisonBases());
    }
}
