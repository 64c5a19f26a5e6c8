package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium: the chart and the tables render, no script
 * runs (payloads that would mark the DOM leave no mark), and the page still renders under the
 * Content-Security-Policy Jenkins serves archived files with. Screenshots are kept in
 * {@code engine/target/chromium/}. Without Chromium the test is skipped, except on CI (env CI set),
 * where it fails: install it with {@code .ci/install-chromium.sh}.
 */
class HtmlReportInChromiumTest {

    private static final String JENKINS_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";
    /** What the payloads do when they run: set an attribute on body (the payload text itself only mentions it). */
    private static final Pattern MARKED_BODY = Pattern.compile("<body[^>]*\\s" + InjectionReports.MARKER_ATTRIBUTE + "=");
    private static final Path ARTIFACTS = Path.of("target", "chromium");

    @TempDir
    static Path dir;
    static Path chromium;
    static Path report;

    @BeforeAll
    static void findChromiumAndWriteTheReport() throws IOException {
        chromium = locateChromium();
        if (chromium == null) {
            String message = "Chromium not found (looked at $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser); "
                    + "install it with .ci/install-chromium.sh";
            if (System.getenv("CI") != null) {
                fail(message + " - required on CI");
            }
            Assumptions.abort(message + " - skipping the browser test");
        }
        InjectionReports.write(dir, EnumSet.of(ReportFormat.HTML));
        report = dir.resolve("reports").resolve(ReportFormat.HTML.fileName());
        Files.createDirectories(ARTIFACTS);
    }

    @Test
    void aScriptInAPageWouldMarkTheDumpedDom() throws Exception {
        // the control: proves that dump-dom sees what a running script does, so its absence below means something
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><head><title>control</title></head><body><p>x</p>"
                + "<script>document.body.setAttribute('" + InjectionReports.MARKER_ATTRIBUTE + "','control');"
                + "document.title='PWNED'</script></body></html>");
        String dom = dumpDom(control);
        assertTrue(MARKED_BODY.matcher(dom).find(), dom);
        assertTrue(dom.contains("<title>PWNED</title>"), dom);
    }

    @Test
    void theReportRendersItsChartAndTablesAndRunsNoScript() throws Exception {
        String dom = dumpDom(report);
        assertFalse(MARKED_BODY.matcher(dom).find(), "a planted payload ran");
        assertFalse(dom.contains("PWNED</title>"), "a planted payload changed the title");
        assertFalse(Pattern.compile("<script\\b", Pattern.CASE_INSENSITIVE).matcher(dom).find(), "a script element exists");
        assertFalse(Pattern.compile("<img\\b", Pattern.CASE_INSENSITIVE).matcher(dom).find(), "an img element exists");
        // the payloads are there, as text
        assertTrue(dom.contains("&lt;script&gt;document.title=\"PWNED\""), "payload text missing");
        assertTrue(dom.contains("<svg") && dom.contains("id=\"score-line\"") && dom.contains("<polyline"));
        assertTrue(Pattern.compile("<table id=\"actions-table\">.*?</table>", Pattern.DOTALL).matcher(dom).find());
        assertEquals(12 + 1, ScreenshotChecks.count(dom, "<tr id=\"action-") + 1, "one row per improvement action (+ header)");

        Path shot = screenshot(report, ARTIFACTS.resolve("identity-secure-score.png"));
        assertChartPixels(shot);
    }

    @Test
    void theReportStillRendersUnderJenkinsContentSecurityPolicy() throws Exception {
        String html = Files.readString(report);
        // as a <meta> (Chromium ignores "sandbox" there, the fetch directives apply), so the inline <style> is blocked
        Path strict = dir.resolve("reports/csp.html");
        Files.writeString(strict, html.replace("<head>\n", "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\""
                + JENKINS_CSP + "\">\n"));
        String dom = dumpDom(strict);
        assertTrue(dom.contains("Content-Security-Policy"));
        assertFalse(MARKED_BODY.matcher(dom).find(), "a planted payload ran");
        assertTrue(dom.contains("id=\"summary\"") && dom.contains("id=\"history-table\""));
        Path shot = screenshot(strict, ARTIFACTS.resolve("identity-secure-score-jenkins-csp.png"));
        assertChartPixels(shot);
    }

    /** The score line's blue and the good zone's green are drawn: the SVG rendered with its attributes. */
    private static void assertChartPixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1280, "screenshot width " + image.getWidth());
        int scoreBlue = 0;
        int goodZone = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (ScreenshotChecks.near(rgb, 0x0d47a1, 6)) {
                    scoreBlue++;
                } else if (ScreenshotChecks.near(rgb, 0xe8f5e9, 6)) {
                    goodZone++;
                }
            }
        }
        assertTrue(scoreBlue > 200, "score line pixels: " + scoreBlue);
        assertTrue(goodZone > 5_000, "good zone pixels: " + goodZone);
    }



    private static String dumpDom(Path page) throws Exception {
        return run(page, "--dump-dom");
    }

    private static Path screenshot(Path page, Path png) throws Exception {
        Files.deleteIfExists(png);
        run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000", "--hide-scrollbars");
        assertTrue(Files.size(png) > 10_000, "no screenshot written");
        return png;
    }

    private static String run(Path page, String... extra) throws Exception {
        return run(chromium, dir, page.toUri().toString(), extra);
    }

    /** Runs headless Chromium on {@code url} with a new empty profile under {@code work}; returns its stdout. */
    static String run(Path chromium, Path work, String url, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 90 s: " + command);
        }
        assertEquals(0, process.exitValue(), "Chromium failed: " + command);
        return out.get(10, TimeUnit.SECONDS);
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path locateChromium() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }
}
