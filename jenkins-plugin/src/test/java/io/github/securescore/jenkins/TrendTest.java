package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.ChartModelConfiguration.AxisType;
import edu.hm.hafner.echarts.line.LineSeries;
import edu.hm.hafner.echarts.line.LinesChartModel;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class TrendTest {

    @Test
    void drawsScoreThresholdAndAveragesFromTheRunRecordsOnly(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setMinimumScore(30);
        project.getPublishersList().add(step);
        for (int i = 0; i < 3; i++) {
            j.buildAndAssertSuccess(project);
        }
        step.setMinimumScore(99);
        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project);

        // the chart must not need the report files: take them away, and the builds' memory of them
        for (FreeStyleBuild build : project.getBuilds()) {
            Files.delete(FreestyleTest.jsonReport(build));
            build.reload();
        }

        ScoreJobAction trend = project.getAction(ScoreJobAction.class);
        assertNotNull(trend, "a failed newest build still gives the job its trend");
        assertTrue(trend.isTrendVisible());
        LinesChartModel model = trend.createChartModel(new ChartModelConfiguration());

        assertEquals(List.of(1, 2, 3, 4), model.getBuildNumbers());
        double percent = failed.getAction(ScoreBuildAction.class).getPercent();
        LineSeries score = series(model, "Identity Secure Score (%)");
        assertEquals(4, score.getData().size());
        score.getData().forEach(value -> assertEquals(percent, value, 0.01));
        assertEquals(List.of(30.0, 30.0, 30.0, 99.0), series(model, "Threshold").getData());
        assertEquals(List.of(40.0, 40.0, 40.0, 40.0), series(model, "Microsoft average (AllTenants)").getData());
        for (FreeStyleBuild build : project.getBuilds()) {
            assertFalse(build.getAction(ScoreBuildAction.class).isDetailLoaded());
        }

        LinesChartModel capped = trend.createChartModel(new ChartModelConfiguration(AxisType.BUILD, 2, 0));
        assertEquals(List.of(3, 4), capped.getBuildNumbers());

        String json = trend.getConfigurableBuildTrendModel("{\"numberOfBuilds\": 3, \"buildAsDomain\": true}");
        assertTrue(json.contains("\"buildNumbers\":[2,3,4]"), json);
    }

    @Test
    void aBuildWithoutAValueLeavesAGapInThatLineNotAZero(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setMinimumScore(30);
        project.getPublishersList().add(step);
        j.buildAndAssertSuccess(project);
        step.setMinimumScore(0); // no score gate: this build's run has no threshold
        j.buildAndAssertSuccess(project);
        step.setMinimumScore(25);
        j.buildAndAssertSuccess(project);

        ScoreJobAction trend = project.getAction(ScoreJobAction.class);
        LinesChartModel model = trend.createChartModel(new ChartModelConfiguration());

        assertEquals(List.of(1, 2, 3), model.getBuildNumbers());
        assertEquals(java.util.Arrays.asList(30.0, null, 25.0), series(model, "Threshold").getData());
        assertFalse(series(model, "Identity Secure Score (%)").getData().contains(null), "every build has a score");
        String json = trend.getConfigurableBuildTrendModel("{\"numberOfBuilds\": 50, \"buildAsDomain\": true}");
        assertTrue(json.contains("[30.0,null,25.0]"), json);

        // by date the builds of a day are averaged: a line some build lacks is left out rather than drawn low
        LinesChartModel byDate = trend.createChartModel(new ChartModelConfiguration(AxisType.DATE));
        assertTrue(byDate.getSeries().stream().noneMatch(s -> s.getName().equals("Threshold")));
        assertTrue(byDate.getSeries().stream().anyMatch(s -> s.getName().equals("Identity Secure Score (%)")));
    }

    @Test
    void givesEachIdItsOwnTrend(JenkinsRule j) throws Exception {
        var job = j.createProject(org.jenkinsci.plugins.workflow.job.WorkflowJob.class);
        TestTenants.copy(TestTenants.SMALL, j.jenkins.getWorkspaceFor(job), "small.json");
        TestTenants.copy(TestTenants.CONTOSO, j.jenkins.getWorkspaceFor(job), "contoso.json");
        job.setDefinition(new org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition("""
                node {
                  identitySecureScore id: 'a', snapshot: 'small.json'
                  identitySecureScore id: 'b', snapshot: 'contoso.json'
                }
                """, true));
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);

        List<ScoreJobAction> trends = job.getActions(ScoreJobAction.class);

        assertEquals(List.of("a", "b"), trends.stream().map(ScoreJobAction::getUrlName).toList());
        for (ScoreJobAction trend : trends) {
            assertEquals(List.of(1, 2), trend.createChartModel(new ChartModelConfiguration()).getBuildNumbers());
        }
        j.createWebClient().goTo(job.getUrl()); // the job page renders both floating boxes
    }

    @Test
    void theFirstBuildKeepsMicrosoftsBackfilledDaysAndTheDateAxisDrawsThemWithoutInventingBuilds(JenkinsRule j)
            throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.FABRIKAM);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        FreeStyleBuild first = j.buildAndAssertSuccess(project);
        FreeStyleBuild second = j.buildAndAssertSuccess(project);

        // the engine's own backfill of the same snapshot into an empty history: the oracle
        java.nio.file.Path dir = Files.createTempDirectory("backfill");
        java.nio.file.Path snapshot = dir.resolve("tenant.json");
        Files.copy(TestTenants.url(TestTenants.FABRIKAM).openStream(), snapshot);
        var result = new io.github.securescore.check.IdentityCheck().run(new io.github.securescore.check.CheckRequest(
                io.github.securescore.snapshot.SnapshotSource.file(snapshot), null, List.of(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), dir.resolve("history.json"), null, java.util.Set.of(),
                "#1"));
        java.util.Map<String, Double> expected = new java.util.LinkedHashMap<>();
        for (var day : result.history().microsoftDays(result.run().tenant())) {
            expected.put(day.time().toString().substring(0, 10), day.percent());
        }
        assertFalse(expected.isEmpty(), "fabrikam's first run backfills Entra's earlier days");

        for (FreeStyleBuild build : project.getBuilds()) {
            build.reload(); // what build.xml kept, not what is in memory
        }
        assertEquals(expected, first.getAction(ScoreBuildAction.class).getMicrosoftDays());
        assertEquals(java.util.Map.of(), second.getAction(ScoreBuildAction.class).getMicrosoftDays(),
                "the second build backfilled nothing");
        String buildXml = Files.readString(first.getRootDir().toPath().resolve("build.xml"));
        assertTrue(buildXml.contains("<microsoftDays"), buildXml);
        assertFalse(buildXml.contains("io.github.securescore.history"), "only JDK types in build.xml (JEP-200)");
        j.assertLogContains("earlier days of Microsoft's own score were backfilled", first);

        ScoreJobAction trend = project.getAction(ScoreJobAction.class);
        LinesChartModel byBuild = trend.createChartModel(new ChartModelConfiguration());
        assertEquals(List.of(1, 2), byBuild.getBuildNumbers(), "no build is invented for Microsoft's days");
        assertTrue(byBuild.getSeries().stream().noneMatch(s -> s.getName().equals(ScoreJobAction.MICROSOFT_DAYS)));

        LinesChartModel byDate = trend.createChartModel(new ChartModelConfiguration(AxisType.DATE));
        java.util.TreeSet<java.time.LocalDate> days = new java.util.TreeSet<>();
        expected.keySet().forEach(day -> days.add(java.time.LocalDate.parse(day)));
        java.util.Set<java.time.LocalDate> buildDays = new java.util.HashSet<>();
        for (FreeStyleBuild build : List.of(first, second)) {
            buildDays.add(edu.hm.hafner.echarts.TimeFacade.getInstance().getBuildDate(new edu.hm.hafner.echarts.Build(
                    build.getNumber(), build.getDisplayName(), (int) (build.getTimeInMillis() / 1000))));
        }
        days.addAll(buildDays);
        assertEquals(days.stream().map(day -> new edu.hm.hafner.echarts.LocalDateLabel(day).toString()).toList(),
                byDate.getDomainAxisLabels());
        List<Double> microsoft = series(byDate, ScoreJobAction.MICROSOFT_DAYS).getData();
        List<Double> score = series(byDate, "Identity Secure Score (%)").getData();
        int i = 0;
        for (java.time.LocalDate day : days) {
            Double kept = expected.get(day.toString());
            assertEquals(kept == null ? null : Math.round(kept * 100) / 100.0, microsoft.get(i), day.toString());
            if (buildDays.contains(day)) {
                assertEquals(first.getAction(ScoreBuildAction.class).getPercent(), score.get(i), 0.01);
            } else {
                assertTrue(score.get(i) == null, "no build on " + day + ": a gap, not a 0");
            }
            i++;
        }
        String json = trend.getConfigurableBuildTrendModel("{\"numberOfBuilds\": 50, \"buildAsDomain\": false}");
        assertTrue(json.contains(ScoreJobAction.MICROSOFT_DAYS), json);
    }

    @Test
    void eachSelectedPackIsALineOfItsShallShare(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        j.buildAndAssertSuccess(project);
        step.setPacks("identity-secure-score,cis-m365");
        FreeStyleBuild withPack = j.buildAndAssertSuccess(project);

        LinesChartModel model = project.getAction(ScoreJobAction.class).createChartModel(new ChartModelConfiguration());

        double shall = withPack.getAction(ScoreBuildAction.class).getPacks().get(0).getShallPercent();
        List<Double> line = series(model, "cis-m365 (SHALL passed, %)").getData();
        assertEquals(2, line.size());
        assertNull(line.get(0), "the first build selected no pack: a gap, not 0");
        assertEquals(Math.round(shall * 100) / 100.0, line.get(1), 0.001);
    }

    private static LineSeries series(LinesChartModel model, String name) {
        return model.getSeries().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + " in " + model));
    }
}
