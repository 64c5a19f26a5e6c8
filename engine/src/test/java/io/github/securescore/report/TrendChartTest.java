package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import io.github.securescore.policy.ScoreZones;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The trend charts read as SVG (parsed as XML): what a reader of one run, a few or thousands sees. */
class TrendChartTest {

    /** The test's own estimate of a character of 11 px sans-serif (DejaVu Sans digits are 0.64 em). */
    private static final double CHAR = 0.64 * 11;

    @Test
    void oneRunIsDrawnAsMarkersWithMicrosoftsScoreAndOneDateUnderItsDot() throws Exception {
        Trend trend = TrendFixture.trend(1, Duration.ofDays(1), 1, "AllTenants", "TotalSeats");
        Document svg = parse(TrendChart.score(trend, ScoreZones.DEFAULT, 40.0));

        assertEquals(0, nodes(svg, "//polyline").getLength(), "a one-point polyline draws nothing");
        assertEquals(1, nodes(svg, "//g[@id='score-markers']/circle").getLength());
        assertEquals(1, nodes(svg, "//g[@id='microsoft-markers']/rect").getLength(), "Microsoft's score is drawn");
        assertEquals(1, nodes(svg, "//g[@id='projected-markers']/polygon").getLength());
        assertEquals(1, nodes(svg, "//g[@id='average-0-markers']/*").getLength());
        assertEquals(1, nodes(svg, "//g[@id='average-1-markers']/*").getLength());

        List<Element> labels = elements(svg, "//g[@id='x-axis']/text");
        assertEquals(1, labels.size(), "one run, one date");
        assertEquals("7 Sep 2026", labels.get(0).getTextContent());
        double dot = number(svg, "//g[@id='score-markers']/circle/@cx");
        assertEquals(dot, Double.parseDouble(labels.get(0).getAttribute("x")), 0.05, "the date sits under its dot");
        assertEquals("middle", labels.get(0).getAttribute("text-anchor"));
    }

    @Test
    void theLegendListsOnlyWhatTheChartDraws() throws Exception {
        Trend one = TrendFixture.trend(1, Duration.ofDays(1), 2, "AllTenants", "TotalSeats");
        List<String> legend = texts(parse(TrendChart.score(one, ScoreZones.DEFAULT, 40.0)), "//text[@class='legend-label']");
        assertEquals(List.of("Identity Secure Score", "Projected (Planned actions done)", "Microsoft Secure Score",
                "All tenants (average)", "Tenants of similar size (average)", "Threshold (score gate) 40%",
                "Bad: below 50%", "Okay: 50% to 80%", "Good: 80% and above"), legend);

        // no threshold, no Microsoft data, a projection equal to the score, no "okay" band: none of them listed
        Trend plain = withoutMicrosoftOrProjection(TrendFixture.trend(5, Duration.ofDays(1), 3));
        Document svg = parse(TrendChart.score(plain, new ScoreZones(50, 50), null));
        assertEquals(List.of("Identity Secure Score", "Bad: below 50%", "Good: 50% and above"),
                texts(svg, "//text[@class='legend-label']"));
        assertEquals(0, nodes(svg, "//*[@id='microsoft-line' or @id='projected-line' or @id='threshold-line']").getLength());
    }

    static Stream<Arguments> runCounts() {
        return Stream.of(Arguments.of(1, Duration.ofDays(7)), Arguments.of(8, Duration.ofDays(7)),
                Arguments.of(120, Duration.ofDays(1)), Arguments.of(10_000, Duration.ofDays(1)),
                Arguments.of(10_000, Duration.ofHours(2)), Arguments.of(24, Duration.ofHours(1)),
                Arguments.of(40, Duration.ofMinutes(5)), Arguments.of(30, Duration.ofDays(30)));
    }

