package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import io.github.securescore.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The workspace-side work runs on the agent that holds the workspace: the snapshot and policy
 * exist only there, the callable reports from the agent's process, and the controller still
 * ends up with the build action, the reports and the job's history.
 */
@WithJenkins
class AgentExecutionTest {

    @Test
    void scoresOnTheAgentAndKeepsTheResultOnTheController(JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.CONTOSO);
        project.setAssignedNode(agent);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);

        FreeStyleBuild first = j.buildAndAssertSuccess(project);

        assertEquals(agent.getNodeName(), first.getBuiltOnStr());
        j.assertLogContains("[Identity Secure Score] checking on the agent", first);
        FilePath agentWorkspace = agent.getWorkspaceFor(project);
        assertNotNull(agentWorkspace);
        assertTrue(agentWorkspace.child("tenant.json").exists(), "the snapshot was written on the agent");
        assertFalse(j.jenkins.getWorkspaceFor(project).child("tenant.json").exists(),
                "the controller's own workspace for the job holds no snapshot");

        CheckResult expected = TestTenants.engineResult(TestTenants.CONTOSO);
        ScoreBuildAction action = first.getAction(ScoreBuildAction.class);
        assertNotNull(action);
        assertEquals(expected.assessment().percent(), action.getPercent(), 1e-9);
        assertEquals(expected.run().controls(), action.getRun().controls());
        assertTrue(Files.isRegularFile(FreestyleTest.jsonReport(first)), "the agent's report was copied into the build");

        j.buildAndAssertSuccess(project);
        Path history = project.getRootDir().toPath().resolve(ScoreBuildAction.DIRECTORY)
                .resolve("identity-secure-score-history.json");
        assertEquals(2, Files.readAllLines(history, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).count(), "each agent run appends to the controller's history");
    }

    @Test
    void aPipelineNodeBlockOnTheAgentScoresThere(JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("scoring"));
        WorkflowJob job = j.createProject(WorkflowJob.class);
        FilePath agentWorkspace = agent.getWorkspaceFor(job);
        assertNotNull(agentWorkspace);
        TestTenants.copy(TestTenants.SMALL, agentWorkspace, "small.json");
        job.setDefinition(new CpsFlowDefinition("""
                node('scoring') {
                  identitySecureScore snapshot: 'small.json'
                }
                """, true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("[Identity Secure Score] checking on the agent", run);
        ScoreBuildAction action = run.getAction(ScoreBuildAction.class);
        assertNotNull(action);
        assertEquals(TestTenants.engineResult(TestTenants.SMALL).assessment().percent(), action.getPercent(), 1e-9);
    }

    @Test
    void onTheBuiltInNodeTheSameWorkRunsInTheControllerProcess(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        j.assertLogContains("[Identity Secure Score] checking on the controller", build);
        j.assertLogNotContains("checking on the agent", build);
    }

    @Test
    void namesABadPolicyOnTheAgentByItsWorkspacePathAndChangesNothing(JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        project.setAssignedNode(agent);
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws java.io.IOException, InterruptedException {
                build.getWorkspace().child("policy.yml").write("minPercent: lots\n", "UTF-8");
                return true;
            }
        });
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setPolicy("policy.yml");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("[Identity Secure Score] policy.yml (line 1", build);
        j.assertLogNotContains(agent.getRemoteFS(), build);
        assertNull(build.getAction(ScoreBuildAction.class));
        assertFalse(Files.exists(project.getRootDir().toPath().resolve(ScoreBuildAction.DIRECTORY)
                .resolve("identity-secure-score-history.json")), "a refused run leaves no history");
    }

    /**
     * A live collection: the credential is resolved on the controller, the agent signs in and
     * calls Graph (nothing listens on the discard port, so it fails there), and the secret shows
     * nowhere.
     */
    @Test
    void collectsFromTheAgentWithTheSecretResolvedOnTheController(JenkinsRule j) throws Exception {
        String secret = "client-secret-AGENT-51f0aa";
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "entra-reader", "Entra reader app", Secret.fromString(secret)));
        SystemCredentialsProvider.getInstance().save();
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject project = j.createFreeStyleProject();
        project.setAssignedNode(agent);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setTenantId("11111111-2222-3333-4444-555555555555");
        step.setClientId("22222222-3333-4444-5555-666666666666");
        step.setCredentialsId("entra-reader");
        step.setGraphBaseUrl("http://127.0.0.1:9/v1.0");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("[Identity Secure Score] checking on the agent", build);
        j.assertLogContains("[Identity Secure Score] collecting tenant 11111111-2222-3333-4444-555555555555", build);
        j.assertLogNotContains(secret, build);
        try (var files = Files.walk(build.getRootDir().toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(secret), file.toString());
            }
        }
    }
}
