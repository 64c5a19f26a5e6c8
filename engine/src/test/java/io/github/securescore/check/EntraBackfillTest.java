package io.github.securescore.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.history.EntraScoreDays;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.SecureScoreDays;
import io.github.securescore.snapshot.LiveSecureScores;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run's backfill takes Entra's own tenantSecureScores first, secureScores for the other days. */
class EntraBackfillTest {

    @TempDir
    Path dir;

    private List<RunRecord> firstRunHistory(SnapshotFixture fixture) {
        Path history = dir.resolve("history-" + System.nanoTime() + ".jsonl");
        new IdentityCheck(ControlCatalog.bundled(), Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC))
                .run(new CheckRequest(SnapshotSource.file(fixture.write(dir.resolve("s-" + System.nanoTime() + ".json"))),
                        null, List.of(), LocalDate.parse("2026-11-25"), history, null, Set.of(), "#1"));
        return new HistoryFile(history).read().runs();
    }

    private static Map<Instant, RunRecord> byDay(List<RunRecord> lines) {
        return lines.stream().filter(RunRecord::isMicrosoftDay).collect(Collectors.toMap(RunRecord::time, r -> r));
    }

    @Test
    void entrasDaysWinOverSecureScoresAndTheOtherDaysStay() {
        Map<Instant, RunRecord> secureScoresOnly = byDay(firstRunHistory(LiveSecureScores.tenant(LocalDate.of(2026, 11, 21))));
        Map<Instant, RunRecord> both = byDay(firstRunHistory(LiveSecureScores.tenant(LocalDate.of(2026, 11, 21))
                .tenantSecureScore("2026-11-20T00:00:00Z", 42, 56)
                .tenantSecureScore("2026-11-19T00:00:00Z", 40, 56)
                .tenantSecureScore("2026-05-01T00:00:00Z", 14, 56)));

        RunRecord nov20 = both.get(Instant.parse("2026-11-20T00:00:00Z"));
        assertEquals(EntraScoreDays.SOURCE, nov20.source());
        assertEquals(42, nov20.points(), 1e-9);
        assertEquals(56, nov20.maxPoints(), 1e-9);
        assertEquals(75, nov20.percent(), 1e-9);
        assertEquals(EntraScoreDays.SOURCE, both.get(Instant.parse("2026-11-19T00:00:00Z")).source());
        // a day only Entra gives is added; the days only secureScores gives are as without Entra
        assertEquals(EntraScoreDays.SOURCE, both.get(Instant.parse("2026-05-01T00:00:00Z")).source());
        assertEquals(secureScoresOnly.size() + 1, both.size(), "one day per day, Entra's May day added");
        RunRecord oct12 = both.get(Instant.parse("2026-10-12T00:00:00Z"));
        assertEquals(SecureScoreDays.SOURCE, oct12.source());
        assertEquals(secureScoresOnly.get(oct12.time()).percent(), oct12.percent(), 1e-9);
    }

    @Test
    void aDayThatCannotBeAScoreIsLeftOut() {
        Map<Instant, RunRecord> days = byDay(firstRunHistory(SnapshotFixture.tenant()
                .tenantSecureScore("2026-11-20T00:00:00Z", 60, 56)
                .tenantSecureScore("2026-11-19T00:00:00Z", 0, 0)
                .tenantSecureScore("2026-11-18T00:00:00Z", 28, 56)));

        assertEquals(Set.of(Instant.parse("2026-11-18T00:00:00Z")), days.keySet());
        assertTrue(days.values().stream().allMatch(r -> EntraScoreDays.SOURCE.equals(r.source())));
    }

    @Test
    void theFabrikamExampleBackfillsEntrasOwnDays() {
        Path example = Path.of("..", "examples", "tenants", "fabrikam-enterprise", "snapshot.json");
        Path history = dir.resolve("fabrikam.jsonl");
        new IdentityCheck(ControlCatalog.bundled(), Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC))
                .run(new CheckRequest(SnapshotSource.file(example), null, List.of(), LocalDate.parse("2026-11-25"),
                        history, null, Set.of(), "#1"));

        List<RunRecord> days = new HistoryFile(history).read().runs().stream().filter(RunRecord::isMicrosoftDay).toList();
        assertEquals(2, days.size());
        for (RunRecord day : days) {
            assertEquals(EntraScoreDays.SOURCE, day.source());
            assertEquals(41.9 / 56 * 100, day.percent(), 1e-6);
        }
    }
}
