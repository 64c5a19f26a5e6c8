package io.github.securescore.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend under a chart: one entry per thing the chart draws (never one for a series without a
 * value), each a sample of the line with its dash pattern and marker, or a zone's swatch. Entries
 * flow left to right in rows across the chart's width.
 */
final class ChartLegend {

    static final int ROW = 18;
    private static final double SAMPLE = 30;

    /** A line sample (dash may be null, marker may be null) or, with {@code fill}, a zone swatch. */
    private record Entry(String colour, String width, String dash, Marker marker, String fill, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** An entry for a series drawn as a line with markers; {@code text} is not escaped. */
    void line(String colour, String width, String dash, Marker marker, String text) {
        entries.add(new Entry(colour, width, dash, marker, null, text));
    }

    /** An entry for a filled area (a zone band); {@code text} is not escaped. */
    void box(String fill, String text) {
        entries.add(new Entry(null, null, null, null, fill, text));
    }

    /** How many rows the entries take between {@code left} and {@code right}. */
    int rows(double left, double right) {
        return layout(left, right).isEmpty() ? 0 : (int) layout(left, right).get(entries.size() - 1)[1] + 1;
    }

    /** Draws the entries, the first row's text centred on {@code top}. */
    void draw(StringBuilder svg, double left, double right, double top) {
        List<double[]> places = layout(left, right);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double x = places.get(i)[0];
            double y = top + places.get(i)[1] * ROW;
            if (e.fill() != null) {
                svg.append("<rect x=\"").append(ChartFrame.f(x + 4)).append("\" y=\"").append(ChartFrame.f(y - 6))
                        .append("\" width=\"22\" height=\"12\" fill=\"").append(e.fill()).append("\" stroke=\"#90a4ae\"/>\n");
            } else {
                svg.append("<line x1=\"").append(ChartFrame.f(x)).append("\" y1=\"").append(ChartFrame.f(y))
                        .append("\" x2=\"").append(ChartFrame.f(x + SAMPLE)).append("\" y2=\"").append(ChartFrame.f(y))
                        .append("\" stroke=\"").append(e.colour()).append("\" stroke-width=\"").append(e.width()).append('"');
                if (e.dash() != null) {
                    svg.append(" stroke-dasharray=\"").append(e.dash()).append('"');
                }
                svg.append("/>\n");
                if (e.marker() != null) {
                    e.marker().draw(svg, x + SAMPLE / 2, y, e.colour(), null);
                }
            }
            svg.append("<text class=\"legend-label\" x=\"").append(ChartFrame.f(x + SAMPLE + 6)).append("\" y=\"")
                    .append(ChartFrame.f(y + 4)).append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#263238\">")
                    .append(Markup.xml(e.text())).append("</text>\n");
        }
    }

    /** Each entry's x and row. */
    private List<double[]> layout(double left, double right) {
        List<double[]> places = new ArrayList<>(entries.size());
        double x = left;
        int row = 0;
        for (Entry e : entries) {
            double w = SAMPLE + 6 + TimeAxis.width(e.text()) + 18;
            if (x > left && x + w > right) {
                x = left;
                row++;
            }
            places.add(new double[] {x, row});
            x += w;
        }
        return places;
    }
}
