package io.github.securescore.report;

import io.github.securescore.pack.PackResult;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.policy.ScoreZones;
import io.github.securescore.score.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a report renders: the current run, and when it comes from a check (not from the
 * history alone) the full assessment and verdict; the tenant's trend; the score zones.
 *
 * @param current        the run being reported (the newest one of the trend)
 * @param assessment     the full assessment, or null when re-rendering from the history
 * @param verdict        the gates' verdict, or null when re-rendering from the history
 * @param scoreThreshold the score gate's threshold, drawn on the chart; null for none
 * @param warnings       warnings to show (damaged history lines)
 * @param comparison     the tenant as it is against a proposed change, or null for a check of the tenant as it is
 * @param packs          the selected baseline packs' results (empty when none is selected or re-rendering from the history)
 */
public record ReportData(RunRecord current, Assessment assessment, Verdict verdict, ScoreZones zones, Trend trend,
                         Double scoreThreshold, List<ActionRow> actions, List<String> warnings,
                         Comparison comparison, List<PackResult> packs) {

    public ReportData {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
        zones = zones == null ? ScoreZones.DEFAULT : zones;
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    public ReportData(RunRecord current, Assessment assessment, Verdict verdict, ScoreZones zones, Trend trend,
                      Double scoreThreshold, List<ActionRow> actions, List<String> warnings, Comparison comparison) {
        this(current, assessment, verdict, zones, trend, scoreThreshold, actions, warnings, comparison, List.of());
    }

    /** The same data with the selected packs' results. */
    public ReportData withPacks(List<PackResult> results) {
        return new ReportData(current, assessment, verdict, zones, trend, scoreThreshold, actions, warnings, comparison,
                results);
    }

    /** Report data of a check without a proposal. */
    public ReportData(RunRecord current, Assessment assessment, Verdict verdict, ScoreZones zones, Trend trend,
                      Double scoreThreshold, List<ActionRow> actions, List<String> warnings) {
        this(current, assessment, verdict, zones, trend, scoreThreshold, actions, warnings, null);
    }

    /** The same data with the current state → proposed state comparison ({@code current} is then the proposed run). */
    public ReportData withComparison(Comparison proposal) {
        return new ReportData(current, assessment, verdict, zones, trend, scoreThreshold, actions, warnings, proposal,
                packs);
    }

    /** The comparison with the tenant as it is, when the report is of a proposed change. */
    public Optional<Comparison> proposal() {
        return Optional.ofNullable(comparison);
    }

    /** A check's report: {@code history} already holds {@code current} as its newest run of the tenant. */
    public static ReportData of(Assessment assessment, Verdict verdict, ScoreZones zones, RunHistory history,
                                RunRecord current) {
        Trend trend = Trend.of(history, current.tenant());
        Double threshold = verdict.gates().stream()
                .map(GateResult::gate)
                .filter(g -> g.metric() == Metric.SCORE_PERCENT)
                .map(g -> g.threshold())
                .max(Double::compare).orElse(null);
        return new ReportData(current, assessment, verdict, zones, trend, threshold, ActionRow.of(assessment),
                history.warnings());
    }

    /** A report from the history alone: the newest run of {@code tenant} and its trend. */
    public static Optional<ReportData> fromHistory(RunHistory history, String tenant, ScoreZones zones,
                                                   OptionalDouble threshold, ControlCatalog catalog) {
        Trend trend = Trend.of(history, tenant);
        return trend.latest().map(latest -> new ReportData(latest.run(), null, null, zones, trend,
                threshold.isPresent() ? threshold.getAsDouble() : null, ActionRow.of(latest.run(), catalog),
                history.warnings()));
    }

    /** The next steps, best first: the engine's {@link io.github.securescore.score.Ranking}, as every format lists them. */
    public List<ActionRow> nextSteps() {
        return io.github.securescore.score.Ranking.nextSteps(actions);
    }

    /** The actions listed in {@code place}, in the ranking's order. */
    public List<ActionRow> actionsIn(io.github.securescore.score.Ranking.Place place) {
        return actions.stream().filter(r -> r.place() == place).toList();
    }

    /** "Name (tenant id)", or whichever of the two the run has; raw text, each renderer escapes it. */
    public Optional<String> tenantLabel() {
        return TenantLabel.of(current.tenantName(), current.tenant());
    }

    public Optional<Assessment> fullAssessment() {
        return Optional.ofNullable(assessment);
    }

    public Optional<Verdict> fullVerdict() {
        return Optional.ofNullable(verdict);
    }

    /** The verdict status: from the check, else as the history recorded it. */
    public Optional<Verdict.Status> status() {
        return verdict != null ? Optional.of(verdict.status()) : Optional.ofNullable(current.verdict());
    }

    public ScoreZones.Zone zone() {
        return zones.zoneOf(current.percent());
    }

    /**
     * What changed since the previous run. The history keeps no account names, so for a check the
     * actions that lost points also name who is unprotected now, from this run's evidence.
     */
    public Optional<RunChange> change() {
        Optional<RunChange> change = trend.latestChange();
        if (assessment == null || change.isEmpty()) {
            return change;
        }
        List<ControlChange> controls = new java.util.ArrayList<>();
        for (ControlChange c : change.get().controls()) {
            List<String> unprotected = assessment.control(c.control())
                    .map(r -> r.evaluation().evidence().unprotected()).orElse(List.of());
            if (c.regressed() && !unprotected.isEmpty()) {
                List<String> reasons = new java.util.ArrayList<>(c.reasons());
                int shown = Math.min(UNPROTECTED_NAMES, unprotected.size());
                reasons.add("not protected now: " + String.join(", ", unprotected.subList(0, shown))
                        + (unprotected.size() > shown ? " and more" : ""));
                controls.add(new ControlChange(c.control(), c.before(), c.after(), c.beforeStatus(), c.afterStatus(),
                        reasons));
            } else {
                controls.add(c);
            }
        }
        return Optional.of(new RunChange(change.get().previous(), change.get().current(), controls,
                change.get().requirements()));
    }

    /** How many unprotected accounts a "what changed" reason names. */
    static final int UNPROTECTED_NAMES = 10;
}
