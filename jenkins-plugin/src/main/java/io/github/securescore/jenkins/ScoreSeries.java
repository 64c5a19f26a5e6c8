package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.line.SeriesBuilder;
import io.github.securescore.history.TrendPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One build's values on the trend chart, taken from the engine's {@link TrendPoint} as they are:
 * the score in percent, the score gate's threshold and Microsoft's comparison averages (in percent
 * of Microsoft's maximum, the engine's conversion). Like coverage-plugin's {@code CoverageSeriesBuilder}.
 *
 * <p>echarts' {@code SeriesBuilder} fills a series that a build lacks with 0, so a build without
 * Microsoft's averages or without a score gate drops those lines to 0 for that build.
 */
final class ScoreSeries extends SeriesBuilder<TrendPoint> {

    static final String SCORE = "score";
    static final String THRESHOLD = "threshold";
    static final String AVERAGE_PREFIX = "average-";

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
        return series;
    }
}
