package io.github.securescore.score;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.Evaluation;

/**
 * One improvement action's place in the score.
 *
 * @param points           points earned
 * @param inMaximum        whether its maximum counts in the score's maximum (Ignored, Not applicable,
 *                         Not evaluated and [Not Scored] actions do not)
 * @param override         the status override that applied, or null
 * @param microsoftPoints  Microsoft's own daily figure for this control, or null when not collected
 */
public record ControlResult(Control control, ControlStatus status, double points, boolean inMaximum,
                            Evaluation evaluation, StatusOverride override, Double microsoftPoints)
        implements RankedAction {

    public String name() {
        return control.name();
    }

    @Override
    public Control.Level userImpact() {
        return control.userImpact();
    }

    @Override
    public Control.Level implementationCost() {
        return control.implementationCost();
    }

    public double maxScore() {
        return control.maxScore();
    }

    /** Points still to earn; zero for actions outside the score. */
    @Override
    public double remaining() {
        return inMaximum ? Math.max(0, control.maxScore() - points) : 0;
    }

    /** Share of the action achieved, in percent (from the evaluation; 0 when not evaluated). */
    public double percent() {
        return evaluation.fraction() * 100;
    }

    /** Points the evaluation found, before any status override. */
    public double evaluatedPoints() {
        return evaluation.fraction() * control.maxScore();
    }
}
