package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.Build;
import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.ChartModelConfiguration.AxisType;
import edu.hm.hafner.echarts.line.LineSeries;
import edu.hm.hafner.echarts.line.LineSeries.FilledMode;
import edu.hm.hafner.echarts.line.LineSeries.StackedMode;
import edu.hm.hafner.echarts.line.LinesChartModel;
import edu.hm.hafner.echarts.line.LinesDataSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.echarts.AsyncConfigurableTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * The job's link to the newest result of one check (one id) and its trend chart
 * ({@code floatingBox.jelly}): the score in percent per build, the score gate's threshold and
 * Microsoft's comparison averages, as the engine's {@code Trend} of the builds' run records has
 * them ({@link ScoreTrend}), and by date Microsoft's daily score of the days the tenant's first build backfilled
 * ({@link MicrosoftDaysAxis}). It reads only what each build's {@code build.xml} holds, never a report file, and
 * stops at the chart's configured number of builds.
 */
public class ScoreJobAction implements Action, AsyncConfigurableTrendChart {

    /**
     * Serialises the chart model as echarts-api's own trend actions do, with the Jackson of jackson2-api
     * (echarts' JacksonFacade is deprecated for removal).
     */
    private static final ObjectMapper CHART_JSON = new ObjectMapper();

    /** The line of Microsoft's backfilled days (date axis only). */
    static final String MICROSOFT_DAYS = "Microsoft's daily score (%)";

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

    // Unfinished: a first build that backfilled Microsoft's days could already show a trend (by date), but the chart
    // opens on the build axis, where one build is one dot; so the trend still waits for a second build.
    @Override
    public boolean isTrendVisible() {
        ScoreBuildAction latest = getLatestAction();
        return latest != null && find(latest.getOwner().getPreviousBuild()) != null;
    }

    @JavaScriptMethod
    @Override
    public String getConfigurableBuildTrendModel(String configuration) {
        LinesChartModel model = createChartModel(ChartModelConfiguration.fromJson(configuration));
        try {
            return CHART_JSON.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the trend chart of " + owner.getFullName() + " cannot be written", e);
        }
    }

    LinesChartModel createChartModel(ChartModelConfiguration configuration) {
        ScoreTrend trend = ScoreTrend.of(history(), configuration);
        ScoreSeries series = new ScoreSeries(trend.bases());
        LinesDataSet data = series.createDataSet(configuration, trend.results());
        // by date, Microsoft's backfilled days join the axis; by build they have no place (no build is invented)
        Optional<MicrosoftDaysAxis> days = configuration.getAxisType() == AxisType.DATE
                ? MicrosoftDaysAxis.of(configuration, data, trend.results(), trend.microsoftDays()) : Optional.empty();
        LinesChartModel model = days.map(axis -> new LinesChartModel(axis.labels(), List.of()))
                .orElseGet(() -> new LinesChartModel(data));
        if (data.isEmpty()) {
            return model;
        }
        UnaryOperator<List<Double>> place = days.<UnaryOperator<List<Double>>>map(axis -> axis::spread)
                .orElse(values -> values);
        model.useContinuousRangeAxis();
        model.setRangeMin(0);
        model.setRangeMax(100);
        addLine(model, getDisplayName() + " (%)", JenkinsPalette.BLUE.normal(),
                place.apply(series.values(ScoreSeries.SCORE, data, trend.results())));
        addLine(model, "Threshold", JenkinsPalette.RED.normal(),
                place.apply(series.values(ScoreSeries.THRESHOLD, data, trend.results())));
        List<JenkinsPalette> colors = List.of(JenkinsPalette.GREY, JenkinsPalette.PURPLE, JenkinsPalette.ORANGE);
        int color = 0;
        for (String basis : trend.bases()) {
            List<Double> values = series.values(ScoreSeries.AVERAGE_PREFIX + basis, data, trend.results());
            if (values != null) {
                addLine(model, "Microsoft average (" + basis + ")", colors.get(color++ % colors.size()).light(),
                        place.apply(values));
            }
        }
        List<JenkinsPalette> packColors = List.of(JenkinsPalette.PINK, JenkinsPalette.GREEN, JenkinsPalette.CYAN);
        java.util.Set<String> packs = new java.util.TreeSet<>();
        trend.results().forEach(result -> packs.addAll(result.getResult().run().packs().keySet()));
        int packColor = 0;
        for (String pack : packs) {
            List<Double> values = series.values(ScoreSeries.PACK_PREFIX + pack, data, trend.results());
            if (values != null) {
                addLine(model, pack + " (SHALL passed, %)", packColors.get(packColor++ % packColors.size()).normal(),
                        place.apply(values));
            }
        }
        days.ifPresent(axis -> addLine(model, MICROSOFT_DAYS, JenkinsPalette.INDIGO.light(), axis.microsoft()));
        return model;
    }

    /** A line whose null values are gaps (builds without that value), not drops to 0. */
    private static void addLine(LinesChartModel model, String name, String color, @CheckForNull List<Double> values) {
        if (values == null) {
            return;
        }
        LineSeries line = new LineSeries(name, color, StackedMode.SEPARATE_LINES, FilledMode.LINES);
        line.addAll(values);
        model.addSeries(line);
    }

    /** Newest build first, one entry per build that ran this check and has a readable run record. */
    Iterable<BuildResult<ScoreBuildAction>> history() {
        return () -> new Iterator<>() {
            private ScoreBuildAction next = advance(getLatestAction());

            private ScoreBuildAction advance(@CheckForNull ScoreBuildAction from) {
                ScoreBuildAction action = from;
                while (action != null && action.getRun() == null) {
                    action = find(action.getOwner().getPreviousBuild());
                }
                return action;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BuildResult<ScoreBuildAction> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ScoreBuildAction current = next;
                Run<?, ?> run = current.getOwner();
                next = advance(find(run.getPreviousBuild()));
                Build build = new Build(run.getNumber(), run.getDisplayName(), (int) (run.getTimeInMillis() / 1000));
                return new BuildResult<>(build, current);
            }
        };
    }

    /** For tests: the builds the chart would show. */
    List<Integer> buildNumbers(ChartModelConfiguration configuration) {
        ScoreTrend trend = ScoreTrend.of(history(), configuration);
        return new ArrayList<>(new ScoreSeries(trend.bases()).createDataSet(configuration, trend.results())
                .getBuildNumbers());
    }
}
