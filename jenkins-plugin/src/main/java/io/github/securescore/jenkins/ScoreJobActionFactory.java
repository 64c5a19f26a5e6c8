package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.TransientActionFactory;

/**
 * Gives a job one {@link ScoreJobAction} per check id found in its last completed build. Unlike
 * {@code SimpleBuildStep.LastBuildAction} (which only looks at the last successful build), a job
 * whose gate failed its newest builds keeps showing its trend.
 */
@Extension
@SuppressWarnings("rawtypes")
public class ScoreJobActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    /** Lets Jenkins skip this factory when it looks for other kinds of actions. */
    @Override
    public Class<? extends Action> actionType() {
        return ScoreJobAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job job) {
        Run<?, ?> last = job.getLastCompletedBuild();
        if (last == null) {
            return List.of();
        }
        Map<String, ScoreJobAction> actions = new LinkedHashMap<>();
        for (ScoreBuildAction action : last.getActions(ScoreBuildAction.class)) {
            actions.putIfAbsent(action.getId(), new ScoreJobAction(job, action.getId(), action.getDisplayName()));
        }
        return new ArrayList<>(actions.values());
    }
}
