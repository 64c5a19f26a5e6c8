package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hudson.FilePath;
import hudson.model.Result;
import io.github.securescore.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PipelineTest {

    @Test
    void runsTheStepByItsSymbolWithOneResultPerId(JenkinsRule j) throws Exception {
        WorkflowJob job = job(j, """
                node {
                  identitySecureScore id: 'contoso', name: 'Contoso', snapshot: 'contoso.json'
                  identitySecureScore id: 'fabrikam', name: 'Fabrikam', snapshot: 'small.json'
                  identitySecureScore id: 'fabrikam', name: 'Fabrikam again', snapshot: 'small.json'
                }
                """);

        WorkflowRun run = j.buildAndAssertSuccess(job);

        List<ScoreBuildAction> actions = run.getActions(ScoreBuildAction.class);
        assertEquals(List.of("contoso", "fabrikam"), actions.stream().map(ScoreBuildAction::getId).toList());
        assertEquals("Fabrikam again", actions.get(1).getDisplayName(), "the repeated id replaced the first");
        j.assertLogContains("replacing the earlier result with id 'fabrikam' in this build", run);

        CheckResult contoso = TestTenants.engineResult(TestTenants.CONTOSO);
        assertEquals(contoso.assessment().percent(), actions.get(0).getPercent(), 1e-9);
        CheckResult small = TestTenants.engineResult(TestTenants.SMALL);
        assertEquals(small.assessment().percent(), actions.get(1).getPercent(), 1e-9);

        assertNotNull(j.createWebClient().getPage(run, "contoso").getElementById("score"));
        assertNotNull(j.createWebClient().getPage(run, "fabrikam").getElementById("score"));
    }

    @Test
    void setsTheResultAndGoesOnByDefaultButStopsWhenAsked(JenkinsRule j) throws Exception {
        WorkflowJob goesOn = job(j, """
                node {
                  identitySecureScore snapshot: 'small.json', minimumScore: 99.5
                  echo 'still running after the gate'
                }
                """);
        WorkflowRun marked = j.buildAndAssertStatus(Result.FAILURE, goesOn);
        j.assertLogContains("still running after the gate", marked);
        j.assertLogContains("GATE score >= 99.50%", marked);

        WorkflowJob stops = job(j, """
                node {
                  identitySecureScore snapshot: 'small.json', minimumScore: 99.5, stopOnFailure: true
                  echo 'not reached'
                }
                """);
        WorkflowRun stopped = j.buildAndAssertStatus(Result.FAILURE, stops);
        j.assertLogNotContains("not reached", stopped);
        j.assertLogContains("[Identity Secure Score] a gate failed: score >= 99.50%", stopped);
        assertNotNull(stopped.getAction(ScoreBuildAction.class), "the result page exists even when it stops");

        WorkflowJob unstable = job(j, """
                node {
                  identitySecureScore snapshot: 'small.json',
                      controlGates: [controlGate(control: 'AdminMFAV2', minimum: 100, criticality: 'UNSTABLE')]
                }
                """);
        WorkflowRun warned = j.buildAndAssertStatus(Result.UNSTABLE, unstable);
        j.assertLogContains("GATE AdminMFAV2 >= 100%", warned);
    }

    @Test
    void runsTheDeclarativeExampleJenkinsfile(JenkinsRule j) throws Exception {
        Path jenkinsfile = Path.of("..", "examples", "jenkins", "Jenkinsfile");
        String script = Files.readString(jenkinsfile, StandardCharsets.UTF_8);
        WorkflowJob job = j.createProject(WorkflowJob.class, "example");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        TestTenants.copy(TestTenants.CONTOSO, workspace, "examples/tenants/contoso-small-business/snapshot.json");
        Path policy = Path.of("..", "examples", "jenkins", "identity-policy.yml");
        workspace.child("examples/jenkins/identity-policy.yml").copyFrom(policy.toUri().toURL());
        job.setDefinition(new CpsFlowDefinition(script, true));

        WorkflowRun run = j.waitForCompletion(job.scheduleBuild2(0).waitForStart());

        ScoreBuildAction action = run.getAction(ScoreBuildAction.class);
        assertNotNull(action, "the example ran the step: " + JenkinsRule.getLog(run));
        assertEquals("contoso", action.getId());
        assertEquals(1, run.getActions(ScoreBuildAction.class).size(), "the live stage is skipped without a tenant");
        // the example's policy (50 %) and its AdminMFAV2 floor decide the result, as the engine says
        Result expected = switch (action.getVerdict()) {
            case "FAIL" -> Result.FAILURE;
            case "UNSTABLE" -> Result.UNSTABLE;
            default -> Result.SUCCESS;
        };
        assertEquals(expected, run.getResult());
        assertEquals(2, action.getDetail().verdict().gates().size(), "the gates as the JSON report has them");
        j.assertLogContains("[Identity Secure Score] score ", run);
        if (action.getVerdict().equals("FAIL")) {
            j.assertLogNotContains("Deploying:", run);
        } else {
            j.assertLogContains("Deploying:", run);
        }

        // a floor the example tenant cannot reach: the FAIL gate stops the pipeline before Deploy
        workspace.child("examples/jenkins/identity-policy.yml")
                .write("minPercent: 99.5\ncriticality:\n  minPercent: FAIL\n", "UTF-8");
        WorkflowRun failed = j.buildAndAssertStatus(Result.FAILURE, job);
        assertEquals("FAIL", failed.getAction(ScoreBuildAction.class).getVerdict());
        j.assertLogContains("[Identity Secure Score] a gate failed: ", failed);
        j.assertLogContains("GATE score >= 99.50%", failed);
        j.assertLogNotContains("Deploying:", failed);
    }

    /** A pipeline whose workspace holds the bundled example as contoso.json and the small tenant as small.json. */
    @Test
    void thePacksFieldSelectsPacksAndThePolicysPackGatesDecide(JenkinsRule j) throws Exception {
        WorkflowJob job = job(j, """
                node {
                  identitySecureScore snapshot: 'small.json', policy: 'policy.yml', packs: 'identity-secure-score, cis-m365'
                }
                """);
        j.jenkins.getWorkspaceFor(job).child("policy.yml")
                .write("packGates:\n  cis-m365:\n    maximumFailures: 999\n", "UTF-8");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("gate cis-m365 failed requirements <= 999", run);

        WorkflowJob unknown = job(j, """
                node {
                  identitySecureScore snapshot: 'small.json', packs: 'scuba'
                }
                """);
        WorkflowRun refused = j.buildAndAssertStatus(Result.FAILURE, unknown);
        j.assertLogContains("unknown pack 'scuba'; expected one of identity-secure-score, cis-m365", refused);
    }

    private static WorkflowJob job(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        TestTenants.copy(TestTenants.CONTOSO, workspace, "contoso.json");
        TestTenants.copy(TestTenants.SMALL, workspace, "small.json");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }
}
