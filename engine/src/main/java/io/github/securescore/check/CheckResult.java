package io.github.securescore.check;

import io.github.securescore.gate.Verdict;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.pack.PackResult;
import io.github.securescore.policy.Policy;
import io.github.securescore.score.Assessment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a check found: the assessment, the verdict of the gates, the policy applied, the report
 * files written, this run as the history records it, and the history with this run appended.
 *
 * @param run      this run's history entry
 * @param history  the history read before the run, with {@code run} appended (only {@code run}
 *                 when the request named no history file)
 * @param previous the previous run of the same tenant in the history, or null for the first
 * @param packs    the selected baseline packs' results, in the selection's order (the score is
 *                 {@code assessment})
 */
public record CheckResult(Assessment assessment, Verdict verdict, Policy policy, List<Path> reports,
                          RunRecord run, RunHistory history, RunRecord previous, List<PackResult> packs) {

    public CheckResult {
        reports = List.copyOf(reports);
        history = history == null ? RunHistory.EMPTY : history;
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    public CheckResult(Assessment assessment, Verdict verdict, Policy policy, List<Path> reports,
                       RunRecord run, RunHistory history, RunRecord previous) {
        this(assessment, verdict, policy, reports, run, history, previous, List.of());
    }

    /** A result without history (kept for front ends and tests that build one directly). */
    public CheckResult(Assessment assessment, Verdict verdict, Policy policy, List<Path> reports) {
        this(assessment, verdict, policy, reports, RunRecord.of(assessment, verdict, null, java.time.Instant.now()),
                null, null);
    }

    public Optional<RunRecord> previousRun() {
        return Optional.ofNullable(previous);
    }

    /**
     * Warnings a front end should show: the policy's (a threshold that looks like a fraction, no
     * gates configured), then damaged history lines that were skipped.
     */
    public List<String> warnings() {
        List<String> all = new java.util.ArrayList<>(policy.warnings());
        all.addAll(history.warnings());
        return List.copyOf(all);
    }
}
