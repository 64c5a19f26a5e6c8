package io.github.securescore.jenkins;

import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.LocalDateLabel;
import edu.hm.hafner.echarts.ResultTime;
import edu.hm.hafner.echarts.TimeFacade;
import edu.hm.hafner.echarts.line.LinesDataSet;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.TrendPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The job trend's date axis with Microsoft's backfilled days on it: the days of the builds (where echarts'
 * {@code SeriesBuilder} put its daily averages) and Microsoft's days, in date order. echarts-api has no way to add
 * days without a build to its data set, so the lines are spread over this axis here: a build line has no value on a
 * day without a build, and Microsoft's line none on a day without its figure (null: a gap, never a drop to 0). No
 * build is invented. The build axis has no place for a day without a build, so it shows none of them.
 */
final class MicrosoftDaysAxis {

    private final List<LocalDate> days;
    private final List<LocalDate> buildDays;
    private final SortedMap<LocalDate, Double> microsoft;

    private MicrosoftDaysAxis(List<LocalDate> days, List<LocalDate> buildDays, SortedMap<LocalDate, Double> microsoft) {
        this.days = days;
        this.buildDays = buildDays;
        this.microsoft = microsoft;
    }

    /**
     * The axis for a date-axis data set, or empty when there is no day of Microsoft's to add (or the data set's days
     * cannot be told, which would misplace the lines: then the chart shows the builds alone).
     *
     * @param data    what {@code SeriesBuilder} made of {@code results} by date
     * @param results the builds, newest first
     * @param days    Microsoft's backfilled days, oldest first ({@code ScoreTrend#microsoftDays})
     */
    static Optional<MicrosoftDaysAxis> of(ChartModelConfiguration configuration, LinesDataSet data,
                                          List<BuildResult<TrendPoint>> results, List<RunRecord> days) {
        if (days.isEmpty() || data.isEmpty()) {
            return Optional.empty();
        }
        // the days SeriesBuilder drew, as it finds them: each build's date, newest first, up to the first too old
        ResultTime time = new ResultTime();
        TreeSet<LocalDate> builds = new TreeSet<>();
        for (BuildResult<TrendPoint> result : results) {
            if (time.isResultTooOld(configuration, result)) {
                break;
            }
            builds.add(TimeFacade.getInstance().getBuildDate(result.getBuild()));
        }
        if (builds.size() != data.getDomainAxisSize()) {
            return Optional.empty();
        }
        SortedMap<LocalDate, Double> microsoft = new TreeMap<>();
        LocalDate today = LocalDate.from(TimeFacade.getInstance().getToday());
        for (RunRecord day : days) {
            LocalDate date = day.time().atZone(ZoneOffset.UTC).toLocalDate();
            boolean tooOld = configuration.isDayCountDefined()
                    && Math.abs(ChronoUnit.DAYS.between(date, today)) > configuration.getDayCount();
            if (!tooOld) {
                microsoft.put(date, Math.round(day.percent() * 100) / 100.0);
            }
        }
        if (microsoft.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<LocalDate> all = new TreeSet<>(builds);
        all.addAll(microsoft.keySet());
        return Optional.of(new MicrosoftDaysAxis(List.copyOf(all), List.copyOf(builds), microsoft));
    }

    /** The axis labels, as echarts labels the days of builds. */
    List<String> labels() {
        return days.stream().map(day -> new LocalDateLabel(day).toString()).toList();
    }

    /** A line of the data set (one value per build day, or null for no line) spread over this axis. */
    @CheckForNull
    List<Double> spread(@CheckForNull List<Double> perBuildDay) {
        if (perBuildDay == null) {
            return null;
        }
        Map<LocalDate, Double> byDay = new TreeMap<>();
        for (int i = 0; i < buildDays.size(); i++) {
            byDay.put(buildDays.get(i), perBuildDay.get(i));
        }
        return valuesOn(byDay);
    }

    /** Microsoft's daily score in percent on its days, null on the others. */
    List<Double> microsoft() {
        return valuesOn(microsoft);
    }

    private List<Double> valuesOn(Map<LocalDate, Double> values) {
        List<Double> line = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            line.add(values.get(day));
        }
        return line;
    }
}
