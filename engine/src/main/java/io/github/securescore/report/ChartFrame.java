package io.github.securescore.report;

import io.github.securescore.history.RunChange;
import io.github.securescore.history.TrendPoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the report's charts share: the canvas and its margins, the time axis under the plot, text
 * drawn with presentation attributes only (Jenkins' CSP blocks styles), run labels and the number
 * format. Each chart draws its own plot.
 */
final class ChartFrame {

    static final int WIDTH = 960;
    static final int LEFT = 56;
    /** The gutter right of the plot holds the direct labels. */
    static final int RIGHT = 215;
    static final int TOP = 16;
    static final double PLOT_W = WIDTH - LEFT - RIGHT;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ChartFrame() {
    }

    static void open(StringBuilder svg, String id, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title\">\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
    }

    static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String text) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(f(x)).append("\" y=\"").append(f(y))
                .append("\" text-anchor=\"").append(anchor).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(TimeAxis.FONT_SIZE).append("\" fill=\"#37474f\">").append(Markup.xml(text)).append("</text>\n");
    }

    /** Tick marks, faint grid lines at the nice dates, and the labels under the axis. */
    static void xAxis(StringBuilder svg, TimeAxis axis, double bottom, boolean any) {
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(bottom)).append("\" x2=\"")
                .append(f(LEFT + PLOT_W)).append("\" y2=\"").append(f(bottom)).append("\" stroke=\"#90a4ae\" stroke-width=\"1\"/>\n");
        if (!any) {
            return;
        }
        svg.append("<g id=\"x-axis\">\n");
        for (TimeAxis.Label label : axis.labels()) {
            svg.append("<line x1=\"").append(f(label.x())).append("\" y1=\"").append(f(bottom)).append("\" x2=\"")
                    .append(f(label.x())).append("\" y2=\"").append(f(bottom + 5)).append("\" stroke=\"#546e7a\" stroke-width=\"1\"/>\n");
            double half = TimeAxis.width(label.text()) / 2;
            double x = Math.max(half + 2, Math.min(WIDTH - half - 2, label.x()));
            text(svg, "x-label", x, bottom + 17, "middle", label.text());
        }
        svg.append("</g>\n");
    }

    /** The runs that can be placed in time, oldest first (a history is in append order). */
    static List<TrendPoint> dated(List<TrendPoint> points) {
        List<TrendPoint> dated = new ArrayList<>(points.size());
        for (TrendPoint p : points) {
            if (p.time() != null) {
                dated.add(p);
            }
        }
        dated.sort(Comparator.comparing(TrendPoint::time));
        return dated;
    }

    static TimeAxis axis(List<TrendPoint> points, double left, double width) {
        if (points.isEmpty()) {
            return new TimeAxis(Instant.EPOCH, Instant.EPOCH, left, width);
        }
        return new TimeAxis(points.get(0).time(), points.get(points.size() - 1).time(), left, width);
    }

    static String label(TrendPoint p) {
        String day = p.time() == null ? "" : DAY.format(p.time());
        return p.build() == null || p.build().isEmpty() ? day : day + " " + p.build();
    }

    static String label(RunChange change) {
        return DAY.format(change.previous().time());
    }

    /** One decimal, no locale, no String.format (a 10,000-run chart formats many numbers). */
    static String f(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long frac = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }
}
