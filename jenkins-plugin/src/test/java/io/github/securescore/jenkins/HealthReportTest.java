package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.HealthReport;
import io.github.securescore.policy.ScoreZones;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The job's weather comes from the last build's score, as the engine's zones put it. */
@WithJenkins
class HealthReportTest {

    @Test
    void theJobHealthIsTheScore(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        job.setDefinition(new CpsFlowDefinition("node { identitySecureScore snapshot: 'small.json' }", true));
        WorkflowRun run = j.buildAndAssertSuccess(job);

        double percent = run.getAction(ScoreBuildAction.class).getPercent();
        ScoreZones.Health expected = ScoreZones.DEFAULT.health(percent);
        HealthReport health = run.getAction(ScoreBuildAction.class).getBuildHealth();
        assertEquals(expected.score(), health.getScore());
        assertEquals(expected.description(), health.getDescription());
        assertTrue(job.getBuildHealthReports().stream().anyMatch(h -> h.getScore() == expected.score()
                && expected.description().equals(h.getDescription())), "the job shows it");
    }

    @Test
    void thePolicysOwnZonesDecideTheHealthAndAreKeptInTheBuild(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        j.jenkins.getWorkspaceFor(job).child("policy.yml").write("zones:\n  good: 97.5\n  okay: 3\n", "UTF-8");
        job.setDefinition(new CpsFlowDefinition(
                "node { identitySecureScore snapshot: 'small.json', policy: 'policy.yml' }", true));
        WorkflowRun run = j.buildAndAssertSuccess(job);

        ScoreBuildAction action = run.getAction(ScoreBuildAction.class);
        ScoreZones zones = new ScoreZones(97.5, 3);
        assertEquals(zones, action.getZones());
        ScoreZones.Health expected = zones.health(action.getPercent());
        assertTrue(expected.description().contains("good from 97.5 %, okay from 3 %"), expected.description());
        assertEquals(expected.description(), action.getBuildHealth().getDescription());

        // kept in build.xml: the same health after the build is read back from disk
        run.reload();
        assertEquals(expected.description(), run.getAction(ScoreBuildAction.class).getBuildHealth().getDescription());
    }
}
