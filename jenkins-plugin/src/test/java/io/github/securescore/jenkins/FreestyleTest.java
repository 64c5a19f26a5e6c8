package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.github.securescore.check.CheckResult;
import java.nio.file.Files;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class FreestyleTest {

    @Test
    void scoresTheBundledExampleTenantAsTheEngineDoes(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.CONTOSO);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        CheckResult expected = TestTenants.engineResult(TestTenants.CONTOSO);
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);
        assertNotNull(action);
        assertEquals("identity-secure-score", action.getUrlName());
        assertEquals(expected.assessment().percent(), action.getPercent(), 1e-9);
        assertEquals(expected.assessment().points(), action.getPoints(), 1e-9);
        assertEquals(expected.assessment().maxPoints(), action.getMaxPoints(), 1e-9);
        assertEquals("tenant.json", action.getRun().source());
        assertEquals(expected.run().controls(), action.getRun().controls(), "build.xml keeps the engine's run record");
        assertTrue(Files.isRegularFile(jsonReport(build)), "the engine wrote its JSON report into the build");
        String buildXml = Files.readString(build.getRootDir().toPath().resolve("build.xml"));
        assertFalse(buildXml.contains("io.github.securescore.history"), "only JDK types in build.xml (JEP-200)");
        j.assertLogContains("[Identity Secure Score] score ", build);

        HtmlPage page = j.createWebClient().getPage(build, "identity-secure-score");
        assertTrue(page.asNormalizedText().contains(action.formatPercent(expected.assessment().percent())));
        assertNotNull(page.getElementById("next-steps"), "the example tenant has open actions to rank");
    }

    @Test
    void escapesTenantStringsOnTheResultPage(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        JenkinsRule.WebClient client = j.createWebClient();
        List<String> alerts = new java.util.ArrayList<>();
        client.setAlertHandler((page, message) -> alerts.add(message));
        HtmlPage page = client.getPage(build, "identity-secure-score");
        String html = page.getWebResponse().getContentAsString();

        assertTrue(alerts.isEmpty(), "a tenant's display name ran as script: " + alerts);
        assertFalse(html.contains("<script>alert(1)</script>"), "the display name must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "the unprotected account is listed, escaped");
    }

    @Test
    void failsTheBuildOnAFailedGateAndMarksItUnstableOnAnUnstableOne(JenkinsRule j) throws Exception {
        FreeStyleProject failing = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder fail = new IdentitySecureScoreRecorder();
        fail.setSnapshot("tenant.json");
        fail.setMinimumScore(99.5);
        failing.getPublishersList().add(fail);

        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, failing);
        j.assertLogContains("GATE score >= 99.50%: actual", failed);
        j.assertLogContains("a gate failed, the build is marked FAILURE", failed);
        assertEquals("FAIL", failed.getAction(ScoreBuildAction.class).getVerdict());

        FreeStyleProject unstable = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder warn = new IdentitySecureScoreRecorder();
        warn.setSnapshot("tenant.json");
        warn.setMinimumScore(99.5);
        warn.setScoreCriticality("UNSTABLE");
        unstable.getPublishersList().add(warn);

        FreeStyleBuild marked = j.buildAndAssertStatus(Result.UNSTABLE, unstable);
        j.assertLogContains("the build is marked UNSTABLE", marked);
    }

    @Test
    void exportsScoreVerdictAndGatesInTheRemoteApi(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setMinimumScore(99.5);
        step.setScoreCriticality("UNSTABLE");
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);

        String json = j.getJSON(build.getUrl() + "identity-secure-score/api/json").getContentAsString();
        com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);

        assertEquals("identity-secure-score", api.get("id").asText());
        assertEquals(action.getPercent(), api.get("percent").asDouble(), 1e-9);
        assertEquals(action.getPoints(), api.get("points").asDouble(), 1e-9);
        assertEquals("UNSTABLE", api.get("verdict").asText());
        com.fasterxml.jackson.databind.JsonNode gate = api.get("gates").get(0);
        assertEquals("UNSTABLE", gate.get("outcome").asText());
        assertEquals(99.5, gate.get("threshold").asDouble(), 1e-9);
        assertTrue(gate.get("message").asText().startsWith("score >= 99.50%"), gate.toString());
    }

    @Test
    void keepsTheRunRecordWithoutLoadingTheReportAndSurvivesALostReport(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        double percent = build.getAction(ScoreBuildAction.class).getPercent();

        build.reload(); // reads build.xml again: the run record comes back, the report stays on disk
        ScoreBuildAction reloaded = build.getAction(ScoreBuildAction.class);
        assertFalse(reloaded.isDetailLoaded());
        assertEquals(percent, reloaded.getPercent(), 1e-9);
        assertFalse(reloaded.isDetailLoaded(), "reading the run record must not load the report");
        assertNotNull(reloaded.getDetail());
        assertTrue(reloaded.isDetailLoaded());

        Files.delete(jsonReport(build));
        build.reload();
        ScoreBuildAction withoutDetail = build.getAction(ScoreBuildAction.class);
        assertNull(withoutDetail.getDetail());
        HtmlPage page = j.createWebClient().getPage(build, "identity-secure-score");
        assertTrue(page.asNormalizedText().contains("The evidence of this build is no longer available."));
    }

    @Test
    void showsTheEnginesChangesSinceThePreviousBuildAndServesItsReportSandboxed(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.week(5));
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        FreeStyleBuild first = j.buildAndAssertSuccess(project);
        assertNull(first.getAction(ScoreBuildAction.class).getChanges(), "the first build has nothing to compare");

        project.getBuildersList().clear();
        project.getBuildersList().add(copy(TestTenants.week(6)));
        FreeStyleBuild second = j.buildAndAssertSuccess(project);

        ScoreBuildAction action = second.getAction(ScoreBuildAction.class);
        var expected = io.github.securescore.history.Changes.between(
                TestTenants.engineResult(TestTenants.week(5)).run(), TestTenants.engineResult(TestTenants.week(6)).run());
        assertEquals(expected.controls(), action.getChanges().controls(), "the engine's comparison, unchanged");
        assertFalse(expected.controls().isEmpty(), "weeks 5 and 6 of the series differ");

        HtmlPage page = j.createWebClient().getPage(second, "identity-secure-score");
        assertNotNull(page.getElementById("changes"));
        String text = page.asNormalizedText();
        for (String reason : expected.controls().get(0).reasons()) {
            assertTrue(text.contains(reason), "the engine's reason '" + reason + "' is on the page");
        }

        var report = j.createWebClient().goTo(second.getUrl() + "identity-secure-score/report", null)
                .getWebResponse();
        assertEquals(200, report.getStatusCode());
        assertTrue(report.getResponseHeaderValue("Content-Security-Policy").startsWith("sandbox;"));
    }

    @Test
    void aDamagedRunRecordInBuildXmlShowsAMessageInsteadOfFailingThePage(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        java.nio.file.Path xml = build.getRootDir().toPath().resolve("build.xml");
        String original = Files.readString(xml);
        // XStream writes the JSON line's quotes as &quot; (or as they are): make it a newer version either way
        String damaged = original.replace("&quot;version&quot;:1", "&quot;version&quot;:9")
                .replace("\"version\":1", "\"version\":9");
        assertFalse(damaged.equals(original), "build.xml holds the run record's line: " + original);
        Files.writeString(xml, damaged);

        build.reload();
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);
        assertNull(action.getRun());
        HtmlPage page = j.createWebClient().getPage(build, "identity-secure-score");
        assertTrue(page.asNormalizedText().contains("The result of this build cannot be read"));
    }

    @Test
    void reportsBadInputWithTheWorkspaceFileAndNoStackTrace(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j, TestTenants.SMALL);
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
        j.assertLogNotContains(System.getProperty("java.io.tmpdir"), build);
        j.assertLogNotContains("at io.github.securescore", build);

        FreeStyleProject missing = j.createFreeStyleProject();
        IdentitySecureScoreRecorder absent = new IdentitySecureScoreRecorder();
        absent.setSnapshot("nowhere.json");
        missing.getPublishersList().add(absent);
        FreeStyleBuild noFile = j.buildAndAssertStatus(Result.FAILURE, missing);
        j.assertLogContains("nowhere.json: no such file in the workspace", noFile);
        assertNull(noFile.getAction(ScoreBuildAction.class));
    }

    @Test
    void appliesTheGlobalDefaultPolicyWhenTheStepNamesNone(JenkinsRule j) throws Exception {
        IdentitySecureScoreConfiguration.get().setDefaultPolicy("minPercent: 99\ncriticality:\n  minPercent: UNSTABLE\n");
        FreeStyleProject project = project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);
        j.assertLogContains("GATE score >= 99%", build);

        IdentitySecureScoreConfiguration.get().setDefaultPolicy("minPercent: lots");
        FreeStyleBuild broken = j.buildAndAssertStatus(Result.FAILURE, project);
        j.assertLogContains("[Identity Secure Score] the global default policy (line 1", broken);
    }

    @Test
    void keepsEveryParameterThroughTheConfigurationForm(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setId("tenant-a");
        step.setName("Tenant A");
        step.setSnapshot("tenants/a.json");
        step.setPolicy("policy.yml");
        step.setMinimumScore(70);
        step.setScoreCriticality("UNSTABLE");
        ControlGate gate = new ControlGate("AdminMFAV2");
        gate.setMinimum(90);
        gate.setCriticality("UNSTABLE");
        step.setControlGates(List.of(gate));
        step.setStopOnFailure(true);
        step.setTenantId("11111111-2222-3333-4444-555555555555");
        step.setClientId("22222222-3333-4444-5555-666666666666");
        step.setCredentialsId("entra-reader");
        step.setCloud("US_GOVERNMENT");
        step.setGraphBaseUrl("https://graph.example/v1.0");
        project.getPublishersList().add(step);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(step, project.getPublishersList().get(IdentitySecureScoreRecorder.class));
    }

    /** A job whose workspace holds the tenant as tenant.json before the step runs. */
    /** A builder that puts {@code tenant} into the workspace as tenant.json. */
    static TestBuilder copy(String tenant) {
        return new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws java.io.IOException, InterruptedException {
                try {
                    TestTenants.copy(tenant, build.getWorkspace(), "tenant.json");
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
                return true;
            }
        };
    }

    static FreeStyleProject project(JenkinsRule j, String tenant) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(copy(tenant));
        return project;
    }

    static java.nio.file.Path jsonReport(hudson.model.Run<?, ?> build) {
        return ScoreBuildAction.reportDirectory(build, "identity-secure-score")
                .resolve(io.github.securescore.report.ReportFormat.JSON.fileName());
    }
}
