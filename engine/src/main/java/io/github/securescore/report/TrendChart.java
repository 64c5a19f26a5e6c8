package io.github.securescore.report;

import static io.github.securescore.report.ChartFrame.DAY;
import static io.github.securescore.report.ChartFrame.LEFT;
import static io.github.securescore.report.ChartFrame.PLOT_W;
import static io.github.securescore.report.ChartFrame.TOP;
import static io.github.securescore.report.ChartFrame.WIDTH;
import static io.github.securescore.report.ChartFrame.axis;
import static io.github.securescore.report.ChartFrame.dated;
import static io.github.securescore.report.ChartFrame.f;
import static io.github.securescore.report.ChartFrame.label;
import static io.github.securescore.report.ChartFrame.open;
import static io.github.securescore.report.ChartFrame.text;
import static io.github.securescore.report.ChartFrame.xAxis;

import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import io.github.securescore.policy.ScoreZones;
import java.util.ArrayList;
import java.util.List;

/**
 * The score chart of the HTML report (the per-run charts are {@link ActivityCharts}, the frame
 * they share {@link ChartFrame}). The report's inline SVG charts follow the same rules. Only SVG presentation attributes (fill, stroke), never
 * CSS: Jenkins' Content-Security-Policy blocks styles but not attributes, so the chart looks the
 * same there. No script: tool tips are SVG {@code <title>} elements. The x axis is time
 * ({@link TimeAxis}); every series differs from the others by dash pattern, marker shape and a label
 * at its end, not by colour alone; a single run is drawn as markers, never as a one-point line.
 */
final class TrendChart {

    static final int PLOT_H = 240;
    /** Up to this many runs every run gets markers (with tool tips); beyond, only each line's end. */
    static final int MARKER_RUNS = 60;

    static final String SCORE_COLOUR = "#0d47a1";
    static final String THRESHOLD_COLOUR = "#c62828";
    static final String THRESHOLD_DASH = "12 3 2 3";
    private static final String[] AVERAGE_COLOURS = {"#6d4c41", "#00796b", "#e65100", "#546e7a"};
    private static final String[] AVERAGE_DASHES = {"2 3", "7 2 2 2 2 2", "1 5", "4 2 1 2"};
    private static final Marker[] AVERAGE_MARKERS = {Marker.TRIANGLE_UP, Marker.TRIANGLE_DOWN, Marker.PLUS, Marker.RING};
    private static final String[] PACK_COLOURS = {"#ad1457", "#2e7d32", "#283593"};
    private static final String[] PACK_DASHES = {"8 2 1 2", "3 2", "12 3 3 3"};

    /** One line of the score chart; {@code values} in percent, NaN where a run has none. */
    private record Series(String id, String legend, String name, double[] values, String colour, String width,
                          String dash, Marker marker) {
    }

    private TrendChart() {
    }

