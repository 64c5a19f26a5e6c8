package io.github.securescore.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one ranking of improvement actions every report and front end shows. Next steps are the
 * open actions (To address, Planned) with points left, ordered by remaining points, then lower
 * user impact, then lower implementation cost (then name, so the order is total). Every other
 * action has a {@link Place} outside the next steps: a Risk accepted action is a decision already
 * taken, not a step to take.
 */
public final class Ranking {

    /** Where an action is listed. Declared in the order reports list the groups. */
    public enum Place {
        NEXT_STEP("Next steps"),
        NOT_EVALUATED("Not evaluated"),
        ACCEPTED_OR_RESOLVED("Accepted or resolved elsewhere"),
        COMPLETED("Completed"),
        NOT_COUNTED("Not counted in the score");

        private final String heading;

        Place(String heading) {
            this.heading = heading;
        }

        /** The heading a report gives the group. */
        public String heading() {
            return heading;
        }
    }

    /** Remaining points first, then lower user impact, then lower implementation cost, then name. */
    public static final Comparator<RankedAction> ORDER = Comparator
            .comparingDouble(RankedAction::remaining).reversed()
            .thenComparing(RankedAction::userImpact, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RankedAction::implementationCost, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RankedAction::name);

    private Ranking() {
    }

    public static Place placeOf(RankedAction action) {
        return switch (action.status()) {
            case TO_ADDRESS, PLANNED -> action.remaining() > 0 ? Place.NEXT_STEP : Place.NOT_COUNTED;
            case RISK_ACCEPTED, THIRD_PARTY, ALTERNATE_MITIGATION -> Place.ACCEPTED_OR_RESOLVED;
            case COMPLETED -> Place.COMPLETED;
            case NOT_EVALUATED -> Place.NOT_EVALUATED;
            case IGNORED, NOT_APPLICABLE -> Place.NOT_COUNTED;
        };
    }

    public static boolean isNextStep(RankedAction action) {
        return placeOf(action) == Place.NEXT_STEP;
    }

    /** The next steps of {@code actions}, best first. */
    public static <T extends RankedAction> List<T> nextSteps(List<T> actions) {
        return actions.stream().filter(Ranking::isNextStep).sorted(ORDER).toList();
    }

    /** Every action: the next steps ranked, then each other {@link Place} in turn, each in the same order. */
    public static <T extends RankedAction> List<T> ordered(List<T> actions) {
        List<T> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparing((T a) -> placeOf(a)).thenComparing(ORDER));
        return List.copyOf(sorted);
    }
}
