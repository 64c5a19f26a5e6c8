package io.github.securescore.report;

import io.github.securescore.gate.Verdict;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.score.ControlStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated histories of one tenant for the chart tests: a seeded random walk of the score. */
final class TrendFixture {

    static final Instant START = Instant.parse("2026-09-07T09:00:00Z");

    private TrendFixture() {
    }

    /** {@code n} runs, {@code step} apart, with Microsoft's score and the given comparison bases. */
    static Trend trend(int n, Duration step, long seed, String... bases) {
        List<Instant> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            times.add(START.plus(step.multipliedBy(i)));
        }
        return trend(times, seed, bases);
    }

    static Trend trend(List<Instant> times, long seed, String... bases) {
        Random random = new Random(seed);
        List<RunRecord> runs = new ArrayList<>(times.size());
        double percent = 30;
        for (int i = 0; i < times.size(); i++) {
            percent = Math.max(5, Math.min(95, percent + random.nextGaussian() * 2 + 0.05));
            double a = RunRecord.round(percent * 0.6);
            double b = RunRecord.round(percent * 0.4);
            Map<String, RunRecord.ControlEntry> controls = new LinkedHashMap<>();
            controls.put("AdminMFAV2", new RunRecord.ControlEntry(a, 60, ControlStatus.TO_ADDRESS, true, null, null));
            controls.put("MFARegistrationV2", new RunRecord.ControlEntry(b, 40, ControlStatus.TO_ADDRESS, true, null, null));
            if (i % 50 < 20) {
                controls.put("SelfServicePasswordReset", new RunRecord.ControlEntry(0, 0, ControlStatus.RISK_ACCEPTED,
                        false, null, null));
            }
            Map<String, Double> averages = new LinkedHashMap<>();
            for (int k = 0; k < bases.length; k++) {
                averages.put(bases[k], 150.0 + 10 * k + i % 7);
            }
            RunRecord.MicrosoftEntry microsoft = new RunRecord.MicrosoftEntry(times.get(i).toString(),
                    RunRecord.round(percent * 3.8 * 0.9 + 20), 380, averages);
            double points = RunRecord.round(a + b);
            runs.add(new RunRecord(RunRecord.VERSION, times.get(i), times.get(i), "tenant-1", "fixture", "#" + (i + 1),
                    points, 100, RunRecord.round(points), RunRecord.round(Math.min(100, points + 12)), 0,
                    Verdict.Status.PASS, controls, microsoft));
        }
        return Trend.of("tenant-1", runs);
    }
}