    /** The score over time with zones, threshold, projection, Microsoft's score and comparison averages. */
    static String score(Trend trend, ScoreZones zones, Double threshold) {
        List<TrendPoint> points = dated(trend.points());
        int n = points.size();
        List<RunRecord> days = trend.microsoftDays();
        TimeAxis axis = axis(points, days);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = axis.x(points.get(i).time());
        }
        List<Series> series = series(trend, points);
        double bottom = TOP + PLOT_H;
        StringBuilder body = new StringBuilder(16_384);
        // zones: bad below okay, okay below good, good above
        ChartLegend legend = new ChartLegend();
        for (Series s : series) {
            legend.line(s.colour(), s.width(), s.dash(), s.marker(), s.legend());
        }
        if (!days.isEmpty()) {
            legend.line(DAYS_COLOUR, "1.5", DAYS_DASH, Marker.RING, DAYS_LEGEND);
        }
        if (threshold != null) {
            legend.line(THRESHOLD_COLOUR, "2", THRESHOLD_DASH, Marker.CROSS, "Threshold (score gate) " + pct(threshold));
        }
        if (band(body, 0, zones.okay(), "#fdecea", "zone-bad")) {
            legend.box("#fdecea", "Bad: below " + Markup.points(zones.okay()) + "%");
        }
        if (band(body, zones.okay(), zones.good(), "#fff8e1", "zone-okay")) {
            legend.box("#fff8e1", "Okay: " + Markup.points(zones.okay()) + "% to " + Markup.points(zones.good()) + "%");
        }
        if (band(body, zones.good(), 100, "#e8f5e9", "zone-good")) {
            legend.box("#e8f5e9", "Good: " + Markup.points(zones.good()) + "% and above");
        }
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p);
            body.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(LEFT + PLOT_W)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#cfd8dc\" stroke-width=\"1\"/>\n");
            text(body, "y-label", LEFT - 6, y + 4, "end", p + "%");
        }
        xAxis(body, axis, bottom, n > 0 || !days.isEmpty());
        EndLabels ends = new EndLabels();
        if (threshold != null) {
            double y = y(threshold);
            body.append("<line id=\"threshold-line\" x1=\"").append(LEFT).append("\" y1=\"").append(f(y))
                    .append("\" x2=\"").append(f(LEFT + PLOT_W)).append("\" y2=\"").append(f(y)).append("\" stroke=\"")
                    .append(THRESHOLD_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"").append(THRESHOLD_DASH)
                    .append("\"/>\n");
            Marker.CROSS.draw(body, LEFT + PLOT_W, y, THRESHOLD_COLOUR, null);
            ends.add(LEFT + PLOT_W, LEFT + PLOT_W + 10, y, THRESHOLD_COLOUR, "Threshold " + pct(threshold));
        }
        // Microsoft's days under every series of ours
        microsoftDays(body, days, axis, ends);
        // the score last, on top of the others
        for (int s = series.size() - 1; s >= 0; s--) {
            draw(body, series.get(s), xs, points, ends);
        }
        ends.draw(body, TOP, bottom);
        double legendTop = bottom + 40;
        legend.draw(body, LEFT, WIDTH - 8, legendTop);
        int height = (int) (legendTop + Math.max(0, legend.rows(LEFT, WIDTH - 8) - 1) * ChartLegend.ROW + 14);

        StringBuilder svg = new StringBuilder(body.length() + 512);
        open(svg, "trend-chart", height);
        svg.append("<title id=\"trend-chart-title\">Identity Secure Score over ").append(n)
                .append(n == 1 ? " run" : " runs");
        if (n > 0) {
            svg.append(", ").append(DAY.format(points.get(0).time()));
            if (n > 1) {
                svg.append(" to ").append(DAY.format(points.get(n - 1).time()));
            }
        }
        if (!days.isEmpty()) {
            svg.append(", with Microsoft's daily identity score for ").append(days.size())
                    .append(days.size() == 1 ? " day" : " days").append(" from ").append(DAY.format(days.get(0).time()));
        }
        svg.append("</title>\n").append(body).append("</svg>\n");
        return svg.toString();
    }

    static final String DAYS_COLOUR = "#b39ddb";
    static final String DAYS_DASH = "3 3";
    static final String DAYS_LEGEND = "Microsoft's daily identity score (Microsoft's figures, before the first run)";

    /** The axis spans our runs and Microsoft's days. */
    private static TimeAxis axis(List<TrendPoint> points, List<RunRecord> days) {
        if (days.isEmpty()) {
            return ChartFrame.axis(points, LEFT, PLOT_W);
        }
        java.time.Instant first = days.get(0).time();
        java.time.Instant last = days.get(days.size() - 1).time();
        if (!points.isEmpty()) {
            first = points.get(0).time().isBefore(first) ? points.get(0).time() : first;
            last = points.get(points.size() - 1).time().isAfter(last) ? points.get(points.size() - 1).time() : last;
        }
        return new TimeAxis(first, last, LEFT, PLOT_W);
    }

    /**
     * Microsoft's daily identity score backfilled on the first run: a thin, light, dotted line of its own,
     * one tool tip per day, rings at its days and its own end label, so it never reads as our score.
     */
    private static void microsoftDays(StringBuilder svg, List<RunRecord> days, TimeAxis axis, EndLabels ends) {
        if (days.isEmpty()) {
            return;
        }
        double[] xs = new double[days.size()];
        double[] ys = new double[days.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = axis.x(days.get(i).time());
            ys[i] = y(days.get(i).percent());
        }
        List<ChartLine.Segment> segments = ChartLine.segments(xs, ys);
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k).size() > 1) {
                ChartLine.polyline(svg, "microsoft-days-line" + (k == 0 ? "" : "-" + k), segments.get(k), DAYS_COLOUR,
                        "1.5", DAYS_DASH);
            }
        }
        svg.append("<g id=\"microsoft-days-markers\">\n");
        boolean everyDay = xs.length <= MARKER_RUNS * 2;
        for (int i = 0; i < xs.length; i++) {
            RunRecord day = days.get(i);
            if (everyDay || i == xs.length - 1) {
                String tip = DAY.format(day.time()) + ": Microsoft's identity score " + Markup.percent(day.percent())
                        + " (" + Markup.points(day.points()) + " of " + Markup.points(day.maxPoints()) + " points, "
                        + day.source() + ")";
                Marker.RING.draw(svg, xs[i], ys[i], DAYS_COLOUR, Markup.xml(tip));
            }
        }
        svg.append("</g>\n");
        RunRecord newest = days.get(days.size() - 1);
        ends.add(xs[xs.length - 1], xs[xs.length - 1] + 10, ys[ys.length - 1], DAYS_COLOUR,
                "Microsoft daily " + pct(newest.percent()));
    }

    /** The series that draw something, the score first; the averages in the portal's order. */
    private static List<Series> series(Trend trend, List<TrendPoint> points) {
        int n = points.size();
        double[] score = new double[n];
        double[] projected = new double[n];
        double[] microsoft = new double[n];
        boolean projectionDiffers = false;
        for (int i = 0; i < n; i++) {
            TrendPoint p = points.get(i);
            score[i] = p.percent();
            projected[i] = p.projectedPercent();
            microsoft[i] = p.microsoftPercent();
            projectionDiffers |= Math.abs(projected[i] - score[i]) >= 0.005;
        }
        List<Series> series = new ArrayList<>();
        if (n > 0) {
            series.add(new Series("score-line", "Identity Secure Score", "Score", score, SCORE_COLOUR, "2.5", null,
                    Marker.CIRCLE));
        }
        // equal to the score at every run it would hide under it: nothing to show
        if (projectionDiffers) {
            series.add(new Series("projected-line", "Projected (Planned actions done)", "Projected", projected,
                    "#1e88e5", "1.5", "6 3", Marker.DIAMOND));
        }
        if (hasData(microsoft)) {
            series.add(new Series("microsoft-line", "Microsoft Secure Score", "Microsoft", microsoft, "#6a1b9a", "1.75",
                    "10 3", Marker.SQUARE));
        }
        List<String> bases = ComparisonBasis.ordered(trend.comparisonBases());
        for (int b = 0; b < bases.size(); b++) {
            double[] average = new double[n];
            for (int i = 0; i < n; i++) {
                var m = points.get(i).run().microsoft();
                average[i] = m == null ? Double.NaN : m.averagePercent(bases.get(b));
            }
            if (hasData(average)) {
                String name = shorten(ComparisonBasis.label(bases.get(b)), 24);
                // the identity average when Microsoft sent one: it compares the same actions as our score
                boolean identity = identityAverage(points, bases.get(b));
                series.add(new Series("average-" + b, name + (identity ? " (identity average)" : " (average)"), name,
                        average,
                        AVERAGE_COLOURS[b % AVERAGE_COLOURS.length], "1.5", AVERAGE_DASHES[b % AVERAGE_DASHES.length],
                        AVERAGE_MARKERS[b % AVERAGE_MARKERS.length]));
            }
        }
        // each baseline pack a run recorded: its share of SHALL requirements passed, on the same percent axis
        java.util.Set<String> packs = new java.util.TreeSet<>();
        points.forEach(p -> packs.addAll(p.run().packs().keySet()));
        int k = 0;
        for (String pack : packs) {
            double[] shall = new double[n];
            for (int i = 0; i < n; i++) {
                var entry = points.get(i).run().packs().get(pack);
                shall[i] = entry == null ? Double.NaN : entry.shallPercent();
            }
            String name = shorten(pack, 24);
            series.add(new Series(PackSections.anchor(pack) + "-line", name + " (SHALL requirements passed)", name, shall,
                    PACK_COLOURS[k % PACK_COLOURS.length], "1.75", PACK_DASHES[k % PACK_DASHES.length], Marker.DIAMOND));
            k++;
        }
        return series;
    }

    /** Whether the newest run with an average for {@code basis} gave it for the identity category. */
    private static boolean identityAverage(List<TrendPoint> points, String basis) {
        for (int i = points.size() - 1; i >= 0; i--) {
            var m = points.get(i).run().microsoft();
            if (m != null && !Double.isNaN(m.averagePercent(basis))) {
                return m.comparesIdentity(basis);
            }
        }
        return false;
    }

    /** A series' polylines, its markers and its end label. */
    private static void draw(StringBuilder svg, Series s, double[] xs, List<TrendPoint> points, EndLabels ends) {
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = Double.isNaN(s.values()[i]) ? Double.NaN : y(s.values()[i]);
        }
        List<ChartLine.Segment> segments = ChartLine.segments(xs, ys);
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k).size() > 1) {
                ChartLine.polyline(svg, s.id() + (k == 0 ? "" : "-" + k), segments.get(k), s.colour(), s.width(), s.dash());
            }
        }
        svg.append("<g id=\"").append(s.id().replace("-line", "")).append("-markers\">\n");
        boolean everyRun = xs.length <= MARKER_RUNS;
        for (int i = 0; i < xs.length; i++) {
            boolean segmentEnd = !Double.isNaN(ys[i]) && (i == xs.length - 1 || Double.isNaN(ys[i + 1]));
            if (!Double.isNaN(ys[i]) && (everyRun || segmentEnd)) {
                s.marker().draw(svg, xs[i], ys[i], s.colour(), Markup.xml(tooltip(s, points.get(i), s.values()[i])));
            }
        }
        svg.append("</g>\n");
        for (int i = xs.length - 1; i >= 0; i--) {
            if (!Double.isNaN(ys[i])) {
                ends.add(xs[i], xs[i] + 10, ys[i], s.colour(), s.name() + " " + pct(s.values()[i]));
                break;
            }
        }
    }

    private static String tooltip(Series s, TrendPoint p, double value) {
        String text = label(p) + ": " + s.legend() + " " + Markup.percent(value);
        return s.marker() == Marker.CIRCLE ? text + " (" + Markup.points(p.points()) + " of "
                + Markup.points(p.maxPoints()) + " points)" : text;
    }

    /** A zone band between two percentages; false when it is empty (nothing for the legend). */
    private static boolean band(StringBuilder svg, double from, double to, String fill, String id) {
        double top = y(Math.min(100, Math.max(0, to)));
        double bottom = y(Math.min(100, Math.max(0, from)));
        if (bottom - top <= 0) {
            return false;
        }
        svg.append("<rect id=\"").append(id).append("\" x=\"").append(LEFT).append("\" y=\"").append(f(top))
                .append("\" width=\"").append(f(PLOT_W)).append("\" height=\"").append(f(bottom - top))
                .append("\" fill=\"").append(fill).append("\"/>\n");
        return true;
    }

    /** Labels share the gutter; a long basis name would run off the chart. */
    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static String pct(double value) {
        return Markup.points(Math.round(value * 10) / 10.0) + "%";
    }

    private static boolean hasData(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static double y(double percent) {
        double clamped = Math.max(0, Math.min(100, percent));
        return TOP + (100 - clamped) / 100 * PLOT_H;
    }

}
