package io.github.securescore.report;

import static io.github.securescore.report.ChartFrame.LEFT;
import static io.github.securescore.report.ChartFrame.PLOT_W;
import static io.github.securescore.report.ChartFrame.axis;
import static io.github.securescore.report.ChartFrame.dated;
import static io.github.securescore.report.ChartFrame.f;
import static io.github.securescore.report.ChartFrame.label;
import static io.github.securescore.report.ChartFrame.open;
import static io.github.securescore.report.ChartFrame.text;
import static io.github.securescore.report.ChartFrame.xAxis;

import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import java.util.Arrays;
import java.util.List;

/**
 * The charts of what happened per run, beside the score chart ({@link TrendChart}): points achieved
 * and regressed, and how many actions were marked Risk accepted. Same rules as the score chart:
 * presentation attributes only, no script, tool tips as SVG titles.
 */
final class ActivityCharts {

    /** The score-changes bar chart shows the newest runs only, so the bars stay readable. */
    static final int BARS = 60;

    private ActivityCharts() {
    }

    /** Points achieved (up) and regressed (down) per run, for the newest {@link #BARS} runs. */
    static String changes(Trend trend) {
        List<TrendPoint> all = dated(trend.points());
        List<TrendPoint> points = all.subList(Math.max(0, all.size() - BARS), all.size());
        int n = points.size();
        int height = 214;
        double mid = 100;
        double max = 1;
        for (TrendPoint p : points) {
            max = Math.max(max, Math.max(p.achievedPoints(), p.regressedPoints()));
        }
        TimeAxis axis = axis(points, LEFT, PLOT_W);
        StringBuilder svg = new StringBuilder();
        open(svg, "changes-chart", height);
        svg.append("<title id=\"changes-chart-title\">Points achieved and regressed per run").append(n < all.size()
                ? ", the newest " + n + " of " + all.size() + " runs" : "").append("</title>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(mid)).append("\" x2=\"").append(f(LEFT + PLOT_W))
                .append("\" y2=\"").append(f(mid)).append("\" stroke=\"#90a4ae\" stroke-width=\"1\"/>\n");
        double bar = barWidth(points, axis);
        for (TrendPoint p : points) {
            // centred on the run, but the first and last bars stay inside the plot
            double x = Math.max(LEFT, Math.min(LEFT + PLOT_W - bar, axis.x(p.time()) - bar / 2));
            if (p.achievedPoints() > 0) {
                double h = p.achievedPoints() / max * 80;
                svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(mid - h)).append("\" width=\"")
                        .append(f(bar)).append("\" height=\"").append(f(h)).append("\" fill=\"#2e7d32\"><title>")
                        .append(Markup.xml(label(p))).append(": +").append(Markup.points(p.achievedPoints()))
                        .append(" points achieved</title></rect>\n");
            }
            if (p.regressedPoints() > 0) {
                double h = p.regressedPoints() / max * 80;
                svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(mid)).append("\" width=\"")
                        .append(f(bar)).append("\" height=\"").append(f(h)).append("\" fill=\"#c62828\"><title>")
                        .append(Markup.xml(label(p))).append(": -").append(Markup.points(p.regressedPoints()))
                        .append(" points regressed</title></rect>\n");
            }
        }
        text(svg, "y-label", LEFT - 6, 24, "end", "+" + Markup.points(max));
        text(svg, "y-label", LEFT - 6, 184, "end", "-" + Markup.points(max));
        xAxis(svg, axis, 182, n > 0);
        if (n < all.size()) {
            text(svg, "note", LEFT, 12, "start", "The newest " + n + " of " + all.size() + " runs");
        }
        ChartLegend legend = new ChartLegend();
        legend.box("#2e7d32", "Points achieved (up)");
        legend.box("#c62828", "Points regressed (down)");
        legend.draw(svg, LEFT + PLOT_W + 10, LEFT + PLOT_W + 11, 30);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The number of actions marked Risk accepted per run, as a step line over all runs. */
    static String riskAcceptance(Trend trend) {
        List<TrendPoint> points = dated(trend.points());
        int n = points.size();
        int height = 150;
        double plotH = height - 20 - 30;
        long max = 1;
        for (TrendPoint p : points) {
            max = Math.max(max, p.riskAcceptedCount());
        }
        TimeAxis axis = axis(points, LEFT, PLOT_W);
        StringBuilder svg = new StringBuilder(4096);
        open(svg, "risk-chart", height);
        svg.append("<title id=\"risk-chart-title\">Improvement actions marked Risk accepted per run</title>\n");
        double bottom = 20 + plotH;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(bottom)).append("\" x2=\"").append(f(LEFT + PLOT_W))
                .append("\" y2=\"").append(f(bottom)).append("\" stroke=\"#90a4ae\" stroke-width=\"1\"/>\n");
        // a step: each run's count holds until the next run
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double y = bottom - (double) points.get(i).riskAcceptedCount() / max * plotH;
            xs[2 * i] = axis.x(points.get(i).time());
            xs[2 * i + 1] = i + 1 < n ? axis.x(points.get(i + 1).time()) : LEFT + PLOT_W;
            ys[2 * i] = y;
            ys[2 * i + 1] = y;
        }
        for (ChartLine.Segment segment : ChartLine.segments(xs, ys)) {
            ChartLine.polyline(svg, "risk-line", segment, "#ef6c00", "2", null);
        }
        text(svg, "y-label", LEFT - 6, 24, "end", String.valueOf(max));
        text(svg, "y-label", LEFT - 6, bottom + 4, "end", "0");
        xAxis(svg, axis, bottom, n > 0);
        ChartLegend legend = new ChartLegend();
        legend.line("#ef6c00", "2", null, null, "Actions risk accepted");
        legend.draw(svg, LEFT + PLOT_W + 10, LEFT + PLOT_W + 11, 30);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Bars 60 % of the median gap between runs wide, between 2 and 24 pixels. */
    private static double barWidth(List<TrendPoint> points, TimeAxis axis) {
        if (points.size() < 2) {
            return 24;
        }
        double[] gaps = new double[points.size() - 1];
        for (int i = 1; i < points.size(); i++) {
            gaps[i - 1] = axis.x(points.get(i).time()) - axis.x(points.get(i - 1).time());
        }
        Arrays.sort(gaps);
        return Math.max(2, Math.min(24, gaps[gaps.length / 2] * 0.6));
    }
}
