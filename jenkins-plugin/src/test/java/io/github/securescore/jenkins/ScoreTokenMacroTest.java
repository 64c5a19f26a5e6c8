package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.TaskListener;
import java.util.Locale;
import org.jenkinsci.plugins.tokenmacro.MacroEvaluationException;
import org.jenkinsci.plugins.tokenmacro.TokenMacro;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ScoreTokenMacroTest {

    @Test
    void expandsToTheBuildsScore(JenkinsRule j) throws Exception {
        FreeStyleProject project = FreestyleTest.project(j, TestTenants.CONTOSO);
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setId("contoso");
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        String expected = String.format(Locale.ROOT, "%.1f",
                TestTenants.engineResult(TestTenants.CONTOSO).assessment().percent());
        assertEquals("Score " + expected, TokenMacro.expand(build, TaskListener.NULL, "Score ${IDENTITY_SECURE_SCORE}"));
        assertEquals(expected, TokenMacro.expand(build, TaskListener.NULL, "${IDENTITY_SECURE_SCORE, id=\"contoso\"}"));
        assertThrows(MacroEvaluationException.class,
                () -> TokenMacro.expand(build, TaskListener.NULL, "${IDENTITY_SECURE_SCORE, id=\"other\"}"));
    }

    @Test
    void aBuildWithoutAResultIsAnError(JenkinsRule j) throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject());
        assertThrows(MacroEvaluationException.class,
                () -> TokenMacro.expand(build, TaskListener.NULL, "${IDENTITY_SECURE_SCORE}"));
    }
}
