package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as Jenkins serves an archived file: over HTTP, with Jenkins' default
 * Content-Security-Policy sent as a response header (not a {@code <meta>}, which Chromium reads
 * without its {@code sandbox}). The inline style block is blocked there, so the page is styled by
 * the style sheet written beside it, which {@code style-src 'self'} allows; without that file the
 * page still reads in order, unstyled. Screenshots of both are kept in {@code engine/target/chromium/}.
 */
class JenkinsCspInChromiumTest {

    static final String JENKINS_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";
    private static final Path ARTIFACTS = Path.of("target", "chromium");
    /** The headline's background: only the style sheet paints it. */
    private static final int HEADLINE = 0xeef3f8;
    /** The FAIL verdict's left border of the headline. */
    private static final int FAIL_RED = 0xc62828;

    @TempDir
    static Path dir;
    static Path chromium;
    static Path reports;
    static HttpServer server;
    /** Request path → the CSP header that was sent with it, so the test knows the header really went out. */
    static final Map<String, String> sent = new ConcurrentHashMap<>();

    @BeforeAll
    static void serveTheReports() throws IOException {
        chromium = HtmlReportInChromiumTest.locateChromium();
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium not found - required on CI (.ci/install-chromium.sh)");
            }
            Assumptions.abort("Chromium not found - skipping the browser test");
        }
        InjectionReports.write(dir, EnumSet.of(ReportFormat.HTML));
        reports = dir.resolve("reports");
        Files.createDirectories(ARTIFACTS);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                String name = exchange.getRequestURI().getPath().substring(1);
                Path file = reports.resolve(name).normalize();
                exchange.getResponseHeaders().add("Content-Security-Policy", JENKINS_CSP);
                exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
                sent.put("/" + name, JENKINS_CSP);
                if (!file.startsWith(reports) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().add("Content-Type",
                        name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
    }

    @Test
    void theLinkedStyleSheetStylesTheReportUnderTheRealHeader() throws Exception {
        BufferedImage styled = screenshot(url(ReportFormat.HTML.fileName()), "identity-secure-score-jenkins-csp-header.png");
        assertEquals(JENKINS_CSP, sent.get("/" + ReportFormat.HTML.fileName()));
        assertEquals(JENKINS_CSP, sent.get("/" + HtmlReport.STYLESHEET_FILE), "the style sheet was fetched");
        assertTrue(pixels(styled, HEADLINE) > 20_000, "headline background: " + pixels(styled, HEADLINE));
        assertTrue(pixels(styled, FAIL_RED) > 500, "FAIL border of the headline: " + pixels(styled, FAIL_RED));
        // the chart's colours are SVG attributes, not styles: drawn either way
        assertTrue(pixels(styled, 0x0d47a1) > 200, "score line");
    }

    @Test
    void withoutTheStyleSheetTheInlineStylesAreBlockedAndThePageStillReads() throws Exception {
        // the same report under another name, with no style sheet beside it
        Path bare = Files.createDirectories(reports.resolve("bare"));
        Files.copy(reports.resolve(ReportFormat.HTML.fileName()), bare.resolve("report.html"));
        BufferedImage unstyled = screenshot(url("bare/report.html"), "identity-secure-score-jenkins-csp-no-stylesheet.png");
        // (a few anti-aliased chart pixels come near the colour; the painted headline is tens of thousands)
        assertTrue(pixels(unstyled, HEADLINE) < 1_000, "the inline style block must have been blocked by the header");
        String dom = run(url("bare/report.html"), "--dump-dom");
        assertFalse(Pattern.compile("<body[^>]*\\s" + InjectionReports.MARKER_ATTRIBUTE + "=").matcher(dom).find(),
                "a planted payload ran");
        for (String id : List.of("id=\"headline\"", "id=\"verdict\"", "id=\"gates\"", "id=\"actions-table\"")) {
            assertTrue(dom.contains(id), id);
        }
        assertTrue(pixels(unstyled, 0x0d47a1) > 200, "the chart is drawn without styles");
    }

    private static long pixels(BufferedImage image, int target) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= 4
                        && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= 4
                        && Math.abs((rgb & 0xff) - (target & 0xff)) <= 4) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage screenshot(String url, String name) throws Exception {
        Path png = ARTIFACTS.resolve(name);
        Files.deleteIfExists(png);
        run(url, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000", "--hide-scrollbars");
        assertTrue(Files.size(png) > 10_000, "no screenshot written");
        return ImageIO.read(png.toFile());
    }

    private static String run(String url, String... extra) throws Exception {
        return HtmlReportInChromiumTest.run(chromium, dir, url, extra);
    }
}
