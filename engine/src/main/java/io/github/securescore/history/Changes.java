package io.github.securescore.history;

import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.controls.Evidence;
import io.github.securescore.gate.Verdict;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two runs action by action. From history entries the reasons are status and coverage
 * counts; from two full assessments (two snapshots) they also name the accounts and policies
 * that made the difference, from the evidence.
 */
public final class Changes {

    /** How many account names a reason lists before "and N more". */
    static final int NAMES = 10;

    private Changes() {
    }

    public static RunChange between(RunRecord previous, RunRecord current) {
        Set<String> names = new LinkedHashSet<>(current.controls().keySet());
        names.addAll(previous.controls().keySet());
        List<ControlChange> changes = new ArrayList<>();
        for (String name : names) {
            RunRecord.ControlEntry before = previous.controls().get(name);
            RunRecord.ControlEntry after = current.controls().get(name);
            ControlChange change = change(name, before, after, List.of());
            if (change != null) {
                changes.add(change);
            }
        }
        changes.sort(BIGGEST_FIRST);
        return new RunChange(previous, current, changes, requirements(previous, current));
    }

    /**
     * The pack requirements whose status differs between two runs, for the packs the later run
     * evaluated (a pack no longer selected is not a change of the tenant).
     */
    static List<RequirementChange> requirements(RunRecord previous, RunRecord current) {
        List<RequirementChange> changes = new ArrayList<>();
        for (Map.Entry<String, PackEntry> pack : current.packs().entrySet()) {
            PackEntry before = previous.packs().get(pack.getKey());
            if (before == null) {
                continue;   // first run with this pack: nothing to compare with
            }
            for (Map.Entry<String, RequirementStatus> r : pack.getValue().requirements().entrySet()) {
                RequirementStatus was = before.requirements().get(r.getKey());
                if (was != r.getValue()) {
                    changes.add(new RequirementChange(pack.getKey(), r.getKey(), was, r.getValue()));
                }
            }
        }
        return changes;
    }

    /** Two assessments (e.g. two snapshots): the same comparison plus evidence-based reasons. */
    public static RunChange between(Assessment previous, Assessment current) {
        Instant now = Instant.EPOCH;
        RunRecord before = RunRecord.of(previous, (Verdict) null, null, previous.capturedAt() != null ? previous.capturedAt() : now);
        RunRecord after = RunRecord.of(current, (Verdict) null, null, current.capturedAt() != null ? current.capturedAt() : now);
        Set<String> names = new LinkedHashSet<>(after.controls().keySet());
        names.addAll(before.controls().keySet());
        List<ControlChange> changes = new ArrayList<>();
        for (String name : names) {
            List<String> evidence = evidenceReasons(previous.control(name).orElse(null),
                    current.control(name).orElse(null));
            ControlChange change = change(name, before.controls().get(name), after.controls().get(name), evidence);
            if (change != null) {
                changes.add(change);
            }
        }
        changes.sort(BIGGEST_FIRST);
        return new RunChange(before, after, changes);
    }

    private static final Comparator<ControlChange> BIGGEST_FIRST = Comparator
            .comparingDouble((ControlChange c) -> -Math.abs(c.delta()))
            .thenComparing(ControlChange::control);

    /** The change of one action, or null when nothing about it changed. */
    private static ControlChange change(String name, RunRecord.ControlEntry before, RunRecord.ControlEntry after,
                                        List<String> evidence) {
        double beforePoints = before == null ? 0 : before.points();
        double afterPoints = after == null ? 0 : after.points();
        ControlStatus beforeStatus = before == null ? null : before.status();
        ControlStatus afterStatus = after == null ? null : after.status();
        boolean coverageChanged = before != null && after != null
                && (!Objects.equals(before.covered(), after.covered()) || !Objects.equals(before.of(), after.of()));
        boolean maxChanged = before != null && after != null && before.max() != after.max();
        if (RunRecord.round(afterPoints - beforePoints) == 0 && beforeStatus == afterStatus && !coverageChanged
                && !maxChanged) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (before == null) {
            reasons.add("new in this run");
        } else if (after == null) {
            reasons.add("no longer in the catalog");
        } else {
            if (beforeStatus != afterStatus) {
                reasons.add("status " + beforeStatus.label() + " -> " + afterStatus.label());
            }
            if (coverageChanged) {
                reasons.add("protected " + coverage(before) + " -> " + coverage(after));
            }
            if (maxChanged) {
                reasons.add("worth " + number(before.max()) + " -> " + number(after.max()) + " points");
            }
        }
        reasons.addAll(evidence);
        return new ControlChange(name, beforePoints, afterPoints, beforeStatus, afterStatus, reasons);
    }

    private static String coverage(RunRecord.ControlEntry entry) {
        if (entry.covered() == null || entry.of() == null) {
            return "not evaluated";
        }
        return entry.covered() + " of " + entry.of();
    }

    /** Accounts newly left unprotected or newly protected, and policies that started or stopped counting. */
    static List<String> evidenceReasons(ControlResult before, ControlResult after) {
        if (before == null || after == null) {
            return List.of();
        }
        Evidence a = before.evaluation().evidence();
        Evidence b = after.evaluation().evidence();
        List<String> reasons = new ArrayList<>();
        addDifference(reasons, "policies now counting: ", b.policies(), a.policies());
        addDifference(reasons, "policies no longer counting: ", a.policies(), b.policies());
        addDifference(reasons, "newly unprotected: ", b.unprotected(), a.unprotected());
        // the sample is capped, so a name missing from a full sample may just have fallen off it
        if (a.unprotected().size() < Evidence.SAMPLE) {
            addDifference(reasons, "now protected: ", a.unprotected(), b.unprotected());
        }
        Map<String, Long> counts = new LinkedHashMap<>(b.counts());
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            Long old = a.counts().get(count.getKey());
            if (old != null && !old.equals(count.getValue())) {
                reasons.add(count.getKey() + " " + old + " -> " + count.getValue());
            }
        }
        if (before.evaluation().outcome() != after.evaluation().outcome() && after.evaluation().reason() != null) {
            reasons.add(after.evaluation().reason());
        }
        return reasons;
    }

    private static void addDifference(List<String> reasons, String prefix, List<String> in, List<String> notIn) {
        Set<String> exclude = new LinkedHashSet<>(notIn);
        List<String> names = in.stream().filter(n -> !exclude.contains(n)).toList();
        if (names.isEmpty()) {
            return;
        }
        String listed = String.join(", ", names.subList(0, Math.min(NAMES, names.size())));
        reasons.add(prefix + listed + (names.size() > NAMES ? " and " + (names.size() - NAMES) + " more" : ""));
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
