package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.snapshot.LiveSecureScores;
import io.github.securescore.snapshot.SnapshotSource;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a tenant's first run, in a real headless Chromium: Microsoft's 89 backfilled days are
 * drawn as their own light, dotted series before our one run, labelled as Microsoft's, and the run itself
 * is still drawn in the score's colour. Skipped without Chromium, except on CI (as {@link HtmlReportInChromiumTest}).
 */
class BackfilledTrendInChromiumTest {

    private static final Path ARTIFACTS = Path.of("target", "chromium");

    @TempDir
    static Path dir;
    static Path chromium;
    static Path report;

    @BeforeAll
    static void firstRunWithMicrosoftsDays() throws Exception {
        chromium = HtmlReportInChromiumTest.locateChromium();
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium not found - required on CI (.ci/install-chromium.sh)");
            }
            Assumptions.abort("Chromium not found - skipping the browser test");
        }
        Path snapshot = LiveSecureScores.tenant(LocalDate.of(2026, 11, 21)).write(dir.resolve("snapshot.json"));
        new IdentityCheck(ControlCatalog.bundled(), Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC))
                .run(new CheckRequest(SnapshotSource.file(snapshot), null, List.of(), LocalDate.parse("2026-11-21"),
                        dir.resolve("history.jsonl"), dir.resolve("reports"), Set.of(ReportFormat.HTML), "#1"));
        report = dir.resolve("reports").resolve(ReportFormat.HTML.fileName());
        Files.createDirectories(ARTIFACTS);
    }

    @Test
    void microsoftsDaysAreDrawnAsTheirOwnSeries() throws Exception {
        String dom = HtmlReportInChromiumTest.run(chromium, dir, report.toUri().toString(), "--dump-dom");

        assertTrue(dom.contains("id=\"microsoft-days-line\""), "Microsoft's days are one polyline");
        assertTrue(dom.contains("stroke-dasharray=\"" + TrendChart.DAYS_DASH + "\""));
        Matcher g = Pattern.compile("<g id=\"microsoft-days-markers\">(.*?)</g>", Pattern.DOTALL).matcher(dom);
        assertTrue(g.find());
        assertEquals(89, ScreenshotChecks.count(g.group(1), "<title>"), "one tool tip per day");
        assertTrue(g.group(1).contains("2026-08-24: Microsoft's identity score"), "the oldest day");
        assertTrue(dom.contains(TrendChart.DAYS_LEGEND), "the legend names them as Microsoft's");
        assertTrue(dom.contains("id=\"microsoft-days\""), "the history section says what they are");
        // our single run: markers of the score, no line of ours made from Microsoft's days
        assertTrue(dom.contains("id=\"score-markers\""));
        assertFalse(dom.contains("id=\"score-line\""), "one run is drawn as a marker, never a line");
        assertTrue(Pattern.compile("with Microsoft's daily identity score for 89 days from 2026-08-24").matcher(dom).find());

        Path png = ARTIFACTS.resolve("identity-secure-score-backfilled.png");
        Files.deleteIfExists(png);
        HtmlReportInChromiumTest.run(chromium, dir, report.toUri().toString(), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=1280,2000", "--hide-scrollbars");
        BufferedImage image = ImageIO.read(png.toFile());
        int days = 0;
        int score = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                days += ScreenshotChecks.near(rgb, 0xb39ddb, 8) ? 1 : 0;
                score += ScreenshotChecks.near(rgb, 0x0d47a1, 8) ? 1 : 0;
            }
        }
        assertTrue(days > 300, "Microsoft's days drawn in their light colour: " + days + " pixels");
        assertTrue(score > 20, "the run drawn in the score's colour: " + score + " pixels");
    }


}
