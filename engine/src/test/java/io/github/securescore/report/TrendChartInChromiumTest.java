package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.Trend;
import io.github.securescore.policy.ScoreZones;
import io.github.securescore.snapshot.SnapshotSource;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trend charts as headless Chromium draws them, under Jenkins' Content-Security-Policy (as a
 * {@code <meta>}: inline styles blocked, presentation attributes kept): a first run, the 8-week example
 * series, 120 and 10,000 daily runs. Screenshots (and a grayscale copy) are kept in
 * {@code engine/target/chromium/}. Skipped without Chromium, except on CI.
 */
class TrendChartInChromiumTest {

    private static final String JENKINS_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";
    private static final Path ARTIFACTS = Path.of("target", "chromium");
    private static final Path SERIES = Path.of("..", "examples", "series");

    @TempDir
    static Path dir;
    static Path chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        for (String candidate : new String[] {System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
                break;
            }
        }
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium not found - required on CI (.ci/install-chromium.sh)");
            }
            Assumptions.abort("Chromium not found - skipping the browser test");
        }
        Files.createDirectories(ARTIFACTS);
    }

    @Test
    void aFirstRunShowsItsScoreAndMicrosoftsAsMarkers() throws Exception {
        Trend trend = series(1);
        BufferedImage image = shoot(trend, new ScoreZones(80, 50), 40.0, "trend-first-run.png");
        assertTrue(pixels(image, 0x0d47a1) > 20, "the score's dot");
        assertTrue(pixels(image, 0x6a1b9a) > 20, "Microsoft's square");
    }

    @Test
    void theEightWeekSeries() throws Exception {
        BufferedImage image = shoot(series(8), new ScoreZones(80, 50), 40.0, "trend-8-weeks.png");
        assertTrue(pixels(image, 0x0d47a1) > 300, "the score line");
        grayscale(image, ARTIFACTS.resolve("trend-8-weeks-grayscale.png"));
    }

    @Test
    void aHundredAndTwentyDailyRuns() throws Exception {
        Trend trend = TrendFixture.trend(120, Duration.ofDays(1), 120, "AllTenants", "TotalSeats");
        assertTrue(pixels(shoot(trend, ScoreZones.DEFAULT, 40.0, "trend-120-runs.png"), 0x0d47a1) > 300);
    }

    @Test
    void tenThousandDailyRuns() throws Exception {
        Trend trend = TrendFixture.trend(10_000, Duration.ofDays(1), 10_000, "AllTenants", "TotalSeats");
        assertTrue(pixels(shoot(trend, ScoreZones.DEFAULT, 40.0, "trend-10000-runs.png"), 0x0d47a1) > 300);
    }

    /** The example series' first {@code weeks} weeks, checked as its README does. */
    private static Trend series(int weeks) throws IOException {
        Path history = Files.createTempDirectory(dir, "series").resolve("history.jsonl");
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
        for (int n = 1; n <= weeks; n++) {
            check.run(new CheckRequest(SnapshotSource.file(SERIES.resolve("week-" + n + ".json")),
                    SERIES.resolve("policy.yaml"), List.of(), LocalDate.parse("2026-11-01"), history, null, Set.of(),
                    "#" + n));
        }
        RunHistory runs = new HistoryFile(history).read();
        return Trend.of(runs, runs.latest().orElseThrow().tenant());
    }

    private static BufferedImage shoot(Trend trend, ScoreZones zones, Double threshold, String name) throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"" + JENKINS_CSP + "\">\n<title>trend</title>\n<style>body{background:#f00}</style>\n</head><body>\n");
        html.append("<figure>\n").append(TrendChart.score(trend, zones, threshold)).append("</figure>\n");
        if (trend.points().size() > 1) {
            html.append("<figure>\n").append(ActivityCharts.changes(trend)).append("</figure>\n");
            html.append("<figure>\n").append(ActivityCharts.riskAcceptance(trend)).append("</figure>\n");
        }
        html.append("</body></html>\n");
        Path page = dir.resolve(name.replace(".png", ".html"));
        Files.writeString(page, html);
        Path png = ARTIFACTS.resolve(name);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--hide-scrollbars", "--window-size=1040,1000",
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), "Chromium failed");
        BufferedImage image = ImageIO.read(png.toFile());
        // the inline <style> (a red page) is blocked by the policy: the chart must not need it
        assertTrue(pixels(image, 0xff0000) == 0, "the inline style was applied: the policy did not hold");
        return image;
    }

    private static void grayscale(BufferedImage image, Path png) throws IOException {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(image, 0, 0, null);
        ImageIO.write(gray, "png", png.toFile());
    }

    private static int pixels(BufferedImage image, int target) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= 6
                        && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= 6
                        && Math.abs((rgb & 0xff) - (target & 0xff)) <= 6) {
                    count++;
                }
            }
        }
        return count;
    }
}
