package io.github.securescore.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A series in pixels, as the polylines that draw it: broken where a run has no value (NaN), and
 * downsampled to what one pixel column can show. Of the runs that fall in one column it keeps the
 * lowest and the highest (in the order they came) plus the segment's first and last, so the drawn
 * envelope is the same as with every run while 10,000 runs cost at most about two points per
 * column: the SVG's size follows the chart's width, not the history's length.
 */
final class ChartLine {

    /** The points of one unbroken stretch, x and y interleaved. */
    record Segment(double[] xy) {

        int size() {
            return xy.length / 2;
        }

        double lastX() {
            return xy[xy.length - 2];
        }

        double lastY() {
            return xy[xy.length - 1];
        }
    }

    private ChartLine() {
    }

    /** {@code xs} ascending; a NaN in {@code ys} breaks the line. */
    static List<Segment> segments(double[] xs, double[] ys) {
        List<Segment> segments = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= ys.length; i++) {
            boolean value = i < ys.length && !Double.isNaN(ys[i]);
            if (value && start < 0) {
                start = i;
            } else if (!value && start >= 0) {
                segments.add(downsample(xs, ys, start, i));
                start = -1;
            }
        }
        return segments;
    }

    /** Runs {@code from} (inclusive) to {@code to} (exclusive), min and max per pixel column. */
    private static Segment downsample(double[] xs, double[] ys, int from, int to) {
        double[] out = new double[Math.min(2 * (to - from), 4 * (int) (xs[to - 1] - xs[from] + 4))];
        int size = 0;
        int i = from;
        while (i < to) {
            long column = (long) Math.floor(xs[i]);
            int low = i;
            int high = i;
            int j = i;
            while (j < to && (long) Math.floor(xs[j]) == column) {
                if (ys[j] < ys[low]) {
                    low = j;
                }
                if (ys[j] > ys[high]) {
                    high = j;
                }
                j++;
            }
            int firstKept = i == from ? from : Math.min(low, high);
            int[] keep = {firstKept, Math.min(low, high), Math.max(low, high), j == to ? to - 1 : Math.max(low, high)};
            int previous = -1;
            for (int k : keep) {
                if (k != previous && (previous < 0 || k > previous)) {
                    if (size + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[size++] = xs[k];
                    out[size++] = ys[k];
                    previous = k;
                }
            }
            i = j;
        }
        return new Segment(java.util.Arrays.copyOf(out, size));
    }

    /** The polyline of {@code segment}: {@code id}, stroke and dash as presentation attributes. */
    static void polyline(StringBuilder svg, String id, Segment segment, String colour, String width, String dash) {
        svg.append("<polyline id=\"").append(id).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(width).append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"");
        double[] xy = segment.xy();
        for (int k = 0; k < xy.length; k += 2) {
            svg.append(k == 0 ? "" : " ").append(ChartFrame.f(xy[k])).append(',').append(ChartFrame.f(xy[k + 1]));
        }
        svg.append("\"/>\n");
    }
}
