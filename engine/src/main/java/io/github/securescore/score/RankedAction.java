package io.github.securescore.score;

import io.github.securescore.controls.Control;

/**
 * What the {@link Ranking} needs of an improvement action, whether it comes from a full
 * assessment ({@link ControlResult}) or from a run the history kept (a report's row).
 */
public interface RankedAction {

    String name();

    ControlStatus status();

    /** Points still to earn; zero for actions outside the score. */
    double remaining();

    /** Null when unknown (a history row of an action the catalog no longer has). */
    Control.Level userImpact();

    /** Null when unknown. */
    Control.Level implementationCost();
}
