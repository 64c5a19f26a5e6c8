package io.github.securescore.jenkins;

import hudson.model.Result;
import hudson.model.Run;
import io.github.securescore.gate.Verdict;
import io.jenkins.plugins.util.PipelineResultHandler;
import io.jenkins.plugins.util.QualityGateStatus;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Where the engine's verdict goes. The freestyle recorder has only the build; the pipeline step also has
 * its own {@link FlowNode}, so the stage-only NOTE and ERROR misses can mark the stage (a
 * {@code WarningAction}, through plugin-util-api's {@link PipelineResultHandler}, as coverage and
 * warnings-ng mark theirs). The verdict and the stage status are the engine's ({@code Verdict#status},
 * {@code Verdict#stage}); this only names them in Jenkins' terms.
 */
sealed interface VerdictTarget {

    /**
     * @param verdict the build's status: FAIL → FAILURE, UNSTABLE → UNSTABLE, PASS leaves the result alone
     * @param stage   the stage's status, never better than the verdict
     * @param message why, for the stage's warning (the gates' sentences)
     * @return whether the stage itself was marked (false: there is no stage to mark)
     */
    boolean publish(Verdict.Status verdict, Verdict.Status stage, String message);

    static VerdictTarget build(Run<?, ?> run) {
        return new Build(run);
    }

    static VerdictTarget stage(Run<?, ?> run, FlowNode node) {
        return new Stage(new PipelineResultHandler(run, node));
    }

    /** A post-build action: the build's result only; a stage-only miss changes nothing. */
    record Build(Run<?, ?> run) implements VerdictTarget {
        @Override
        public boolean publish(Verdict.Status verdict, Verdict.Status stage, String message) {
            switch (verdict) {
                case FAIL -> run.setResult(Result.FAILURE);
                case UNSTABLE -> run.setResult(Result.UNSTABLE);
                case PASS -> {
                    // the result is left as earlier steps made it
                }
            }
            return false;
        }
    }

    /**
     * A pipeline step: the verdict marks build and stage (WARNING, FAILED), then a worse stage status marks the
     * stage alone (NOTE: stage UNSTABLE, ERROR: stage FAILURE); the handler never makes a stage better.
     */
    record Stage(PipelineResultHandler handler) implements VerdictTarget {
        @Override
        public boolean publish(Verdict.Status verdict, Verdict.Status stage, String message) {
            switch (verdict) {
                case FAIL -> handler.publishResult(QualityGateStatus.FAILED, message);
                case UNSTABLE -> handler.publishResult(QualityGateStatus.WARNING, message);
                case PASS -> {
                    // nothing for the build
                }
            }
            if (stage != verdict) {
                handler.publishResult(stage == Verdict.Status.FAIL ? QualityGateStatus.ERROR : QualityGateStatus.NOTE,
                        message);
            }
            return verdict != Verdict.Status.PASS || stage != verdict;
        }
    }
}
