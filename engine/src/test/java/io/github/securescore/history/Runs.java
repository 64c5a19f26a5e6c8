package io.github.securescore.history;

import io.github.securescore.gate.Verdict;
import io.github.securescore.score.ControlStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-built history entries for tests: day {@code day} of November 2026, controls as name → points/max/status. */
final class Runs {

    private Runs() {
    }

    static RunRecord run(String tenant, int day, Object... controls) {
        Map<String, RunRecord.ControlEntry> map = new LinkedHashMap<>();
        double points = 0;
        double max = 0;
        for (int i = 0; i < controls.length; i += 4) {
            String name = (String) controls[i];
            double p = ((Number) controls[i + 1]).doubleValue();
            double m = ((Number) controls[i + 2]).doubleValue();
            ControlStatus status = (ControlStatus) controls[i + 3];
            map.put(name, new RunRecord.ControlEntry(p, m, status, true, null, null));
            points += p;
            max += m;
        }
        Instant time = Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * (day - 1));
        return new RunRecord(RunRecord.VERSION, time, time, tenant, "test", "#" + day, points, max,
                max == 0 ? 0 : RunRecord.round(points / max * 100), max == 0 ? 0 : RunRecord.round(points / max * 100),
                0, Verdict.Status.PASS, map, null);
    }
}
