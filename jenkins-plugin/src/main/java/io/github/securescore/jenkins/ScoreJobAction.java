package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.JacksonFacade;
import edu.hm.hafner.echarts.line.LineSeries;
import edu.hm.hafner.echarts.line.LineSeries.FilledMode;
import edu.hm.hafner.echarts.line.LineSeries.StackedMode;
import edu.hm.hafner.echarts.line.LinesChartModel;
import edu.hm.hafner.echarts.line.LinesDataSet;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.github.securescore.jenkins.model.ScoreSeries;
import io.github.securescore.jenkins.model.ScoreSummary;
import io.jenkins.plugins.echarts.AsyncConfigurableTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * The job's link to the newest result of one check (one id) and its trend chart
 * ({@code floatingBox.jelly}): the score in percent per build, the score gate's threshold and
 * Microsoft's comparison averages. The chart reads only the {@link ScoreSummary} of each build,
 * never an assessment file, and stops at the chart's configured number of builds.
 */
public class ScoreJobAction implements Action, AsyncConfigurableTrendChart {

    private final Job<?, ?> owner;
    private final String id;
    private final String name;

    ScoreJobAction(Job<?, ?> owner, String id, String name) {
        this.owner = owner;
        this.id = id;
        this.name = name;
    }

    public Job<?, ?> getOwner() {
        return owner;
    }

    @Override
    public String getIconFileName() {
        return "symbol-shield-checkmark-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return name == null || name.isBlank() ? "Identity Secure Score" : name;
    }

    /** Jobs can show several checks; each one's URL is its id. */
    @Override
    public String getUrlName() {
        return id;
    }

    public String getTrendName() {
        return getDisplayName() + " trend";
    }

    /** The newest build's action for this id, searching back from the last build. */
    @CheckForNull
    public ScoreBuildAction getLatestAction() {
        return find(owner.getLastBuild());
    }

    @CheckForNull
    private ScoreBuildAction find(@CheckForNull Run<?, ?> start) {
        for (Run<?, ?> run = start; run != null; run = run.getPreviousBuild()) {
            for (ScoreBuildAction action : run.getActions(ScoreBuildAction.class)) {
                if (action.getId().equals(id)) {
                    return action;
                }
            }
        }
        return null;
    }

    /** Sends the browser to the newest result page. */
    public void doIndex(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        ScoreBuildAction latest = getLatestAction();
        if (latest == null) {
            response.sendError(404);
            return;
        }
        response.sendRedirect2(request.getContextPath() + "/" + latest.getOwner().getUrl() + id);
    }

    @Override
    public boolean isTrendVisible() {
        Iterator<BuildResult<ScoreSummary>> results = history().iterator();
        if (results.hasNext()) {
            results.next();
        }
        return results.hasNext();
    }

    @JavaScriptMethod
    @Override
    public String getConfigurableBuildTrendModel(String configuration) {
        return new JacksonFacade().toJson(createChartModel(ChartModelConfiguration.fromJson(configuration)));
    }

    LinesChartModel createChartModel(ChartModelConfiguration configuration) {
        LinesDataSet data = new ScoreSeries().createDataSet(configuration, history());
        LinesChartModel model = new LinesChartModel(data);
        if (data.isEmpty()) {
            return model;
        }
        model.useContinuousRangeAxis();
        model.setRangeMin(0);
        model.setRangeMax(100);
        model.addSeries(new LineSeries(getDisplayName() + " (%)", JenkinsPalette.BLUE.normal(),
                StackedMode.SEPARATE_LINES, FilledMode.LINES, data.getSeries(ScoreSeries.SCORE)));
        if (data.containsSeries(ScoreSeries.THRESHOLD)) {
            model.addSeries(new LineSeries("Threshold", JenkinsPalette.RED.normal(), StackedMode.SEPARATE_LINES,
                    FilledMode.LINES, data.getSeries(ScoreSeries.THRESHOLD)));
        }
        List<JenkinsPalette> colors = List.of(JenkinsPalette.GREY, JenkinsPalette.PURPLE, JenkinsPalette.ORANGE);
        int color = 0;
        for (String series : new java.util.TreeSet<>(data.getDataSetIds())) {
            if (series.startsWith(ScoreSeries.AVERAGE_PREFIX)) {
                String basis = series.substring(ScoreSeries.AVERAGE_PREFIX.length());
                model.addSeries(new LineSeries("Microsoft average (" + basis + ")",
                        colors.get(color++ % colors.size()).light(), StackedMode.SEPARATE_LINES, FilledMode.LINES,
                        data.getSeries(series)));
            }
        }
        return model;
    }

    /** Newest build first, one entry per build that ran this check, summaries only. */
    Iterable<BuildResult<ScoreSummary>> history() {
        return () -> new Iterator<>() {
            private ScoreBuildAction next = getLatestAction();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BuildResult<ScoreSummary> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ScoreBuildAction current = next;
                Run<?, ?> run = current.getOwner();
                next = find(run.getPreviousBuild());
                Build build = new Build(run.getNumber(), run.getDisplayName(), (int) (run.getTimeInMillis() / 1000));
                return new BuildResult<>(build, current.getSummary());
            }
        };
    }

    /** For tests: the ids and builds the chart would show. */
    List<Integer> buildNumbers(ChartModelConfiguration configuration) {
        return new ArrayList<>(new ScoreSeries().createDataSet(configuration, history()).getBuildNumbers());
    }
}
