package io.github.securescore.proposal;

import io.github.securescore.controls.Evaluation;
import io.github.securescore.report.Comparison;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Pairs each action of the assessment as-is with the same action as-proposed, and says why it moved. */
final class ActionComparison {

    private static final double EPSILON = 1e-9;

    private ActionComparison() {
    }

    static Comparison compare(Assessment before, Assessment after, List<PolicyChange> changes, List<String> settings,
                              List<String> unknowns) {
        List<Comparison.Action> moved = new ArrayList<>();
        for (ControlResult now : after.controls()) {
            ControlResult was = before.control(now.name()).orElse(null);
            if (was == null) {
                continue;
            }
            boolean pointsMoved = Math.abs(now.points() - was.points()) > EPSILON;
            boolean statusMoved = now.status() != was.status();
            boolean coverageMoved = now.evaluation().protectedCount() != was.evaluation().protectedCount()
                    || now.evaluation().total() != was.evaluation().total();
            if (!pointsMoved && !statusMoved && !coverageMoved) {
                continue;
            }
            moved.add(new Comparison.Action(now.name(), was.status().label(), now.status().label(), was.points(),
                    now.points(), now.maxScore(), why(was, now, changes, settings)));
        }
        List<String> sentences = new ArrayList<>(settings);
        for (PolicyChange change : changes) {
            sentences.addAll(change.sentences());
        }
        return new Comparison(before.percent(), after.percent(), before.points(), after.points(), before.maxPoints(),
                after.maxPoints(), moved, sentences, unknowns);
    }

    /** The change sentences of the policies either evaluation names, then the counts before → after. */
    private static List<String> why(ControlResult was, ControlResult now, List<PolicyChange> changes,
                                    List<String> settings) {
        Set<String> why = new LinkedHashSet<>();
        // the policies that count for the action before or after; else those its notes name (near misses)
        for (PolicyChange change : changes) {
            if (counts(was.evaluation(), change.name()) || counts(now.evaluation(), change.name())) {
                why.addAll(change.sentences());
            }
        }
        for (PolicyChange change : why.isEmpty() ? changes : List.<PolicyChange>of()) {
            if (noted(was.evaluation(), change.name()) || noted(now.evaluation(), change.name())) {
                why.addAll(change.sentences());
            }
        }
        if (why.isEmpty()) {
            // no evaluation names a changed policy (e.g. security defaults decided it): every setting change
            why.addAll(settings);
        }
        why.add(counts(was.evaluation()) + " → " + counts(now.evaluation()));
        return List.copyOf(why);
    }

    private static boolean counts(Evaluation evaluation, String policy) {
        return evaluation.evidence().policies().contains(policy);
    }

    private static boolean noted(Evaluation evaluation, String policy) {
        return evaluation.evidence().notes().stream().anyMatch(n -> n.contains(policy));
    }

    private static String counts(Evaluation evaluation) {
        return switch (evaluation.outcome()) {
            case EVALUATED -> evaluation.total() == 0 ? "nobody to protect"
                    : String.format(Locale.ROOT, "%,d of %,d protected", evaluation.protectedCount(), evaluation.total());
            case NOT_APPLICABLE -> "not applicable";
            case NOT_EVALUATED -> "not evaluated";
        };
    }
}
