package io.github.securescore.check;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateEvaluator;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.Backfill;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.SecureScoreDays;
import io.github.securescore.policy.Policy;
import io.github.securescore.policy.PolicyReader;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.report.ReportData;
import io.github.securescore.report.ReportWriter;
import io.github.securescore.report.StagedReports;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.TenantSnapshot;
import io.github.securescore.InvalidInputException;
import io.github.securescore.UntrustedText;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.PackSelection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The one entry point every front end calls: snapshot + policy → assessment; + the previous run of
 * the same tenant in the history → verdict; then the run is appended to the history and the
 * reports are written. Front ends translate their configuration into a {@link CheckRequest} and
 * the verdict into their own result (exit code, MojoFailureException, Jenkins Result).
 */
public final class IdentityCheck {

    private final ControlCatalog catalog;
    private final PackCatalog packs;
    private final Clock clock;

    public IdentityCheck(ControlCatalog catalog, PackCatalog packs, Clock clock) {
        this.catalog = catalog;
        this.packs = packs;
        this.clock = clock;
    }

    public IdentityCheck(ControlCatalog catalog, Clock clock) {
        this(catalog, PackCatalog.load(), clock);
    }

    public IdentityCheck(ControlCatalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    public IdentityCheck() {
        this(ControlCatalog.bundled());
    }

    /**
     * Reads the policy and the history first (so bad input fails before a long collection), then
     * the snapshot. The reports are staged before the history is appended and moved in after it, so
     * a failure anywhere before the append leaves the history and the reports as they were.
     */
    public CheckResult run(CheckRequest request) {
        Policy policy = policy(request);
        HistoryFile historyFile = request.historyFile() == null ? null : new HistoryFile(request.historyFile());
        RunHistory history = historyFile == null ? RunHistory.EMPTY : historyFile.read();
        TenantSnapshot snapshot = request.source().load();
        EvaluationContext context = new EvaluationContext(snapshot);
        Assessment assessment = new Assessor(catalog).assess(context, policy.overrides(), request.today());
        List<PackResult> packResults = packs(policy, context, request.today());
        RunRecord previous = history.latest(assessment.tenantId()).orElse(null);
        OptionalDouble previousPercent = previous == null ? OptionalDouble.empty() : OptionalDouble.of(previous.percent());
        Verdict verdict = new GateEvaluator().evaluate(policy.gates(), assessment, previousPercent, "previous run",
                packResults);
        RunRecord run = RunRecord.of(assessment, verdict, request.buildLabel(), clock.instant(), packResults);
        // a tenant's first run starts its history with Microsoft's daily figures, appended with the run
        List<RunRecord> backfill = Backfill.firstRun(history, run.tenant(), run.tenantName(), run.time(),
                dailyFigures(snapshot, assessment), clock.instant());
        RunHistory after = history.withAll(backfill).with(run);
        // all or nothing: the reports are rendered and written beside their targets first, then the
        // run is appended, then the reports are moved in; a failure before the append changes nothing
        List<Path> reports;
        try (StagedReports staged = request.reportDirectory() == null || request.formats().isEmpty()
                ? StagedReports.none()
                : new ReportWriter().stage(ReportData.of(assessment, verdict, policy.zones(), after, run)
                        .withPacks(packResults),
                        request.reportDirectory(), request.formats())) {
            if (historyFile != null) {
                List<RunRecord> lines = new java.util.ArrayList<>(backfill);
                lines.add(run);
                historyFile.append(lines);
            }
            reports = staged.publish();
        }
        return new CheckResult(assessment, verdict, policy, reports, run, after, previous, packResults);
    }

    /**
     * The policy's selected packs (not the score) on {@code context}, in the selection's order; a proposal's
     * check calls it for the tenant as it is and as proposed.
     */
    public List<PackResult> packs(Policy policy, EvaluationContext context, LocalDate today) {
        List<PackResult> results = new ArrayList<>();
        PackAssessor assessor = new PackAssessor();
        for (String id : policy.packs()) {
            packs.pack(id).ifPresent(pack -> results.add(assessor.assess(pack, context, policy.omissions(),
                    policy.exclusions(), today)));
        }
        return results;
    }

    /**
     * Microsoft's daily figures a first run backfills, in order of preference for a day (the first source
     * listed for a day wins): Entra's own tenantSecureScores, then {@code security/secureScores}.
     */
    static List<io.github.securescore.history.DailyFigure> dailyFigures(TenantSnapshot snapshot, Assessment assessment) {
        List<io.github.securescore.history.DailyFigure> figures = new java.util.ArrayList<>(
                io.github.securescore.history.EntraScoreDays.of(snapshot));
        figures.addAll(SecureScoreDays.of(snapshot, assessment));
        return List.copyOf(figures);
    }

    /** The report data of a finished check (front ends that render a format themselves, e.g. JSON on stdout). */
    public static ReportData reportData(CheckResult result) {
        return ReportData.of(result.assessment(), result.verdict(), result.policy().zones(), result.history(),
                result.run()).withPacks(result.packs());
    }

    /** The request's pack ids, each known, each once (they come from a command line, a POM or a step). */
    private List<String> selection(List<String> requested) {
        List<String> known = new ArrayList<>(List.of(PackSelection.SCORE));
        packs.packs().forEach(p -> known.add(p.id()));
        java.util.Set<String> result = new java.util.LinkedHashSet<>();
        for (String id : requested) {
            if (!known.contains(id)) {
                throw new InvalidInputException("the pack selection", 0, 0, "pack", "unknown pack '"
                        + UntrustedText.line(id) + "'; expected one of " + String.join(", ", known));
            }
            result.add(id);
        }
        return List.copyOf(result);
    }

    /**
     * The policy file with the request's extra gates on top, and warnings for what it probably does
     * not mean: a percent threshold that looks like a fraction, a policy file that sets no gate.
     */
    public Policy policy(CheckRequest request) {
        Policy policy = request.policyFile() == null ? Policy.EMPTY
                : new PolicyReader(catalog, packs).read(request.policyFile(), request.packs());
        if (!request.packs().isEmpty()) {
            policy = policy.withPacks(selection(request.packs()));
        }
        for (Gate gate : request.extraGates()) {
            policy = policy.withGate(gate);
            if (gate.metric() == Metric.SCORE_PERCENT || gate.metric() == Metric.CONTROL_PERCENT) {
                String what = gate.metric() == Metric.SCORE_PERCENT ? "minimum score " : gate.control() + " floor ";
                policy = ThresholdGates.fractionWarning(gate.threshold()).map(w -> what + w).map(policy::withWarning)
                        .orElse(policy);
            }
        }
        if (!policy.scoreSelected()) {
            List<Gate> scoreGates = policy.gates().stream().filter(g -> !g.metric().onPack()).toList();
            if (!scoreGates.isEmpty()) {
                policy = policy.withoutScoreGates().withWarning(scoreGates.size() + " gate(s) on the score are not"
                        + " applied: " + PackSelection.SCORE + " is not among the selected packs");
            }
        }
        if (request.policyFile() != null && policy.gates().isEmpty()) {
            // an empty file passes every check; it may be a placeholder, so it is allowed but said
            policy = policy.withWarning("no gates configured: " + request.policyFile()
                    + " sets no threshold, so every check passes");
        }
        return policy;
    }
}
