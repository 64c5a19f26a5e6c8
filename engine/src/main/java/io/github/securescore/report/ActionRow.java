package io.github.securescore.report;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.history.RunRecord;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.RankedAction;
import io.github.securescore.score.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of the improvement-action table, from a full assessment or (re-rendering from the
 * history) from a run entry and the catalog.
 *
 * @param coverage        "9 of 12 protected", "met", "not met", or why it was not evaluated
 * @param result          the full result when rendering a check, else null
 * @param remediationUrl  Microsoft's remediation page, or null
 */
public record ActionRow(String name, String title, String category, ControlStatus status, double points,
                        double max, double remaining, boolean inMaximum, Control.Level userImpact,
                        Control.Level implementationCost, String coverage, Double microsoftPoints,
                        ControlResult result, String remediationUrl) implements RankedAction {

    /** Where the engine's {@link Ranking} lists this action. */
    public Ranking.Place place() {
        return Ranking.placeOf(this);
    }

    /** The Graph permissions whose absence left it not evaluated (known only for a check's rows). */
    public List<String> missingPermissions() {
        return result == null ? List.of() : result.evaluation().missingPermissions();
    }

    static List<ActionRow> of(Assessment assessment) {
        List<ActionRow> rows = new ArrayList<>();
        for (ControlResult c : assessment.controls()) {
            Control control = c.control();
            rows.add(new ActionRow(c.name(), control.title(), control.category(), c.status(), c.points(),
                    c.maxScore(), c.remaining(), c.inMaximum(), control.userImpact(), control.implementationCost(),
                    coverage(c), c.microsoftPoints(), c, control.remediationUrl()));
        }
        return Ranking.ordered(rows);
    }

    static List<ActionRow> of(RunRecord run, ControlCatalog catalog) {
        List<ActionRow> rows = new ArrayList<>();
        for (Map.Entry<String, RunRecord.ControlEntry> e : run.controls().entrySet()) {
            RunRecord.ControlEntry entry = e.getValue();
            Control control = catalog.control(e.getKey()).orElse(null);
            double remaining = entry.inMaximum() ? Math.max(0, entry.max() - entry.points()) : 0;
            String coverage = entry.covered() == null ? "" : entry.of() != null && entry.of() == 1
                    && (control == null || control.scoring() == Control.Scoring.BINARY)
                    ? (entry.covered() == 1 ? "met" : "not met") : entry.covered() + " of " + entry.of() + " protected";
            rows.add(new ActionRow(e.getKey(), control == null ? e.getKey() : control.title(),
                    control == null ? "" : control.category(), entry.status(), entry.points(), entry.max(), remaining,
                    entry.inMaximum(), control == null ? null : control.userImpact(),
                    control == null ? null : control.implementationCost(), coverage, null, null,
                    control == null ? null : control.remediationUrl()));
        }
        return Ranking.ordered(rows);
    }

    private static String coverage(ControlResult c) {
        Evaluation e = c.evaluation();
        return switch (e.outcome()) {
            case NOT_EVALUATED, NOT_APPLICABLE -> e.reason() == null ? "" : e.reason();
            case EVALUATED -> c.control().scoring() == Control.Scoring.PARTIAL || e.total() > 1
                    ? e.protectedCount() + " of " + e.total() + " protected"
                    : (e.protectedCount() == 1 ? "met" : "not met");
        };
    }
}
