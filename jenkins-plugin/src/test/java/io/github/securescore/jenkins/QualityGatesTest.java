package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import hudson.model.Result;
import io.jenkins.plugins.util.QualityGate.QualityGateCriticality;
import io.jenkins.plugins.util.QualityGateResult;
import io.jenkins.plugins.util.QualityGateStatus;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The engine's gate results on the build page in plugin-util-api's model, and the stage-only criticalities. */
@WithJenkins
class QualityGatesTest {

    @Test
    void mapsEveryEngineOutcomeAndCriticality() {
        QualityGateResult result = QualityGates.of(List.of(
                new AgentCheck.GateLine("SCORE_PERCENT", null, 70, "FAIL", 72.5, "PASSED", false, "m"),
                new AgentCheck.GateLine("CONTROL_PERCENT", "AdminMFAV2", 100, "NOTE", 50.0, "NOTE", false, "m"),
                new AgentCheck.GateLine("DROP_SINCE_PREVIOUS", null, 2, "UNSTABLE", null, "NO_DATA", false, "m")));
        assertEquals(QualityGateStatus.NOTE, result.getOverallStatus());
        assertEquals(List.of(QualityGateStatus.PASSED, QualityGateStatus.NOTE, QualityGateStatus.PASSED),
                result.getResultItems().stream().map(QualityGateResult.QualityGateResultItem::getStatus).toList());
        assertEquals("CONTROL_PERCENT AdminMFAV2", result.getResultItems().get(1).getQualityGate().getName());
        assertEquals(QualityGateCriticality.NOTE, result.getResultItems().get(1).getQualityGate().getCriticality());
        assertEquals("no data", result.getResultItems().get(2).getActualValue());

        assertEquals(QualityGateStatus.FAILED, QualityGates.status("FAILED"));
        assertEquals(QualityGateStatus.ERROR, QualityGates.status("ERROR"));
        assertEquals(QualityGateStatus.WARNING, QualityGates.status("UNSTABLE"));
        assertEquals(QualityGateCriticality.FAILURE, QualityGates.criticality("FAIL"));
        assertEquals(QualityGateCriticality.ERROR, QualityGates.criticality("ERROR"));
    }

    @Test
    void aStageOnlyGateLeavesTheBuildResultAndIsShown(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        TestTenants.copy(TestTenants.SMALL, workspace, "small.json");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  stage('Identity') {
                    identitySecureScore snapshot: 'small.json',
                        controlGates: [controlGate(control: 'AdminMFAV2', minimum: 100, criticality: 'ERROR')]
                  }
                }
                """, true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        ScoreBuildAction action = run.getAction(ScoreBuildAction.class);
        assertEquals("PASS", action.getVerdict(), "ERROR is stage-only: the engine's verdict stays PASS");
        QualityGateResult gates = action.getQualityGateResult();
        assertNotNull(gates);
        assertEquals(QualityGateStatus.ERROR, gates.getOverallStatus());
        j.assertLogContains("a stage-only gate (NOTE or ERROR) was missed: stage FAIL", run);
        String buildPage = j.createWebClient().getPage(run).asNormalizedText();
        assertTrue(buildPage.contains("AdminMFAV2"), buildPage);
        assertTrue(buildPage.contains("Quality gates:"), buildPage);
    }

    @Test
    void aFailGateFailsTheBuildAndTheQualityGate(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  stage('Identity') {
                    identitySecureScore snapshot: 'small.json', minimumScore: 99.5
                  }
                }
                """, true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        assertEquals(QualityGateStatus.FAILED, run.getAction(ScoreBuildAction.class).getQualityGateResult()
                .getOverallStatus());
    }
}