    @ParameterizedTest(name = "{0} runs every {1}")
    @MethodSource("runCounts")
    void xLabelsNameTheFirstAndLastRunAndNeverOverlap(int n, Duration step) throws Exception {
        Trend trend = TrendFixture.trend(n, step, n, "AllTenants");
        for (String chart : List.of(TrendChart.score(trend, ScoreZones.DEFAULT, 40.0), ActivityCharts.changes(trend),
                ActivityCharts.riskAcceptance(trend))) {
            Document svg = parse(chart);
            List<Element> labels = elements(svg, "//g[@id='x-axis']/text");
            assertFalse(labels.isEmpty(), "no x labels");
            for (int i = 1; i < labels.size(); i++) {
                double[] a = extent(labels.get(i - 1));
                double[] b = extent(labels.get(i));
                assertTrue(a[1] <= b[0], "labels overlap: " + labels.get(i - 1).getTextContent() + " and "
                        + labels.get(i).getTextContent() + " in " + svg.getDocumentElement().getAttribute("id"));
            }
            for (Element label : labels) {
                double[] e = extent(label);
                assertTrue(e[0] >= 0 && e[1] <= ChartFrame.WIDTH, "label off the chart: " + label.getTextContent());
            }
        }
        Document score = parse(TrendChart.score(trend, ScoreZones.DEFAULT, 40.0));
        List<String> texts = texts(score, "//g[@id='x-axis']/text");
        List<TrendPoint> points = trend.points();
        assertTrue(texts.get(0).startsWith(day(points.get(0).time())), texts.toString());
        assertTrue(texts.get(texts.size() - 1).startsWith(day(points.get(n - 1).time())), texts.toString());
        if (n >= 8) {
            assertTrue(texts.size() >= 4, "between first and last, nice dates: " + texts);
        }
    }

    @Test
    void theScoreChangeBarsHaveDatesUnderThem() throws Exception {
        Trend trend = TrendFixture.trend(8, Duration.ofDays(7), 4);
        Document svg = parse(ActivityCharts.changes(trend));
        assertEquals(List.of("7 Sep 2026", "14 Sep", "21 Sep", "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct 2026"),
                texts(svg, "//g[@id='x-axis']/text"));
    }

