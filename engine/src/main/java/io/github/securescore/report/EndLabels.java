package io.github.securescore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Direct labels: each line named at its end ("Threshold 40%", "All tenants 39.4%"), so a reader
 * tells two lines at the same height apart without matching colours to the legend. Labels that would
 * overlap are pushed apart vertically, and a thin leader joins a moved label to its line.
 */
final class EndLabels {

    static final double LINE_HEIGHT = 13;

    /** A label wanted at ({@code x}, {@code y}) for a line ending at ({@code endX}, {@code y}). */
    private record Wanted(double endX, double x, double y, String colour, String text) {
    }

    private final List<Wanted> wanted = new ArrayList<>();

    /** {@code text} is not escaped. */
    void add(double endX, double x, double y, String colour, String text) {
        wanted.add(new Wanted(endX, x, y, colour, text));
    }

    /** Draws the labels kept between {@code top} and {@code bottom}. */
    void draw(StringBuilder svg, double top, double bottom) {
        List<Wanted> sorted = new ArrayList<>(wanted);
        sorted.sort(Comparator.comparingDouble(Wanted::y));
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = Math.max(sorted.get(i).y(), i == 0 ? top : ys[i - 1] + LINE_HEIGHT);
        }
        // pushed below the bottom: shift the stack back up, keeping the spacing
        for (int i = ys.length - 1; i >= 0; i--) {
            double limit = i == ys.length - 1 ? bottom : ys[i + 1] - LINE_HEIGHT;
            ys[i] = Math.min(ys[i], limit);
        }
        svg.append("<g id=\"end-labels\">\n");
        for (int i = 0; i < ys.length; i++) {
            Wanted w = sorted.get(i);
            if (Math.abs(ys[i] - w.y()) > 2) {
                svg.append("<line x1=\"").append(ChartFrame.f(w.endX() + 5)).append("\" y1=\"").append(ChartFrame.f(w.y()))
                        .append("\" x2=\"").append(ChartFrame.f(w.x() - 2)).append("\" y2=\"").append(ChartFrame.f(ys[i]))
                        .append("\" stroke=\"").append(w.colour()).append("\" stroke-width=\"0.75\"/>\n");
            }
            svg.append("<text class=\"end-label\" x=\"").append(ChartFrame.f(w.x())).append("\" y=\"")
                    .append(ChartFrame.f(ys[i] + 4)).append("\" font-family=\"sans-serif\" font-size=\"11\" font-weight=\"bold\" "
                            + "fill=\"").append(w.colour()).append("\">").append(Markup.xml(w.text())).append("</text>\n");
        }
        svg.append("</g>\n");
    }
}
