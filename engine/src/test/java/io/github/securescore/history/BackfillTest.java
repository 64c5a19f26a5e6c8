package io.github.securescore.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.gate.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which daily figures a first run turns into history lines, and how the trend keeps them apart. */
class BackfillTest {

    private static final Instant RUN = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static DailyFigure day(String day, double points, String source) {
        return new DailyFigure(LocalDate.parse(day), points, 20, source);
    }

    private static RunRecord run(String tenant, String time, String build) {
        return new RunRecord(1, Instant.parse(time), Instant.parse(time), tenant, "s.json", build, 10, 20, 50, 50, 0,
                Verdict.Status.PASS, Map.of(), null);
    }

    @Test
    void oneLinePerEarlierDayOldestFirstTheFirstSourceWinning() {
        List<DailyFigure> figures = List.of(day("2026-11-20", 12, "A"), day("2026-11-21", 13, "A"),
                day("2026-11-18", 10, "A"), day("2026-11-20", 19, "B"), day("2026-11-19", 11, "B"));

        List<RunRecord> lines = Backfill.firstRun(RunHistory.EMPTY, "t", "Name", RUN, figures, NOW);

        assertEquals(List.of("2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z"),
                lines.stream().map(r -> r.time().toString()).toList(), "the run's own day is the run's");
        assertEquals(List.of("A", "B", "A"), lines.stream().map(RunRecord::source).toList());
        assertEquals(60, lines.get(2).percent(), 1e-9);
        assertTrue(lines.stream().allMatch(r -> r.isMicrosoftDay() && "t".equals(r.tenant())
                && "Name".equals(r.tenantName()) && NOW.equals(r.recordedAt()) && r.verdict() == null));
    }

    @Test
    void aTenantAlreadyInTheHistoryGetsNothingOtherTenantsDoNotCount() {
        RunHistory history = new RunHistory(List.of(run("other", "2026-11-01T00:00:00Z", "#1")), List.of());
        List<DailyFigure> figures = List.of(day("2026-11-20", 12, "A"));

        assertEquals(1, Backfill.firstRun(history, "t", null, RUN, figures, NOW).size());
        RunHistory withTenant = history.with(run("t", "2026-11-02T00:00:00Z", "#2"));
        assertEquals(List.of(), Backfill.firstRun(withTenant, "t", null, RUN, figures, NOW));
    }

    @Test
    void microsoftDaysAreNeverThePreviousRunNorPointsOfTheTrend() {
        RunRecord ours = run("t", "2026-11-21T10:00:00Z", "#1");
        List<RunRecord> days = Backfill.firstRun(RunHistory.EMPTY, "t", null, RUN,
                List.of(day("2026-11-19", 10, "A"), day("2026-11-20", 20, "A")), NOW);
        RunHistory history = RunHistory.EMPTY.withAll(days).with(ours);
        RunHistory onlyDays = RunHistory.EMPTY.withAll(days);

        assertEquals("#1", history.latest("t").orElseThrow().build());
        assertTrue(onlyDays.latest("t").isEmpty());
        assertTrue(onlyDays.latest().isEmpty());
        assertEquals(List.of(ours), history.ofTenant("t"));
        Trend trend = Trend.of(history, "t");
        assertEquals(1, trend.points().size());
        assertEquals(days, trend.microsoftDays());
        assertEquals(0, trend.points().get(0).achievedPoints(), "nothing achieved since a Microsoft day");

        // the Jenkins path: newest first; the limit counts runs of ours only, and reading stops there
        RunRecord later = run("t", "2026-11-22T10:00:00Z", "#2");
        Trend all = Trend.ofNewest(List.of(later, ours, days.get(1), days.get(0)), 2);
        assertEquals(2, all.points().size());
        assertEquals(List.of(), all.microsoftDays(), "two runs reached: the older days are not read");
        Trend unlimited = Trend.ofNewest(List.of(later, ours, days.get(1), days.get(0)), 0);
        assertEquals(2, unlimited.points().size());
        assertEquals(days, unlimited.microsoftDays(), "oldest first");
        assertEquals(2, Trend.ofNewest(List.of(later, days.get(1), ours, days.get(0)), 3).microsoftDays().size(),
                "days do not use up the limit");
    }

    @Test
    void aDailyFigureNeedsAMaximumAndPointsWithinIt() {
        assertThrows(IllegalArgumentException.class, () -> new DailyFigure(LocalDate.EPOCH, 1, 0, "A"));
        assertThrows(IllegalArgumentException.class, () -> new DailyFigure(LocalDate.EPOCH, 21, 20, "A"));
        assertThrows(IllegalArgumentException.class, () -> new DailyFigure(LocalDate.EPOCH, Double.NaN, 20, "A"));
    }
    @Test
    void whatACheckAddedIsTheTenantsDaysOnlyOnItsFirstRun() {
        RunRecord first = run("t", "2026-11-21T10:00:00Z", "#1");
        List<RunRecord> days = Backfill.firstRun(RunHistory.EMPTY, "t", null, RUN,
                List.of(day("2026-11-19", 10, "A"), day("2026-11-20", 20, "A")), NOW);
        RunHistory other = new RunHistory(List.of(run("other", "2026-11-01T00:00:00Z", "#0")), List.of());
        RunHistory afterFirst = other.withAll(days).with(first);

        assertEquals(days, Backfill.added(other, afterFirst, "t"), "another tenant's lines do not count");
        assertEquals(List.of(), Backfill.added(other, afterFirst, "other"), "not the other tenant's first run");
        RunHistory afterSecond = afterFirst.with(run("t", "2026-11-22T10:00:00Z", "#2"));
        assertEquals(List.of(), Backfill.added(afterFirst, afterSecond, "t"), "the second run added no day");
        assertEquals(List.of(), Backfill.added(RunHistory.EMPTY, RunHistory.EMPTY.with(first), "t"),
                "a first run without Microsoft's figures adds none");
    }
}
