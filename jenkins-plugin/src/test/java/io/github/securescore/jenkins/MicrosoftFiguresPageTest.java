package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.EntraScore;
import io.github.securescore.score.ReportedByMicrosoft;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The result page shows Entra's own daily Identity Secure Score beside ours and what Microsoft also reports in its
 * Identity category, read from the engine's JSON report, with tenant text escaped.
 */
@WithJenkins
class MicrosoftFiguresPageTest {

    private static final String PAYLOAD = "Kerberos <script>alert(1)</script> delegation";

    @TempDir
    Path dir;

    /** Fabrikam with a payload in the title of the Defender for Identity recommendation Microsoft reports. */
    private static String fabrikamWithPayload() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode snapshot = (ObjectNode) json.readTree(TestTenants.url(TestTenants.FABRIKAM));
        int changed = 0;
        for (JsonNode recommendation : snapshot.path("resources").path("beta/directory/recommendations").path("value")) {
            if ("mdiSecureScore".equals(recommendation.path("category").asText())) {
                ((ObjectNode) recommendation).put("displayName", PAYLOAD);
                changed++;
            }
        }
        assertEquals(1, changed, "the fabrikam example has one Defender for Identity recommendation");
        return json.writeValueAsString(snapshot);
    }

    /** The engine's own assessment of {@code snapshot}: the oracle of the page's figures. */
    private Assessment engine(String snapshot) throws Exception {
        Path file = dir.resolve("tenant.json");
        Files.writeString(file, snapshot, StandardCharsets.UTF_8);
        return new IdentityCheck().run(CheckRequest.of(SnapshotSource.file(file), null, List.of(),
                LocalDate.now(ZoneOffset.UTC))).assessment();
    }

    private static FreeStyleProject project(JenkinsRule j, String snapshot) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws java.io.IOException, InterruptedException {
                build.getWorkspace().child("tenant.json").write(snapshot, "UTF-8");
                return true;
            }
        });
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        project.getPublishersList().add(step);
        return project;
    }

    @Test
    void showsEntrasOwnScoreBesideOursAndWhatMicrosoftAlsoReportsEscaped(JenkinsRule j) throws Exception {
        String snapshot = fabrikamWithPayload();
        Assessment expected = engine(snapshot);
        EntraScore entra = expected.entra().orElseThrow();
        ReportedByMicrosoft reported = expected.reportedByMicrosoft();
        FreeStyleBuild build = j.buildAndAssertSuccess(project(j, snapshot));
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);

        JenkinsRule.WebClient client = j.createWebClient();
        List<String> alerts = new ArrayList<>();
        client.setAlertHandler((page, message) -> alerts.add(message));
        HtmlPage page = client.getPage(build, "identity-secure-score");
        String html = page.getWebResponse().getContentAsString();

        String entraLine = page.getElementById("entra-score").asNormalizedText();
        assertTrue(entraLine.contains(action.formatPercent(entra.percent())), entraLine);
        assertTrue(entraLine.contains(action.format(entra.points()) + " of " + action.format(entra.maxPoints())),
                entraLine);
        assertTrue(entraLine.contains("beside ours of " + action.formatPercent(expected.percent())), entraLine);

        assertNotNull(page.getElementById("reported-by-microsoft"));
        String table = page.getElementById("reported-by-microsoft-actions").asNormalizedText();
        assertFalse(reported.actions().isEmpty());
        for (ReportedByMicrosoft.Action a : reported.actions()) {
            assertTrue(table.contains(a.name()), table);
            assertTrue(table.contains(a.product()), table);
        }
        assertTrue(table.contains(ReportedByMicrosoft.STATUS), table);
        assertTrue(table.contains(PAYLOAD), "the title shows as text: " + table);
        assertTrue(alerts.isEmpty(), "a tenant's recommendation title ran as script: " + alerts);
        assertFalse(html.contains("<script>alert(1)</script>"), "the title must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

        var api = new ObjectMapper().readTree(
                j.getJSON(build.getUrl() + "identity-secure-score/api/json").getContentAsString());
        assertEquals(entra.percent(), api.get("entraPercent").asDouble(), 1e-6);
    }

    @Test
    void aTenantWithoutEntrasScoreShowsNoSuchLine(JenkinsRule j) throws Exception {
        String snapshot = new String(TestTenants.url(TestTenants.CONTOSO).openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Assessment expected = engine(snapshot);
        assertTrue(expected.entra().isEmpty(), "the contoso example has no tenantSecureScores");
        FreeStyleBuild build = j.buildAndAssertSuccess(project(j, snapshot));

        HtmlPage page = j.createWebClient().getPage(build, "identity-secure-score");
        assertNull(page.getElementById("entra-score"));
        assertNull(build.getAction(ScoreBuildAction.class).getEntraPercent());
        // the section is there exactly when the engine has something to say (here: sources it did not collect)
        assertEquals(expected.reportedByMicrosoft().isEmpty(), page.getElementById("reported-by-microsoft") == null);
        for (String line : expected.reportedByMicrosoft().notCollected()) {
            assertTrue(page.asNormalizedText().contains(line), line);
        }
    }
}
