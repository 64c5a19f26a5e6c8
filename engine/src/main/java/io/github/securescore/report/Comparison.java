package io.github.securescore.report;

import java.util.List;

/**
 * A tenant as it is and as a proposed change would leave it, for the reports: the score before →
 * after, each action whose points or status would move, and why; each selected pack's figures
 * before → after and the requirements whose status would change. The text is raw (policy names and
 * account labels from files and the tenant); every renderer escapes it as tenant text.
 *
 * @param changes      one sentence per proposed change and what it would do
 * @param unknowns     what the proposal left open (values known only after apply, attributes not translated)
 * @param packs        each selected pack's figures before → after, in the selection's order (empty: none selected)
 * @param requirements the pack requirements whose status would change, pack by pack in the baseline's order
 */
public record Comparison(double beforePercent, double afterPercent, double beforePoints, double afterPoints,
                         double beforeMax, double afterMax, List<Action> actions, List<String> changes,
                         List<String> unknowns, List<PackFigures> packs, List<Requirement> requirements) {

    public Comparison {
        actions = List.copyOf(actions);
        changes = List.copyOf(changes);
        unknowns = List.copyOf(unknowns);
        packs = packs == null ? List.of() : List.copyOf(packs);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** A comparison of the score alone (no pack selected). */
    public Comparison(double beforePercent, double afterPercent, double beforePoints, double afterPoints,
                      double beforeMax, double afterMax, List<Action> actions, List<String> changes,
                      List<String> unknowns) {
        this(beforePercent, afterPercent, beforePoints, afterPoints, beforeMax, afterMax, actions, changes, unknowns,
                List.of(), List.of());
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

    /**
     * A selected pack's figures as it is → as proposed (its gates decide on the proposed ones).
     *
     * @param beforePassed SHALL requirements passed of {@code beforeCounted} counted, as it is
     */
    public record PackFigures(String pack, String title, long beforePassed, long beforeCounted, double beforeShallPercent,
                              long afterPassed, long afterCounted, double afterShallPercent, long beforeFailures,
                              long afterFailures) {
    }

    /**
     * A pack requirement whose status the proposal would change.
     *
     * @param beforeStatus its status label as it is ("Fail", "Warning (omitted)")
     * @param why          the change sentences behind it, then what decided it as it is and as proposed
     */
    public record Requirement(String pack, String id, String obligation, String title, String beforeStatus,
                              String afterStatus, List<String> why) {
        public Requirement {
            why = List.copyOf(why);
        }
    }

    /** The same comparison with the selected packs' figures and changed requirements. */
    public Comparison withPacks(List<PackFigures> figures, List<Requirement> changed) {
        return new Comparison(beforePercent, afterPercent, beforePoints, afterPoints, beforeMax, afterMax, actions,
                changes, unknowns, figures, changed);
    }

    public double percentDelta() {
        return afterPercent - beforePercent;
    }
}
