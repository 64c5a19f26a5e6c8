package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.ChartModelConfiguration.AxisType;
import edu.hm.hafner.echarts.line.LinesDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreSeriesTest {

    @Test
    void plotsScoreThresholdAndMicrosoftsAveragesPerBuild() {
        List<BuildResult<ScoreSummary>> newestFirst = List.of(
                result(3, 61.5, 70.0, Map.of("AllTenants", 40.0)),
                result(2, 55.0, 70.0, Map.of("AllTenants", 41.0)),
                result(1, 42.25, 70.0, Map.of("AllTenants", 39.0)));

        LinesDataSet data = new ScoreSeries().createDataSet(new ChartModelConfiguration(), newestFirst);

        assertEquals(List.of(1, 2, 3), data.getBuildNumbers());
        assertEquals(List.of(42.25, 55.0, 61.5), data.getSeries(ScoreSeries.SCORE));
        assertEquals(List.of(70.0, 70.0, 70.0), data.getSeries(ScoreSeries.THRESHOLD));
        assertEquals(List.of(39.0, 41.0, 40.0), data.getSeries(ScoreSeries.AVERAGE_PREFIX + "AllTenants"));
    }

    @Test
    void stopsAtTheConfiguredBuildCountAndLeavesOutMissingLines() {
        List<BuildResult<ScoreSummary>> newestFirst = new ArrayList<>();
        for (int build = 10; build >= 1; build--) {
            newestFirst.add(result(build, build * 5.0, null, Map.of()));
        }

        LinesDataSet data = new ScoreSeries().createDataSet(new ChartModelConfiguration(AxisType.BUILD, 4, 0),
                newestFirst);

        assertEquals(List.of(7, 8, 9, 10), data.getBuildNumbers());
        assertEquals(List.of(35.0, 40.0, 45.0, 50.0), data.getSeries(ScoreSeries.SCORE));
        assertFalse(data.containsSeries(ScoreSeries.THRESHOLD));
    }

    private static BuildResult<ScoreSummary> result(int number, double percent, Double threshold,
                                                    Map<String, Double> averages) {
        ScoreSummary summary = new ScoreSummary("t", null, "snapshot.json", percent, percent / 2, 50, "PASS",
                List.of(), List.of(), List.of(), threshold, null, averages);
        return new BuildResult<>(new Build(number, "#" + number, 1_700_000_000 + number * 60), summary);
    }
}
