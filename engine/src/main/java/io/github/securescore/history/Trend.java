package io.github.securescore.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One tenant's score over time, built in a single pass over its runs: the series the trend
 * chart, the regression trend, the risk-acceptance trend and the score changes are drawn from.
 *
 * @param microsoftDays the days of Microsoft's figures backfilled on the tenant's first run, oldest first: a
 *                      series of its own, never a point of ours (no changes, no "previous run")
 */
public record Trend(String tenant, List<TrendPoint> points, List<RunRecord> microsoftDays) {

    public Trend {
        points = List.copyOf(points);
        microsoftDays = microsoftDays == null ? List.of() : List.copyOf(microsoftDays);
    }

    public Trend(String tenant, List<TrendPoint> points) {
        this(tenant, points, List.of());
    }

    /** The trend of {@code tenantId} in {@code history}. */
    public static Trend of(RunHistory history, String tenantId) {
        return of(tenantId, history.runs().stream().filter(r -> r.isTenant(tenantId)).toList());
    }

    /** The trend of runs already filtered to one tenant, oldest first; Microsoft's days go to their own series. */
    public static Trend of(String tenantId, List<RunRecord> runs) {
        List<TrendPoint> points = new ArrayList<>(runs.size());
        List<RunRecord> microsoftDays = new ArrayList<>();
        RunRecord previous = null;
        for (RunRecord run : runs) {
            if (run.isMicrosoftDay()) {
                microsoftDays.add(run);
                continue;
            }
            double achieved = 0;
            double regressed = 0;
            if (previous != null) {
                // the same sums as Changes.between(previous, run), without building reasons: a trend
                // of years of daily runs only needs the numbers
                for (var entry : run.controls().entrySet()) {
                    RunRecord.ControlEntry before = previous.controls().get(entry.getKey());
                    double delta = entry.getValue().points() - (before == null ? 0 : before.points());
                    if (delta > 0) {
                        achieved += delta;
                    } else {
                        regressed -= delta;
                    }
                }
                for (var entry : previous.controls().entrySet()) {
                    if (!run.controls().containsKey(entry.getKey())) {
                        regressed += entry.getValue().points();
                    }
                }
                achieved = RunRecord.round(achieved);
                regressed = RunRecord.round(regressed);
            }
            points.add(new TrendPoint(run.time(), run.build(), run.percent(), run.points(), run.maxPoints(),
                    run.projectedPercent(), achieved, regressed, run.riskAcceptedCount(), run.riskAcceptedPoints(),
                    run));
            previous = run;
        }
        microsoftDays.sort(java.util.Comparator.comparing(RunRecord::time));
        return new Trend(tenantId, points, microsoftDays);
    }

    /**
     * The trend a front end draws from its newest runs (e.g. Jenkins builds, newest first): the
     * newest run's tenant over at most {@code limit} of its newest runs; runs of other tenants are
     * left out. Stops reading {@code newestFirst} as soon as it has {@code limit} runs, so a caller
     * that loads runs lazily loads no more than it shows. Days of Microsoft's figures met on the way are
     * kept and do not count as runs.
     *
     * @param limit the most runs to keep; 0 or less keeps all
     */
    public static Trend ofNewest(Iterable<RunRecord> newestFirst, int limit) {
        List<RunRecord> runs = new ArrayList<>();
        int ours = 0;
        String tenant = null;
        for (RunRecord run : newestFirst) {
            if (runs.isEmpty() && run.isMicrosoftDay()) {
                continue;   // the newest run names the tenant; Microsoft's days come before any run of ours
            }
            if (runs.isEmpty()) {
                tenant = run.tenant();
            } else if (!run.isTenant(tenant)) {
                continue;
            }
            runs.add(run);
            ours += run.isMicrosoftDay() ? 0 : 1;
            if (limit > 0 && ours >= limit) {
                break;
            }
        }
        java.util.Collections.reverse(runs);
        return of(tenant, runs);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public Optional<TrendPoint> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** What changed in the newest run, if there were two. */
    public Optional<RunChange> latestChange() {
        int n = points.size();
        if (n < 2) {
            return Optional.empty();
        }
        return Optional.of(Changes.between(points.get(n - 2).run(), points.get(n - 1).run()));
    }

    /** The comparison bases (AllTenants, TotalSeats, ...) any run recorded, in first-seen order. */
    public List<String> comparisonBases() {
        Set<String> bases = new LinkedHashSet<>();
        for (TrendPoint p : points) {
            if (p.run().microsoft() != null) {
                bases.addAll(p.run().microsoft().averages().keySet());
                bases.addAll(p.run().microsoft().identityAverages().keySet());
            }
        }
        return List.copyOf(bases);
    }

    /** Total points achieved over the whole trend. */
    public double totalAchieved() {
        return RunRecord.round(points.stream().mapToDouble(TrendPoint::achievedPoints).sum());
    }

    /** Total points regressed over the whole trend. */
    public double totalRegressed() {
        return RunRecord.round(points.stream().mapToDouble(TrendPoint::regressedPoints).sum());
    }

    /** A pack's SHALL percent per point, in the points' order; NaN where that run did not evaluate the pack. */
    public List<Double> packShallPercents(String packId) {
        return points.stream().map(p -> {
            PackEntry entry = p.run().packs().get(packId);
            return entry == null ? Double.NaN : entry.shallPercent();
        }).toList();
    }
}
