package io.github.securescore.jenkins.model;

import io.github.securescore.score.ControlResult;
import java.io.Serial;
import java.io.Serializable;

/**
 * One improvement action's points in one build, small enough to live in {@code build.xml}.
 * A plain class of JDK types (not an engine record): XStream writes it into {@code build.xml},
 * and JEP-200 only lets Jenkins read back classes of the plugin itself and of the JDK.
 */
public final class ActionSummary implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String title;
    private final String status;
    private final double points;
    private final double maxScore;
    private final double remaining;
    private final boolean inMaximum;

    public ActionSummary(String name, String title, String status, double points, double maxScore, double remaining,
                         boolean inMaximum) {
        this.name = name;
        this.title = title;
        this.status = status;
        this.points = points;
        this.maxScore = maxScore;
        this.remaining = remaining;
        this.inMaximum = inMaximum;
    }

    static ActionSummary of(ControlResult result) {
        return new ActionSummary(result.name(), result.control().title(), result.status().label(), result.points(),
                result.maxScore(), result.remaining(), result.inMaximum());
    }

    /** Microsoft's controlName, e.g. AdminMFAV2. */
    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    /** The status as the portal names it, e.g. "To address". */
    public String getStatus() {
        return status;
    }

    public double getPoints() {
        return points;
    }

    public double getMaxScore() {
        return maxScore;
    }

    /** Points still to earn; zero for actions outside the score. */
    public double getRemaining() {
        return remaining;
    }

    /** Whether the action counts in the score's maximum. */
    public boolean isInMaximum() {
        return inMaximum;
    }
}
