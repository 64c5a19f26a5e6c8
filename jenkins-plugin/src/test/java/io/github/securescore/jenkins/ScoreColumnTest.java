package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ListView;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ScoreColumnTest {

    @Test
    void showsTheLastBuildsScoreAndVerdictInAListView(JenkinsRule j) throws Exception {
        FreeStyleProject scored = FreestyleTest.project(j, TestTenants.SMALL);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        scored.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertSuccess(scored);
        FreeStyleProject unscored = j.createFreeStyleProject("unscored");

        ListView view = new ListView("scores", j.jenkins);
        j.jenkins.addView(view);
        view.add(scored);
        view.add(unscored);
        view.getColumns().add(new ScoreColumn());

        HtmlPage page = j.createWebClient().goTo("view/scores/");
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);
        String text = page.asNormalizedText();
        assertTrue(text.contains("Identity Secure Score"), "the column header: " + text);
        assertTrue(text.contains(action.formatPercent(action.getPercent())), text);
        assertTrue(page.getWebResponse().getContentAsString().contains("data=\"-1\""),
                "the job without a result gets an empty cell");
        assertTrue(page.getWebResponse().getContentAsString()
                .contains(build.getUrl() + "identity-secure-score/"), "the cell links to the result page");
    }
}
