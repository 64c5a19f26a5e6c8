package io.github.securescore.history;

import static io.github.securescore.history.Runs.run;
import static io.github.securescore.score.ControlStatus.COMPLETED;
import static io.github.securescore.score.ControlStatus.PLANNED;
import static io.github.securescore.score.ControlStatus.RISK_ACCEPTED;
import static io.github.securescore.score.ControlStatus.TO_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

    private final RunRecord day1 = run("t1", 1, "A", 5, 10, TO_ADDRESS, "B", 8, 8, COMPLETED, "C", 0, 7, TO_ADDRESS);
    private final RunRecord other = run("t2", 2, "A", 10, 10, COMPLETED);
    private final RunRecord day3 = run("t1", 3, "A", 10, 10, COMPLETED, "B", 4, 8, TO_ADDRESS, "C", 0, 7, RISK_ACCEPTED);
    private final RunRecord day4 = run("t1", 4, "A", 10, 10, COMPLETED, "B", 4, 8, TO_ADDRESS, "C", 0, 7, PLANNED);

    @Test
    void changesAddUpPointsAchievedAndRegressedPerAction() {
        RunChange change = Changes.between(day1, day3);
        assertEquals(5, change.achievedPoints());
        assertEquals(4, change.regressedPoints());
        // 13/25 = 52% -> 14/25 = 56%
        assertEquals(4, change.percentChange(), 1e-9);
        assertEquals(List.of("A", "B", "C"), change.controls().stream().map(ControlChange::control).toList());
        ControlChange a = change.controls().get(0);
        assertEquals(5, a.delta());
        assertTrue(a.reasons().contains("status To address -> Completed"), a.reasons().toString());
        ControlChange b = change.controls().get(1);
        assertEquals(-4, b.delta());
        assertTrue(b.regressed());
        ControlChange c = change.controls().get(2);
        assertEquals(0, c.delta());
        assertEquals(List.of("status To address -> Risk accepted"), c.reasons());
    }

    @Test
    void identicalRunsHaveNoChange() {
        RunChange change = Changes.between(day3, run("t1", 9, "A", 10, 10, COMPLETED, "B", 4, 8, TO_ADDRESS, "C", 0, 7,
                RISK_ACCEPTED));
        assertTrue(change.isEmpty());
        assertEquals(0, change.achievedPoints());
        assertEquals(0, change.regressedPoints());
    }

    @Test
    void actionsThatAppearOrDisappearCountTheirWholePoints() {
        RunChange change = Changes.between(run("t1", 1, "A", 3, 10, TO_ADDRESS), run("t1", 2, "B", 2, 5, TO_ADDRESS));
        assertEquals(2, change.achievedPoints());
        assertEquals(3, change.regressedPoints());
        assertEquals(List.of("no longer in the catalog"), change.controls().get(0).reasons());
        assertEquals(List.of("new in this run"), change.controls().get(1).reasons());
    }

    @Test
    void theTrendFollowsOneTenantAndSkipsTheOthers() {
        RunHistory history = new RunHistory(List.of(day1, other, day3, day4), List.of());
        Trend trend = Trend.of(history, "t1");
        assertEquals(List.of("#1", "#3", "#4"), trend.points().stream().map(TrendPoint::build).toList());
        // regression trend and achieved points per run: the first run has nothing to compare with
        assertEquals(List.of(0.0, 4.0, 0.0), trend.points().stream().map(TrendPoint::regressedPoints).toList());
        assertEquals(List.of(0.0, 5.0, 0.0), trend.points().stream().map(TrendPoint::achievedPoints).toList());
        // risk-acceptance trend
        assertEquals(List.of(0L, 1L, 0L), trend.points().stream().map(TrendPoint::riskAcceptedCount).toList());
        assertEquals(5, trend.totalAchieved());
        assertEquals(4, trend.totalRegressed());
        assertEquals(day4, trend.latest().orElseThrow().run());
        assertEquals(day3, trend.latestChange().orElseThrow().previous());
        assertEquals(day4, history.latest("t1").orElseThrow());
        assertEquals(other, history.latest("t2").orElseThrow());
        assertTrue(history.latest("t3").isEmpty());
        assertEquals(List.of("t1", "t2"), history.tenants());
    }

    @Test
    void aTrendOfOneRunHasNoChange() {
        Trend trend = Trend.of(new RunHistory(List.of(day1), List.of()), "t1");
        assertEquals(1, trend.points().size());
        assertTrue(trend.latestChange().isEmpty());
        assertTrue(Double.isNaN(trend.points().get(0).microsoftPercent()));
    }
}
