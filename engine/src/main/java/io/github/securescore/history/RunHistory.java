package io.github.securescore.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runs a history file holds, oldest first, and the warnings reading it produced (damaged
 * lines that were skipped). Immutable; {@link #with(RunRecord)} gives the history after a run.
 */
public record RunHistory(List<RunRecord> runs, List<String> warnings) {

    public static final RunHistory EMPTY = new RunHistory(List.of(), List.of());

    public RunHistory {
        runs = List.copyOf(runs);
        warnings = List.copyOf(warnings);
    }

    /** This history with {@code run} appended. */
    public RunHistory with(RunRecord run) {
        List<RunRecord> all = new ArrayList<>(runs.size() + 1);
        all.addAll(runs);
        all.add(run);
        return new RunHistory(all, warnings);
    }

    /** The runs of one tenant, oldest first (a history file may hold several tenants). */
    public List<RunRecord> ofTenant(String tenantId) {
        return runs.stream().filter(r -> r.isTenant(tenantId)).toList();
    }

    /** The newest run of {@code tenantId}: the "previous run" a new one is compared with. */
    public Optional<RunRecord> latest(String tenantId) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).isTenant(tenantId)) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    /** The newest run of any tenant. */
    public Optional<RunRecord> latest() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** Distinct tenants in order of first appearance. */
    public List<String> tenants() {
        return runs.stream().map(RunRecord::tenant).distinct().toList();
    }
}