    @Test
    void theFirstAndLastScoreChangeBarsStayInsideThePlot() throws Exception {
        Trend trend = TrendFixture.trend(8, Duration.ofDays(7), 4);
        Document svg = parse(ActivityCharts.changes(trend));
        NodeList bars = nodes(svg, "//rect[title]");
        assertTrue(bars.getLength() > 0, "no bars");
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            double x = Double.parseDouble(bar.getAttribute("x"));
            double width = Double.parseDouble(bar.getAttribute("width"));
            assertTrue(x >= ChartFrame.LEFT && x + width <= ChartFrame.LEFT + ChartFrame.PLOT_W + 0.05,
                    "bar outside the plot: x " + x + ", width " + width);
        }
    }

    @Test
    void unevenlySpacedRunsArePlacedInTime() throws Exception {
        List<Instant> times = List.of(TrendFixture.START, TrendFixture.START.plus(Duration.ofDays(1)),
                TrendFixture.START.plus(Duration.ofDays(2)), TrendFixture.START.plus(Duration.ofDays(40)));
        Document svg = parse(TrendChart.score(TrendFixture.trend(times, 5), ScoreZones.DEFAULT, null));
        List<Element> dots = elements(svg, "//g[@id='score-markers']/circle");
        double[] x = dots.stream().mapToDouble(d -> Double.parseDouble(d.getAttribute("cx"))).toArray();
        assertEquals(x[1] - x[0], x[2] - x[1], 0.15);
        assertEquals(38 * (x[1] - x[0]), x[3] - x[2], 1.5, "a 38-day gap is 38 times a one-day gap: " + List.of(x));
    }

    @Test
    void averagesHaveThePortalsNamesNeverTheApiNames() throws Exception {
        Trend trend = TrendFixture.trend(3, Duration.ofDays(1), 6, "IndustryTypes", "SeatBand", "TotalSeats", "AllTenants");
        String chart = TrendChart.score(trend, ScoreZones.DEFAULT, 40.0);
        Document svg = parse(chart);
        assertEquals(List.of("All tenants (average)", "Tenants of similar size (average)",
                "Tenants in your industry (average)", "Seat band (average)"),
                texts(svg, "//text[@class='legend-label' and contains(., 'average')]"));
        List<String> ends = texts(svg, "//g[@id='end-labels']/text");
        assertTrue(ends.stream().anyMatch(t -> t.startsWith("Tenants of similar size ")), ends.toString());
        for (String raw : List.of("AllTenants", "TotalSeats", "IndustryTypes", "SeatBand")) {
            assertFalse(chart.contains(raw), raw);
        }
    }

    @Test
    void theThresholdAndAnAverageAtTheSameHeightStayDistinguishable() throws Exception {
        Trend trend = TrendFixture.trend(30, Duration.ofDays(1), 7, "AllTenants", "TotalSeats");
        double average = trend.points().get(29).run().microsoft().averagePercent("AllTenants");
        Document svg = parse(TrendChart.score(trend, ScoreZones.DEFAULT, average));

        String threshold = ((Element) nodes(svg, "//line[@id='threshold-line']").item(0)).getAttribute("stroke-dasharray");
        Set<String> dashes = new HashSet<>();
        dashes.add(threshold);
        for (Element line : elements(svg, "//polyline[@stroke-dasharray]")) {
            if (line.getAttribute("id").matches("(average-\\d|microsoft-line|projected-line)")) {
                assertTrue(dashes.add(line.getAttribute("stroke-dasharray")), "dash pattern shared: " + line.getAttribute("id"));
            }
        }
        assertEquals(5, dashes.size(), "threshold, two averages, Microsoft, projection: " + dashes);
        // shapes: the threshold ends in a cross (a path), the averages have triangles (polygons) of two directions
        assertEquals("path", svg.getElementsByTagName("path").item(0).getNodeName());
        Set<String> shapes = new HashSet<>();
        for (String id : List.of("average-0", "average-1", "microsoft", "projected", "score")) {
            Element marker = elements(svg, "//g[@id='" + id + "-markers']/*").get(0);
            shapes.add(marker.getNodeName() + ":" + marker.getAttribute("fill") + ":" + shapeOf(marker));
        }
        assertEquals(5, shapes.size(), shapes.toString());
        // direct labels: both named at the line end, not on top of each other
        Element thresholdLabel = elements(svg, "//g[@id='end-labels']/text[starts-with(., 'Threshold ')]").get(0);
        Element averageLabel = elements(svg, "//g[@id='end-labels']/text[starts-with(., 'All tenants ')]").get(0);
        double dy = Math.abs(Double.parseDouble(thresholdLabel.getAttribute("y")) - Double.parseDouble(averageLabel.getAttribute("y")));
        assertTrue(dy >= 12, "labels " + dy + " px apart");
        List<Element> ends = elements(svg, "//g[@id='end-labels']/text");
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                double d = Math.abs(Double.parseDouble(ends.get(i).getAttribute("y")) - Double.parseDouble(ends.get(j).getAttribute("y")));
                assertTrue(d >= 12, ends.get(i).getTextContent() + " / " + ends.get(j).getTextContent());
            }
        }
    }

    @Test
    void tenThousandRunsGiveASmallSvg() throws Exception {
        Trend trend = TrendFixture.trend(10_000, Duration.ofDays(1), 8, "AllTenants", "TotalSeats");
        String score = TrendChart.score(trend, ScoreZones.DEFAULT, 40.0);
        String risk = ActivityCharts.riskAcceptance(trend);
        assertTrue(score.length() < 90_000, "score chart: " + score.length() + " characters");
        assertTrue(risk.length() < 40_000, "risk chart: " + risk.length() + " characters");
        for (Document svg : List.of(parse(score), parse(risk))) {
            for (Element line : elements(svg, "//polyline")) {
                int points = line.getAttribute("points").split(" ").length;
                assertTrue(points <= 2 * ChartFrame.PLOT_W + 8, line.getAttribute("id") + ": " + points + " points");
            }
        }
        // markers only at the lines' ends: no 10,000 dots
        assertEquals(1, nodes(parse(score), "//g[@id='score-markers']/*").getLength());
    }

    static Stream<Arguments> randomSeries() {
        Random random = new Random(11);
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 25; c++) {
            int n = 1 + random.nextInt(5_000);
            double[] xs = new double[n];
            double[] ys = new double[n];
            double x = random.nextDouble() * 10;
            for (int i = 0; i < n; i++) {
                x += random.nextDouble() * (random.nextBoolean() ? 0.05 : 3);
                xs[i] = x;
                ys[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextDouble() * 200;
            }
            cases.add(Arguments.of(xs, ys));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("randomSeries")
    void downsamplingKeepsEachPixelColumnsLowestAndHighestAndTheEnds(double[] xs, double[] ys) {
        List<ChartLine.Segment> segments = ChartLine.segments(xs, ys);
        int i = 0;
        for (ChartLine.Segment segment : segments) {
            while (Double.isNaN(ys[i])) {
                i++;
            }
            int start = i;
            while (i < ys.length && !Double.isNaN(ys[i])) {
                i++;
            }
            double[] kept = segment.xy();
            assertEquals(xs[start], kept[0]);
            assertEquals(ys[start], kept[1]);
            assertEquals(xs[i - 1], segment.lastX());
            assertEquals(ys[i - 1], segment.lastY());
            for (int j = start; j < i; j++) {
                long column = (long) Math.floor(xs[j]);
                double low = Double.MAX_VALUE;
                double high = -Double.MAX_VALUE;
                int inColumn = 0;
                for (int k = 0; k < kept.length; k += 2) {
                    if ((long) Math.floor(kept[k]) == column) {
                        low = Math.min(low, kept[k + 1]);
                        high = Math.max(high, kept[k + 1]);
                        inColumn++;
                    }
                }
                assertTrue(low <= ys[j] && ys[j] <= high, "run " + j + " outside its column's kept range");
                assertTrue(inColumn <= 4, inColumn + " points in one column");
            }
            for (int k = 2; k < kept.length; k += 2) {
                assertTrue(kept[k] >= kept[k - 2], "kept points out of order");
            }
        }
        assertFalse(segments.stream().anyMatch(s -> s.size() == 0));
    }

    @Test
    void unknownBasesReadAsWords() {
        assertEquals("All tenants", ComparisonBasis.label("AllTenants"));
        assertEquals("Tenants of similar size", ComparisonBasis.label("TotalSeats"));
        assertEquals("Tenants in your industry", ComparisonBasis.label("IndustryTypes"));
        assertEquals("Seat band", ComparisonBasis.label("SeatBand"));
        assertEquals("EMEA region", ComparisonBasis.label("EMEARegion"));
        assertEquals("Region size", ComparisonBasis.label("region_size"));
        assertEquals("Other tenants", ComparisonBasis.label("__"));
        assertEquals("Other tenants", ComparisonBasis.label(null));
        assertEquals(List.of("AllTenants", "TotalSeats", "IndustryTypes", "Alpha", "Zulu"),
                ComparisonBasis.ordered(List.of("Zulu", "IndustryTypes", "Alpha", "TotalSeats", "AllTenants")));
    }

    @Test
    void aBasisWithMarkupIsEscaped() throws Exception {
        Trend trend = TrendFixture.trend(2, Duration.ofDays(1), 9, "<script>alert(1)</script>");
        String chart = TrendChart.score(trend, ScoreZones.DEFAULT, null);
        assertFalse(chart.contains("<script"));
        assertEquals(1, nodes(parse(chart), "//text[@class='legend-label' and contains(., 'alert')]").getLength());
    }

    private static Trend withoutMicrosoftOrProjection(Trend trend) {
        List<io.github.securescore.history.RunRecord> runs = new ArrayList<>();
        for (TrendPoint p : trend.points()) {
            var r = p.run();
            runs.add(new io.github.securescore.history.RunRecord(r.version(), r.time(), r.recordedAt(), r.tenant(),
                    r.source(), r.build(), r.points(), r.maxPoints(), r.percent(), r.percent(), 0, r.verdict(),
                    r.controls(), null));
        }
        return Trend.of(trend.tenant(), runs);
    }

    private static String shapeOf(Element marker) {
        String points = marker.getAttribute("points");
        if (points.isEmpty()) {
            return "";
        }
        String[] corners = points.split(" ");
        double firstY = Double.parseDouble(corners[0].split(",")[1]);
        double secondY = Double.parseDouble(corners[1].split(",")[1]);
        return corners.length + (firstY < secondY ? "up" : "down");
    }

    private static double[] extent(Element label) {
        double x = Double.parseDouble(label.getAttribute("x"));
        double w = label.getTextContent().length() * CHAR;
        return switch (label.getAttribute("text-anchor")) {
            case "end" -> new double[] {x - w, x};
            case "middle" -> new double[] {x - w / 2, x + w / 2};
            default -> new double[] {x, x + w};
        };
    }

    private static String day(Instant time) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(time);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static NodeList nodes(Document svg, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
    }

    private static double number(Document svg, String xpath) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate("number(" + xpath + ")", svg, XPathConstants.NUMBER);
    }

    static List<Element> elements(Document svg, String xpath) throws Exception {
        NodeList list = nodes(svg, xpath);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    static List<String> texts(Document svg, String xpath) throws Exception {
        return elements(svg, xpath).stream().map(Element::getTextContent).toList();
    }
}
