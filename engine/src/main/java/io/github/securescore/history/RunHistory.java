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

    /** This history with {@code lines} appended, in order. */
    public RunHistory withAll(List<RunRecord> lines) {
        List<RunRecord> all = new ArrayList<>(runs.size() + lines.size());
        all.addAll(runs);
        all.addAll(lines);
        return new RunHistory(all, warnings);
    }

    /**
     * The runs of one tenant, oldest first (a history file may hold several tenants); the days of Microsoft's
     * figures backfilled on its first run are not runs ({@link #microsoftDays(String)}).
     */
    public List<RunRecord> ofTenant(String tenantId) {
        return runs.stream().filter(r -> r.isTenant(tenantId) && !r.isMicrosoftDay()).toList();
    }

    /** The days of Microsoft's figures recorded for {@code tenantId}, oldest first. */
    public List<RunRecord> microsoftDays(String tenantId) {
        return runs.stream().filter(r -> r.isTenant(tenantId) && r.isMicrosoftDay()).toList();
    }

    /** The newest run of {@code tenantId}: the "previous run" a new one is compared with (never a Microsoft day). */
    public Optional<RunRecord> latest(String tenantId) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).isTenant(tenantId) && !runs.get(i).isMicrosoftDay()) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    /** The newest run of any tenant (never a Microsoft day). */
    public Optional<RunRecord> latest() {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (!runs.get(i).isMicrosoftDay()) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    /** Distinct tenants in order of first appearance. */
    public List<String> tenants() {
        return runs.stream().map(RunRecord::tenant).distinct().toList();
    }
}
