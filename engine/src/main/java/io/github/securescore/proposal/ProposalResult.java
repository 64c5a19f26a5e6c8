package io.github.securescore.proposal;

import io.github.securescore.gate.Verdict;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.pack.PackResult;
import io.github.securescore.policy.Policy;
import io.github.securescore.report.Comparison;
import io.github.securescore.score.Assessment;
import java.nio.file.Path;
import java.util.List;

/**
 * What scoring a proposal found.
 *
 * @param current   the tenant as it is
 * @param proposed  the tenant as the proposal would leave it
 * @param verdict   the gates on {@code proposed}; a drop gate measures against {@code current}
 * @param changes   each proposed change, resolved against the snapshot, with what it would do
 * @param run       the proposed state as a history entry (appended only when the request asked)
 * @param recorded  whether {@code run} was appended to the history
 * @param history   the history as read before the check (without {@code run})
 * @param currentPacks  the selected packs on the tenant as it is, in the selection's order
 * @param proposedPacks the same packs on {@code proposed}; the pack gates of {@code verdict} read these
 */
public record ProposalResult(Assessment current, Assessment proposed, Verdict verdict, Policy policy,
                             Comparison comparison, List<PolicyChange> changes, List<Path> reports, RunRecord run,
                             boolean recorded, RunHistory history, List<PackResult> currentPacks,
                             List<PackResult> proposedPacks) {

    public ProposalResult {
        changes = List.copyOf(changes);
        reports = List.copyOf(reports);
        currentPacks = currentPacks == null ? List.of() : List.copyOf(currentPacks);
        proposedPacks = proposedPacks == null ? List.of() : List.copyOf(proposedPacks);
    }

    public List<String> warnings() {
        List<String> all = new java.util.ArrayList<>(policy.warnings());
        for (String unknown : comparison.unknowns()) {
            all.add("not scored: " + unknown);
        }
        return List.copyOf(all);
    }
}
