package io.github.securescore.maven;

import io.github.securescore.check.CheckResult;
import io.github.securescore.gate.GateResult;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few lines a build log shows about a check.
 * UNFINISHED: switch to the engine's io.github.securescore.report.TextReport#render(CheckResult)
 * once it is on main, so the CLI, Maven and Jenkins print the same summary.
 */
final class CheckSummary {

    private static final int OPEN_ACTIONS_SHOWN = 3;

    private CheckSummary() {
    }

    static List<String> lines(CheckResult result) {
        Assessment assessment = result.assessment();
        List<String> lines = new ArrayList<>();
        lines.add("Identity Secure Score of tenant " + assessment.tenantId() + ": " + number(assessment.percent())
                + "% (" + number(assessment.points()) + " of " + number(assessment.maxPoints()) + " points)");
        for (GateResult gate : result.verdict().gates()) {
            lines.add("  gate " + gate.message());
        }
        List<ControlResult> open = assessment.openActions();
        for (ControlResult action : open.subList(0, Math.min(OPEN_ACTIONS_SHOWN, open.size()))) {
            lines.add("  next: " + action.name() + " (" + number(action.remaining()) + " points open, "
                    + number(action.percent()) + "% done)");
        }
        for (Path report : result.reports()) {
            lines.add("  report: " + report);
        }
        lines.add("Verdict: " + result.verdict().status());
        return lines;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
