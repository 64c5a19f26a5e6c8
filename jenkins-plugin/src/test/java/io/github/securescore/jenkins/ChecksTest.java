package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksPublisher;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import io.jenkins.plugins.checks.api.ChecksStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The step's check, captured by a test publisher factory as checks-api's own tests capture theirs. */
@WithJenkins
class ChecksTest {

    @Test
    void publishesScoreVerdictGatesAndNextSteps(JenkinsRule j) throws Exception {
        WorkflowRun run = build(j, "identitySecureScore snapshot: 'small.json', checksName: 'Entra',"
                + " controlGates: [controlGate(control: 'AdminMFAV2', minimum: 100, criticality: 'UNSTABLE')]",
                Result.UNSTABLE);

        List<ChecksDetails> published = Capturing.published(j);
        assertEquals(1, published.size());
        ChecksDetails details = published.get(0);
        assertEquals(Optional.of("Entra"), details.getName());
        assertEquals(ChecksStatus.COMPLETED, details.getStatus());
        assertEquals(ChecksConclusion.NEUTRAL, details.getConclusion());
        ChecksOutput output = details.getOutput().orElseThrow();
        ScoreBuildAction action = run.getAction(ScoreBuildAction.class);
        assertEquals(Optional.of("Entra " + String.format(java.util.Locale.ROOT, "%.1f %%", action.getPercent())
                + " — UNSTABLE"), output.getTitle());
        assertTrue(output.getSummary().orElseThrow().contains("**UNSTABLE** AdminMFAV2 >= 100%"),
                output.getSummary().orElseThrow());
        assertTrue(output.getText().orElseThrow().startsWith("## Next steps"), output.getText().orElseThrow());
    }

    @Test
    void skipPublishingChecksPublishesNone(JenkinsRule j) throws Exception {
        build(j, "identitySecureScore snapshot: 'small.json', skipPublishingChecks: true", Result.SUCCESS);
        assertEquals(List.of(), Capturing.published(j));
    }

    private static WorkflowRun build(JenkinsRule j, String step, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        job.setDefinition(new CpsFlowDefinition("node {\n  " + step + "\n}\n", true));
        return j.buildAndAssertStatus(expected, job);
    }

    /** Registered for this test class only; answers every run with one publisher that keeps what it got. */
    @TestExtension
    public static class Capturing extends ChecksPublisherFactory {

        private final List<ChecksDetails> details = new ArrayList<>();

        static List<ChecksDetails> published(JenkinsRule j) {
            return j.jenkins.getExtensionList(ChecksPublisherFactory.class).get(Capturing.class).details;
        }

        @Override
        protected Optional<ChecksPublisher> createPublisher(Run<?, ?> run, TaskListener listener) {
            return Optional.of(new ChecksPublisher() {
                @Override
                public void publish(ChecksDetails published) {
                    details.add(published);
                }
            });
        }
    }
}
