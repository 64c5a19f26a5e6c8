package io.github.securescore.report;

import io.github.securescore.history.RunChange;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import io.github.securescore.policy.ScoreZones;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The inline SVG charts of the HTML report. Only SVG presentation attributes (fill, stroke), never
 * CSS: Jenkins' Content-Security-Policy blocks styles but not attributes, so the chart looks the
 * same there. No script: tool tips are SVG {@code <title>} elements.
 */
final class TrendChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 340;
    private static final int LEFT = 48;
    private static final int RIGHT = 210;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;
    /** Up to this many runs get a dot with a tool tip; more would only blur the line. */
    private static final int DOTS = 120;
    /** The score-changes bar chart shows the newest runs only, so the bars stay readable. */
    static final int BARS = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final String[] AVERAGE_COLOURS = {"#5d4037", "#00796b", "#ef6c00", "#455a64"};

    private TrendChart() {
    }

    /** The score over time with zones, threshold, projection, Microsoft's score and comparison averages. */
    static String score(Trend trend, ScoreZones zones, Double threshold) {
        List<TrendPoint> points = trend.points();
        int n = points.size();
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(256 + n * 40);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trend-chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-labelledby=\"trend-chart-title\">\n");
        svg.append("<title id=\"trend-chart-title\">Identity Secure Score over ").append(n)
                .append(n == 1 ? " run" : " runs").append("</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        // zones: bad below okay, okay below good, good above
        band(svg, 0, zones.okay(), "#fdecea", "zone-bad", plotW, plotH);
        band(svg, zones.okay(), zones.good(), "#fff8e1", "zone-okay", plotW, plotH);
        band(svg, zones.good(), 100, "#e8f5e9", "zone-good", plotW, plotH);
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p, plotH);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(LEFT + plotW)).append("\" y2=\"").append(f(y))
                    .append("\" stroke=\"#cfd8dc\" stroke-width=\"1\"/>\n");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#37474f\">")
                    .append(p).append("%</text>\n");
        }
        if (threshold != null) {
            double y = y(threshold, plotH);
            svg.append("<line id=\"threshold-line\" x1=\"").append(LEFT).append("\" y1=\"").append(f(y))
                    .append("\" x2=\"").append(f(LEFT + plotW)).append("\" y2=\"").append(f(y))
                    .append("\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
        }
        double[] score = new double[n];
        double[] projected = new double[n];
        double[] microsoft = new double[n];
        for (int i = 0; i < n; i++) {
            TrendPoint p = points.get(i);
            score[i] = p.percent();
            projected[i] = p.projectedPercent();
            microsoft[i] = p.microsoftPercent();
        }
        List<String> bases = trend.comparisonBases();
        for (int b = 0; b < bases.size(); b++) {
            double[] average = new double[n];
            for (int i = 0; i < n; i++) {
                var m = points.get(i).run().microsoft();
                average[i] = m == null ? Double.NaN : m.averagePercent(bases.get(b));
            }
            line(svg, "average-" + b, average, AVERAGE_COLOURS[b % AVERAGE_COLOURS.length], "1.5", "2 4", plotW, plotH);
        }
        line(svg, "microsoft-line", microsoft, "#6a1b9a", "1.5", "8 3", plotW, plotH);
        line(svg, "projected-line", projected, "#1565c0", "1.5", "3 3", plotW, plotH);
        line(svg, "score-line", score, "#0d47a1", "2.5", null, plotW, plotH);
        if (n <= DOTS) {
            for (int i = 0; i < n; i++) {
                TrendPoint p = points.get(i);
                svg.append("<circle cx=\"").append(f(x(i, n, plotW))).append("\" cy=\"").append(f(y(p.percent(), plotH)))
                        .append("\" r=\"3\" fill=\"#0d47a1\"><title>").append(Markup.xml(label(p))).append(": ")
                        .append(Markup.percent(p.percent())).append(" (").append(Markup.points(p.points())).append(" of ")
                        .append(Markup.points(p.maxPoints())).append(" points)</title></circle>\n");
            }
        }
        if (n > 0) {
            axisLabel(svg, LEFT, "start", label(points.get(0)), plotH);
            if (n > 1) {
                axisLabel(svg, LEFT + plotW, "end", label(points.get(n - 1)), plotH);
            }
        }
        int row = 0;
        legend(svg, row++, "#0d47a1", null, "Identity Secure Score");
        legend(svg, row++, "#1565c0", "3 3", "Projected (Planned done)");
        if (threshold != null) {
            legend(svg, row++, "#c62828", "6 4", "Threshold " + Markup.points(threshold) + "%");
        }
        if (hasData(microsoft)) {
            legend(svg, row++, "#6a1b9a", "8 3", "Microsoft Secure Score");
        }
        for (int b = 0; b < bases.size(); b++) {
            legend(svg, row++, AVERAGE_COLOURS[b % AVERAGE_COLOURS.length], "2 4",
                    "Average: " + Markup.xml(shorten(bases.get(b), 24)));
        }
        legendBox(svg, row++, "#e8f5e9", "Good: " + Markup.points(zones.good()) + "% and above");
        legendBox(svg, row++, "#fff8e1", "Okay: " + Markup.points(zones.okay()) + "% to " + Markup.points(zones.good()) + "%");
        legendBox(svg, row, "#fdecea", "Bad: below " + Markup.points(zones.okay()) + "%");
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Points achieved (up) and regressed (down) per run, for the newest {@link #BARS} runs. */
    static String changes(Trend trend) {
        List<TrendPoint> all = trend.points();
        List<TrendPoint> points = all.subList(Math.max(0, all.size() - BARS), all.size());
        int n = points.size();
        int height = 200;
        double plotW = WIDTH - LEFT - RIGHT;
        double mid = 100;
        double max = 1;
        for (TrendPoint p : points) {
            max = Math.max(max, Math.max(p.achievedPoints(), p.regressedPoints()));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"changes-chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"changes-chart-title\">\n");
        svg.append("<title id=\"changes-chart-title\">Points achieved and regressed per run</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(mid)).append("\" x2=\"").append(f(LEFT + plotW))
                .append("\" y2=\"").append(f(mid)).append("\" stroke=\"#90a4ae\" stroke-width=\"1\"/>\n");
        double slot = plotW / Math.max(1, n);
        double bar = Math.min(40, Math.max(1, slot * 0.6));
        for (int i = 0; i < n; i++) {
            TrendPoint p = points.get(i);
            double x = LEFT + i * slot + (slot - bar) / 2;
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
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"24\" text-anchor=\"end\" font-family=\"sans-serif\" "
                + "font-size=\"11\" fill=\"#37474f\">+").append(Markup.points(max)).append("</text>\n");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"184\" text-anchor=\"end\" font-family=\"sans-serif\" "
                + "font-size=\"11\" fill=\"#37474f\">-").append(Markup.points(max)).append("</text>\n");
        legendBoxAt(svg, 0, "#2e7d32", "Points achieved");
        legendBoxAt(svg, 1, "#c62828", "Points regressed");
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The number of actions marked Risk accepted per run, as a step line over all runs. */
    static String riskAcceptance(Trend trend) {
        List<TrendPoint> points = trend.points();
        int n = points.size();
        int height = 150;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = height - 20 - 30;
        long max = 1;
        for (TrendPoint p : points) {
            max = Math.max(max, p.riskAcceptedCount());
        }
        StringBuilder svg = new StringBuilder(256 + n * 24);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"risk-chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"risk-chart-title\">\n");
        svg.append("<title id=\"risk-chart-title\">Improvement actions marked Risk accepted per run</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        double bottom = 20 + plotH;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(bottom)).append("\" x2=\"").append(f(LEFT + plotW))
                .append("\" y2=\"").append(f(bottom)).append("\" stroke=\"#90a4ae\" stroke-width=\"1\"/>\n");
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double y = bottom - (double) points.get(i).riskAcceptedCount() / max * plotH;
            double x0 = n <= 1 ? LEFT : LEFT + plotW * i / n;
            double x1 = n <= 1 ? LEFT + plotW : LEFT + plotW * (i + 1) / n;
            pts.append(f(x0)).append(',').append(f(y)).append(' ').append(f(x1)).append(',').append(f(y)).append(' ');
        }
        svg.append("<polyline id=\"risk-line\" fill=\"none\" stroke=\"#ef6c00\" stroke-width=\"2\" points=\"")
                .append(pts.toString().trim()).append("\"/>\n");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"24\" text-anchor=\"end\" font-family=\"sans-serif\" "
                + "font-size=\"11\" fill=\"#37474f\">").append(max).append("</text>\n");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(bottom + 4)).append("\" text-anchor=\"end\" "
                + "font-family=\"sans-serif\" font-size=\"11\" fill=\"#37474f\">0</text>\n");
        if (n > 0) {
            axisLabelAt(svg, LEFT, "start", label(points.get(0)), bottom + 18);
            if (n > 1) {
                axisLabelAt(svg, LEFT + plotW, "end", label(points.get(n - 1)), bottom + 18);
            }
        }
        legend(svg, 0, "#ef6c00", null, "Actions risk accepted");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axisLabelAt(StringBuilder svg, double x, String anchor, String text, double y) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#37474f\">").append(Markup.xml(text))
                .append("</text>\n");
    }

    static String label(TrendPoint p) {
        String day = p.time() == null ? "" : DAY.format(p.time());
        return p.build() == null || p.build().isEmpty() ? day : day + " " + p.build();
    }

    static String label(RunChange change) {
        return DAY.format(change.previous().time());
    }

    private static void band(StringBuilder svg, double from, double to, String fill, String id, double plotW, double plotH) {
        double top = y(Math.min(100, Math.max(0, to)), plotH);
        double bottom = y(Math.min(100, Math.max(0, from)), plotH);
        if (bottom - top <= 0) {
            return;
        }
        svg.append("<rect id=\"").append(id).append("\" x=\"").append(LEFT).append("\" y=\"").append(f(top))
                .append("\" width=\"").append(f(plotW)).append("\" height=\"").append(f(bottom - top))
                .append("\" fill=\"").append(fill).append("\"/>\n");
    }

    /** A series as polylines, broken where a run has no value (NaN). */
    private static void line(StringBuilder svg, String id, double[] values, String colour, String width, String dash,
                             double plotW, double plotH) {
        int n = values.length;
        StringBuilder pts = new StringBuilder();
        int segment = 0;
        int count = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !Double.isNaN(values[i])) {
                pts.append(f(x(i, n, plotW))).append(',').append(f(y(values[i], plotH))).append(' ');
                count++;
                continue;
            }
            if (count > 0) {
                svg.append("<polyline id=\"").append(id).append(segment == 0 ? "" : "-" + segment)
                        .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
                        .append('"');
                if (dash != null) {
                    svg.append(" stroke-dasharray=\"").append(dash).append('"');
                }
                svg.append(" points=\"").append(pts.toString().trim()).append("\"/>\n");
                segment++;
            }
            pts.setLength(0);
            count = 0;
        }
    }

    /** Legend labels share a narrow column; a long basis name would run off the chart. */
    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static boolean hasData(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static void axisLabel(StringBuilder svg, double x, String anchor, String text, double plotH) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(TOP + plotH + 18))
                .append("\" text-anchor=\"").append(anchor)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#37474f\">").append(Markup.xml(text))
                .append("</text>\n");
    }

    private static void legend(StringBuilder svg, int row, String colour, String dash, String escapedText) {
        double x = WIDTH - RIGHT + 14;
        double y = TOP + 10 + row * 18;
        svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(x + 22))
                .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>\n<text x=\"").append(f(x + 28)).append("\" y=\"").append(f(y + 4))
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#263238\">").append(escapedText)
                .append("</text>\n");
    }

    private static void legendBox(StringBuilder svg, int row, String fill, String escapedText) {
        double x = WIDTH - RIGHT + 14;
        double y = TOP + 10 + row * 18;
        svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y - 6)).append("\" width=\"22\" height=\"12\" fill=\"")
                .append(fill).append("\" stroke=\"#b0bec5\"/>\n<text x=\"").append(f(x + 28)).append("\" y=\"").append(f(y + 4))
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#263238\">").append(escapedText)
                .append("</text>\n");
    }

    private static void legendBoxAt(StringBuilder svg, int row, String fill, String text) {
        legendBox(svg, row, fill, text);
    }

    private static double x(int i, int n, double plotW) {
        return n <= 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (n - 1);
    }

    private static double y(double percent, double plotH) {
        double clamped = Math.max(0, Math.min(100, percent));
        return TOP + (100 - clamped) / 100 * plotH;
    }

    /** One decimal, no locale, no String.format (a 10,000-run chart formats ~60,000 numbers). */
    static String f(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long frac = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }
}
