package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.line.LinesDataSet;
import edu.hm.hafner.echarts.line.SeriesBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.securescore.history.TrendPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One build's values on the trend chart, taken from the engine's {@link TrendPoint} as they are:
 * the score in percent, the score gate's threshold, Microsoft's comparison averages (in percent
 * of Microsoft's maximum, the engine's conversion) and each baseline pack's share of SHALL requirements passed. Like coverage-plugin's {@code CoverageSeriesBuilder}.
 *
 * <p>echarts' {@code SeriesBuilder} fills a series that a build lacks with 0 (its {@code LinesDataSet} takes no
 * empty values), which would draw a build without Microsoft's averages or without a score gate as a drop to 0.
 * So the chart's lines are taken from {@link #values} instead: per build number, the build's own value or null,
 * which the chart library (ECharts) leaves as a gap. With dates as the axis (values averaged per day by
 * {@code SeriesBuilder}) a gap cannot be placed, so a series is drawn only when every build in the window has it.
 */
final class ScoreSeries extends SeriesBuilder<TrendPoint> {

    static final String SCORE = "score";
    static final String THRESHOLD = "threshold";
    static final String AVERAGE_PREFIX = "average-";
    static final String PACK_PREFIX = "pack-";

    private final List<String> bases;

    /** @param bases the comparison bases to draw, {@code Trend#comparisonBases()} */
    ScoreSeries(List<String> bases) {
        this.bases = List.copyOf(bases);
    }

    @Override
    protected Map<String, Double> computeSeries(TrendPoint point) {
        Map<String, Double> series = new HashMap<>();
        series.put(SCORE, point.percent());
        if (point.run().scoreThreshold() != null) {
            series.put(THRESHOLD, point.run().scoreThreshold());
        }
        if (point.run().microsoft() != null) {
            for (String basis : bases) {
                double average = point.run().microsoft().averagePercent(basis);
                if (!Double.isNaN(average)) {
                    series.put(AVERAGE_PREFIX + basis, average);
                }
            }
        }
        // each baseline pack the run recorded: its share of SHALL requirements passed (the engine's figure)
        point.run().packs().forEach((pack, entry) -> series.put(PACK_PREFIX + pack, entry.shallPercent()));
        return series;
    }

    /**
     * The line of one series over the data set's x-axis, or null when it is not to be drawn.
     *
     * @param data    what {@link #createDataSet} made of {@code results}
     * @param results the builds the data set was made from
     * @return by build number (the build axis): each build's value (two decimals, as the data set rounds), null
     *         where its run lacks the series; by
     *         date: the data set's daily averages when every build has the series, else null (no line)
     */
    @CheckForNull
    List<Double> values(String series, LinesDataSet data, List<BuildResult<TrendPoint>> results) {
        if (!data.containsSeries(series)) {
            return null;
        }
        Map<Integer, Map<String, Double>> byBuild = new HashMap<>();
        for (BuildResult<TrendPoint> result : results) {
            byBuild.put(result.getBuild().getNumber(), computeSeries(result.getResult()));
        }
        if (data.getBuildNumbers().isEmpty()) {
            boolean everywhere = byBuild.values().stream().allMatch(values -> values.containsKey(series));
            return everywhere ? data.getSeries(series) : null;
        }
        List<Double> line = new ArrayList<>(data.getBuildNumbers().size());
        for (Integer build : data.getBuildNumbers()) {
            Map<String, Double> values = byBuild.get(build);
            Double value = values == null ? null : values.get(series);
            line.add(value == null ? null : Math.round(value * 100) / 100.0);
        }
        return line;
    }
}
