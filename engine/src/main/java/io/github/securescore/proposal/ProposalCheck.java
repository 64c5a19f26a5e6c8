package io.github.securescore.proposal;

import io.github.securescore.InvalidInputException;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.gate.GateEvaluator;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackResult;
import io.github.securescore.policy.Policy;
import io.github.securescore.report.Comparison;
import io.github.securescore.report.ReportData;
import io.github.securescore.report.ReportWriter;
import io.github.securescore.report.StagedReports;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.TenantSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A check of proposed changes: the snapshot (file or live) as it is and with the proposal on top,
 * both assessed with the same policy, the score and the selected packs; the gates (the score's and
 * the packs') decide on the proposed state, and a drop gate ({@code maxDrop}) measures the score's
 * drop from the current state, not from the history's previous run.
 * The history is read only to draw the trend, and appended only when {@code record} is asked:
 * a proposal is not something that happened to the tenant.
 */
public final class ProposalCheck {

    /** How gates name the state a proposed drop is measured against. */
    public static final String BASIS = "current state";

    private final ControlCatalog catalog;
    private final PackCatalog packs;
    private final Clock clock;

    public ProposalCheck(ControlCatalog catalog, PackCatalog packs, Clock clock) {
        this.catalog = catalog;
        this.packs = packs;
        this.clock = clock;
    }

    public ProposalCheck(ControlCatalog catalog, Clock clock) {
        this(catalog, PackCatalog.load(), clock);
    }

    public ProposalCheck() {
        this(ControlCatalog.bundled(), Clock.systemUTC());
    }

    /**
     * The proposal's files are read by the caller ({@link ProposalReader}) before this runs, the
     * policy and history before the snapshot, so bad input fails before a long collection.
     */
    public ProposalResult run(CheckRequest request, Proposal proposal, boolean record) {
        IdentityCheck check = new IdentityCheck(catalog, packs, clock);
        Policy policy = check.policy(request);
        HistoryFile historyFile = request.historyFile() == null ? null : new HistoryFile(request.historyFile());
        RunHistory history = historyFile == null ? RunHistory.EMPTY : historyFile.read();
        TenantSnapshot base = request.source().load();
        List<ProposedChange> resolved = proposal.resolvedAgainst(base);
        for (ProposedChange change : resolved) {
            if (change.kind() == ProposedChange.Kind.DELETE && base.conditionalAccessPolicies().stream()
                    .noneMatch(p -> change.policyId().equals(p.id()))) {
                throw new InvalidInputException(change.origin(), 0, 0, null, "deletes conditional access policy "
                        + change.policyId() + ", which " + base.source() + " does not have; expected the id of one of its "
                        + base.conditionalAccessPolicies().size() + " policies");
            }
        }
        TenantSnapshot revised = proposal.applyTo(base);
        State asIs = assess(check, policy, base, request);
        State asProposed = assess(check, policy, revised, request);
        Assessment current = asIs.score();
        Assessment proposed = asProposed.score();
        List<PackResult> currentPacks = asIs.packs();
        List<PackResult> proposedPacks = asProposed.packs();
        Verdict verdict = new GateEvaluator().evaluate(policy.gates(), proposed,
                OptionalDouble.of(current.percent()), BASIS, proposedPacks);

        ChangeSentences sentences = new ChangeSentences(base);
        List<PolicyChange> changes = new ArrayList<>();
        for (ProposedChange change : resolved) {
            changes.add(sentences.describe(change));
        }
        List<String> settings = new ArrayList<>();
        if (proposal.securityDefaults() != null) {
            settings.add(ChangeSentences.settings(proposal.securityDefaults(), base));
        }
        if (proposal.authorization() != null) {
            settings.add(ChangeSentences.settings(proposal.authorization(), base));
        }
        Comparison comparison = ActionComparison.compare(current, proposed, changes, settings, proposal.unknowns())
                .withPacks(RequirementComparison.figures(currentPacks, proposedPacks),
                        RequirementComparison.changed(currentPacks, proposedPacks, changes, settings));

        String label = request.buildLabel() == null ? "proposed" : request.buildLabel() + " (proposed)";
        RunRecord run = RunRecord.of(proposed, verdict, label, clock.instant(), proposedPacks);
        // as a check: reports staged first, then the (asked-for) append, then the reports moved in
        List<Path> reports;
        try (StagedReports staged = request.reportDirectory() == null || request.formats().isEmpty()
                ? StagedReports.none()
                : new ReportWriter().stage(reportData(proposed, verdict, policy, history, run, comparison,
                        proposedPacks),
                        request.reportDirectory(), request.formats())) {
            if (record && historyFile != null) {
                historyFile.append(run);
            }
            reports = staged.publish();
        }
        return new ProposalResult(current, proposed, verdict, policy, comparison, changes, reports, run,
                record && historyFile != null, history, currentPacks, proposedPacks);
    }

    /** One state of the tenant, scored: the score and the selected packs. */
    private record State(Assessment score, List<PackResult> packs) {
    }

    /**
     * The score and the packs share one context per state (role holders, coverage); it is dropped before
     * the other state's is built, so a large tenant holds one at a time.
     */
    private State assess(IdentityCheck check, Policy policy, TenantSnapshot snapshot, CheckRequest request) {
        EvaluationContext context = new EvaluationContext(snapshot);
        return new State(new Assessor(catalog).assess(context, policy.overrides(), request.today()),
                check.packs(policy, context, request.today()));
    }

    /** The report data of a finished proposal check (front ends that render a format themselves). */
    public static ReportData reportData(ProposalResult result) {
        return reportData(result.proposed(), result.verdict(), result.policy(), result.history(), result.run(),
                result.comparison(), result.proposedPacks());
    }

    private static ReportData reportData(Assessment proposed, Verdict verdict, Policy policy, RunHistory history,
                                         RunRecord run, Comparison comparison, List<PackResult> proposedPacks) {
        // the trend shows the proposed point after the recorded runs, whether or not it is appended; the
        // pack sections show the proposed state, as the score's do
        return ReportData.of(proposed, verdict, policy.zones(), history.with(run), run).withPacks(proposedPacks)
                .withComparison(comparison);
    }
}
