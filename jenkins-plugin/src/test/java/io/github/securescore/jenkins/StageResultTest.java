package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The pipeline step marks its own node (a WarningAction, what stage views show) for the engine's stage-only
 * NOTE and ERROR misses and leaves the build result alone; the freestyle recorder has no stage to mark.
 */
@WithJenkins
class StageResultTest {

    @Test
    void aNoteGateMissMarksTheStepUnstableAndTheBuildStaysSuccessful(JenkinsRule j) throws Exception {
        WorkflowRun run = j.buildAndAssertSuccess(pipeline(j, "NOTE"));

        assertEquals("PASS", run.getAction(ScoreBuildAction.class).getVerdict());
        WarningAction warning = warningOnTheStep(run);
        assertEquals(Result.UNSTABLE, warning.getResult());
        assertTrue(warning.getMessage().contains("AdminMFAV2"), warning.getMessage());
        j.assertLogContains("stage UNSTABLE, marked on this step's stage", run);
    }

    @Test
    void anErrorGateMissMarksTheStepFailedAndTheBuildStaysSuccessful(JenkinsRule j) throws Exception {
        WorkflowRun run = j.buildAndAssertSuccess(pipeline(j, "ERROR"));

        assertEquals(Result.FAILURE, warningOnTheStep(run).getResult());
    }

    @Test
    void anUnstableGateMarksBuildAndStep(JenkinsRule j) throws Exception {
        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, pipeline(j, "UNSTABLE"));

        assertEquals(Result.UNSTABLE, warningOnTheStep(run).getResult());
    }

    @Test
    void passingGatesLeaveTheStepUnmarked(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        job.setDefinition(new CpsFlowDefinition("node { identitySecureScore snapshot: 'small.json' }", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        assertEquals(List.of(), new DepthFirstScanner().allNodes(run.getExecution()).stream()
                .filter(node -> node.getPersistentAction(WarningAction.class) != null).toList());
    }

    @Test
    void theFreestyleRecorderHasNoStageAndSaysSo(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        ControlGate gate = new ControlGate("AdminMFAV2");
        gate.setCriticality("NOTE");
        step.setControlGates(List.of(gate));
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        j.assertLogContains("a post-build action has no stage to mark", build);
    }

    private static WorkflowJob pipeline(JenkinsRule j, String criticality) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  stage('Identity') {
                    identitySecureScore snapshot: 'small.json',
                        controlGates: [controlGate(control: 'AdminMFAV2', minimum: 100, criticality: '%s')]
                  }
                }
                """.formatted(criticality), true));
        return job;
    }

    /** The one node with a WarningAction, which must be the step's own. */
    private static WarningAction warningOnTheStep(WorkflowRun run) {
        List<FlowNode> marked = new DepthFirstScanner().allNodes(run.getExecution()).stream()
                .filter(node -> node.getPersistentAction(WarningAction.class) != null).toList();
        assertEquals(1, marked.size(), marked::toString);
        assertEquals("identitySecureScore", marked.get(0).getDisplayFunctionName());
        WarningAction warning = marked.get(0).getPersistentAction(WarningAction.class);
        return warning;
    }
}
