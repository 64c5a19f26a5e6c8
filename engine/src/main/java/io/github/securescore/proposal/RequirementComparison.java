package io.github.securescore.proposal;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.report.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs each selected pack as it is with the same pack as proposed: its figures, and each requirement
 * whose status would change with why. Both states are assessed with the same policy, so a requirement's
 * omission and the accepted exclusions on offer are the same on both sides; only the tenant differs.
 */
final class RequirementComparison {

    private RequirementComparison() {
    }

    static List<Comparison.PackFigures> figures(List<PackResult> before, List<PackResult> after) {
        List<Comparison.PackFigures> figures = new ArrayList<>();
        for (PackResult now : after) {
            same(before, now).ifPresent(was -> figures.add(new Comparison.PackFigures(now.pack().id(),
                    now.pack().title(), was.passed(Obligation.SHALL), was.counted(Obligation.SHALL), was.shallPercent(),
                    now.passed(Obligation.SHALL), now.counted(Obligation.SHALL), now.shallPercent(), was.failures(),
                    now.failures())));
        }
        return figures;
    }

    static List<Comparison.Requirement> changed(List<PackResult> before, List<PackResult> after,
                                                List<PolicyChange> changes, List<String> settings) {
        List<Comparison.Requirement> changed = new ArrayList<>();
        for (PackResult now : after) {
            PackResult was = same(before, now).orElse(null);
            if (was == null) {
                continue;
            }
            for (RequirementResult r : now.results()) {
                RequirementResult prior = was.result(r.requirement().id()).orElse(null);
                if (prior == null || prior.status() == r.status()) {
                    continue;
                }
                changed.add(new Comparison.Requirement(now.pack().id(), r.requirement().id(),
                        r.requirement().obligation().name(), r.requirement().title(), label(prior), label(r),
                        why(prior, r, changes, settings)));
            }
        }
        return changed;
    }

    private static Optional<PackResult> same(List<PackResult> results, PackResult pack) {
        return results.stream().filter(p -> p.pack().id().equals(pack.pack().id())).findFirst();
    }

    /** "Fail", "Warning (omitted)": an omitted requirement still moves, it just does not count. */
    private static String label(RequirementResult r) {
        return r.status().label() + (r.omitted() ? " (omitted)" : "");
    }

    /**
     * The change sentences of the policies either outcome names (deciding it, or in its reason or notes);
     * the setting changes when none does (e.g. user consent); then what decided it before and after.
     */
    private static List<String> why(RequirementResult was, RequirementResult now, List<PolicyChange> changes,
                                    List<String> settings) {
        Set<String> why = new LinkedHashSet<>();
        for (PolicyChange change : changes) {
            if (names(was.outcome(), change.name()) || names(now.outcome(), change.name())) {
                why.addAll(change.sentences());
            }
        }
        if (why.isEmpty()) {
            why.addAll(settings);
        }
        why.add("as it is: " + decided(was.outcome()));
        why.add("as proposed: " + decided(now.outcome()));
        return List.copyOf(why);
    }

    private static boolean names(RequirementOutcome outcome, String policy) {
        return outcome.evidence().policies().contains(policy)
                || outcome.reason() != null && outcome.reason().contains(policy)
                || outcome.evidence().notes().stream().anyMatch(n -> n.contains(policy));
    }

    /** The reason when there is one (fail, warning, not applicable, not evaluated), else the deciding policies. */
    private static String decided(RequirementOutcome outcome) {
        if (outcome.reason() != null) {
            return outcome.reason();
        }
        if (!outcome.evidence().policies().isEmpty()) {
            return "met by " + String.join(", ", outcome.evidence().policies());
        }
        return outcome.status().label();
    }
}
