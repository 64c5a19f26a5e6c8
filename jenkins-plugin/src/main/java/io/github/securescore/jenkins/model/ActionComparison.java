package io.github.securescore.jenkins.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This build's actions beside the previous build's, both read from their summaries, for the
 * "since the previous build" table of the result page.
 *
 * <p>UNFINISHED: needs engine API {@code CheckResult#changes()} (the history module's "what
 * changed since the previous run", with reasons such as a policy that was switched off). When it
 * exists, the page shows the engine's sentences and this side-by-side table stays as the detail.
 */
public final class ActionComparison {

    /** One action in both builds; previous values are null when the previous build lacked it. */
    public record Row(String name, String title, String previousStatus, Double previousPoints, String status,
                      double points, double maxScore) {

        public boolean changed() {
            return previousPoints == null || Math.abs(previousPoints - points) > 1e-9
                    || !status.equals(previousStatus);
        }

        public Double delta() {
            return previousPoints == null ? null : points - previousPoints;
        }

        // Jelly reads bean properties
        public String getName() {
            return name;
        }

        public String getTitle() {
            return title;
        }

        public String getPreviousStatus() {
            return previousStatus;
        }

        public Double getPreviousPoints() {
            return previousPoints;
        }

        public String getStatus() {
            return status;
        }

        public double getPoints() {
            return points;
        }

        public double getMaxScore() {
            return maxScore;
        }

        public boolean isChanged() {
            return changed();
        }

        public Double getDelta() {
            return delta();
        }
    }

    private ActionComparison() {
    }

    /** Every action of {@code current}, the ones that changed first, in catalog order otherwise. */
    public static List<Row> rows(ScoreSummary previous, ScoreSummary current) {
        List<Row> changed = new ArrayList<>();
        List<Row> same = new ArrayList<>();
        for (ActionSummary action : current.getActions()) {
            Optional<ActionSummary> before = previous.action(action.getName());
            Row row = new Row(action.getName(), action.getTitle(), before.map(ActionSummary::getStatus).orElse(null),
                    before.map(ActionSummary::getPoints).orElse(null), action.getStatus(), action.getPoints(),
                    action.getMaxScore());
            (row.changed() ? changed : same).add(row);
        }
        changed.addAll(same);
        return changed;
    }
}
