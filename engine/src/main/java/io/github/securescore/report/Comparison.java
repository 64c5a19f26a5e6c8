package io.github.securescore.report;

import java.util.List;

/**
 * A tenant as it is and as a proposed change would leave it, for the reports: the score before →
 * after, each action whose points or status would move, and why. The text is raw (policy names and
 * account labels from files and the tenant); every renderer escapes it as tenant text.
 *
 * @param changes   one sentence per proposed change and what it would do
 * @param unknowns  what the proposal left open (values known only after apply, attributes not translated)
 */
public record Comparison(double beforePercent, double afterPercent, double beforePoints, double afterPoints,
                         double beforeMax, double afterMax, List<Action> actions, List<String> changes,
                         List<String> unknowns) {

    public Comparison {
        actions = List.copyOf(actions);
        changes = List.copyOf(changes);
        unknowns = List.copyOf(unknowns);
    }

    /**
     * One action that the proposal would move.
     *
     * @param why the change sentences behind the move, and the protected counts before → after
     */
    public record Action(String name, String beforeStatus, String afterStatus, double beforePoints, double afterPoints,
                         double maxScore, List<String> why) {
        public Action {
            why = List.copyOf(why);
        }

        public double delta() {
            return afterPoints - beforePoints;
        }
    }

    public double percentDelta() {
        return afterPercent - beforePercent;
    }
}
