package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.model.Run;
import hudson.views.ListViewColumn;
import hudson.views.ListViewColumnDescriptor;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A list-view column with the score and verdict of each job's last completed build (its first check,
 * in the order the build ran them), linking to the result page. Figures are the run record's.
 */
public class ScoreColumn extends ListViewColumn {

    @DataBoundConstructor
    public ScoreColumn() {
        // no options
    }

    /** The first check of the job's last completed build; null when that build ran none. */
    @CheckForNull
    public ScoreBuildAction getLatest(Job<?, ?> job) {
        Run<?, ?> last = job.getLastCompletedBuild();
        if (last == null) {
            return null;
        }
        List<ScoreBuildAction> actions = last.getActions(ScoreBuildAction.class);
        return actions.isEmpty() ? null : actions.get(0);
    }

    @Extension
    @Symbol("identitySecureScoreColumn")
    public static class DescriptorImpl extends ListViewColumnDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Identity Secure Score";
        }

        @Override
        public boolean shownByDefault() {
            return false;
        }
    }
}
