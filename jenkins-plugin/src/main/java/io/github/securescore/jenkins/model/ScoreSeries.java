package io.github.securescore.jenkins.model;

import edu.hm.hafner.echarts.line.SeriesBuilder;
import java.util.HashMap;
import java.util.Map;

/**
 * The trend's data points of one build, computed from its {@link ScoreSummary} only (never from
 * the assessment file): the score in percent, the score gate's threshold, and Microsoft's
 * comparison averages when the snapshot had them.
 *
 * <p>echarts' {@code SeriesBuilder} fills a series that a build lacks with 0, so a build without
 * Microsoft's averages drops the comparison lines to 0 for that build.
 */
public final class ScoreSeries extends SeriesBuilder<ScoreSummary> {

    public static final String SCORE = "score";
    public static final String THRESHOLD = "threshold";
    public static final String AVERAGE_PREFIX = "average-";

    @Override
    protected Map<String, Double> computeSeries(ScoreSummary summary) {
        Map<String, Double> series = new HashMap<>();
        series.put(SCORE, summary.getPercent());
        if (summary.getScoreThreshold() != null) {
            series.put(THRESHOLD, summary.getScoreThreshold());
        }
        summary.getMicrosoftAveragePercents().forEach((basis, percent) -> series.put(AVERAGE_PREFIX + basis,
                percent));
        return series;
    }
}
