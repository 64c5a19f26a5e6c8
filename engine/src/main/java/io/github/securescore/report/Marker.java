package io.github.securescore.report;

/**
 * The shapes that mark a series' runs, so series differ by shape and not by colour alone (in
 * grayscale, or to a reader who does not tell red from green). Drawn with presentation attributes.
 */
enum Marker {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, PLUS, RING;

    /** The element at ({@code x}, {@code y}); {@code title} (escaped) becomes its tool tip, or null. */
    void draw(StringBuilder svg, double x, double y, String colour, String escapedTitle) {
        String f = ChartFrame.f(x);
        String g = ChartFrame.f(y);
        switch (this) {
            case CIRCLE -> svg.append("<circle cx=\"").append(f).append("\" cy=\"").append(g)
                    .append("\" r=\"3.5\" fill=\"").append(colour).append('"');
            case RING -> svg.append("<circle cx=\"").append(f).append("\" cy=\"").append(g)
                    .append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"");
            case SQUARE -> svg.append("<rect x=\"").append(ChartFrame.f(x - 3.5)).append("\" y=\"")
                    .append(ChartFrame.f(y - 3.5)).append("\" width=\"7\" height=\"7\" fill=\"").append(colour).append('"');
            case DIAMOND -> polygon(svg, x, y, new double[] {0, -5, 5, 0, 0, 5, -5, 0}, "#ffffff", colour);
            case TRIANGLE_UP -> polygon(svg, x, y, new double[] {0, -5, 4.5, 3.5, -4.5, 3.5}, colour, colour);
            case TRIANGLE_DOWN -> polygon(svg, x, y, new double[] {0, 5, 4.5, -3.5, -4.5, -3.5}, colour, colour);
            case CROSS -> path(svg, "M" + ChartFrame.f(x - 4) + ' ' + ChartFrame.f(y - 4) + "l8 8m0 -8l-8 8", colour);
            case PLUS -> path(svg, "M" + ChartFrame.f(x - 5) + ' ' + g + "h10M" + f + ' ' + ChartFrame.f(y - 5) + "v10",
                    colour);
        }
        if (escapedTitle == null) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(escapedTitle).append("</title></").append(element()).append(">\n");
        }
    }

    private String element() {
        return switch (this) {
            case CIRCLE, RING -> "circle";
            case SQUARE -> "rect";
            case DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN -> "polygon";
            case CROSS, PLUS -> "path";
        };
    }

    private static void polygon(StringBuilder svg, double x, double y, double[] offsets, String fill, String stroke) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < offsets.length; i += 2) {
            svg.append(i == 0 ? "" : " ").append(ChartFrame.f(x + offsets[i])).append(',')
                    .append(ChartFrame.f(y + offsets[i + 1]));
        }
        svg.append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"");
    }

    private static void path(StringBuilder svg, String d, String colour) {
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"");
    }
}
