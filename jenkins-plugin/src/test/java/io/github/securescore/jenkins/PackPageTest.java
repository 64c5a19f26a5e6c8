package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A check with baseline packs: the build page's summary, a result page section per pack (requirement, status,
 * evidence, omission) and the remote API's per-pack SHALL percent and failures, all as the engine has them.
 */
@WithJenkins
class PackPageTest {

    private static final String PACKS = "identity-secure-score,cis-m365";
    private static final String PAYLOAD = "break-glass <script>alert(1)</script> accounts";
    private static final String POLICY = """
            omissions:
              - pack: cis-m365
                requirement: 1.1.3
                justification: "%s"
                owner: identity team
                expires: 2099-06-30
            """.formatted(PAYLOAD);

    @TempDir
    Path dir;

    /** The engine's own check of the same files: the oracle. */
    private CheckResult engine(String snapshot) throws Exception {
        Path tenant = dir.resolve("tenant.json");
        Files.writeString(tenant, snapshot, StandardCharsets.UTF_8);
        Path policy = dir.resolve("policy.yml");
        Files.writeString(policy, POLICY, StandardCharsets.UTF_8);
        return new IdentityCheck().run(new CheckRequest(SnapshotSource.file(tenant), policy, List.of(),
                LocalDate.now(ZoneOffset.UTC), null, null, Set.of(), null, List.of(PACKS.split(","))));
    }

    @Test
    void showsEachPackOnTheSummaryTheResultPageAndInTheRemoteApi(JenkinsRule j) throws Exception {
        String snapshot = new String(TestTenants.url(TestTenants.CONTOSO).openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        CheckResult expected = engine(snapshot);
        PackResult cis = expected.packs().stream().filter(p -> p.pack().id().equals("cis-m365")).findFirst()
                .orElseThrow();

        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws java.io.IOException, InterruptedException {
                build.getWorkspace().child("tenant.json").write(snapshot, "UTF-8");
                build.getWorkspace().child("policy.yml").write(POLICY, "UTF-8");
                return true;
            }
        });
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setSnapshot("tenant.json");
        step.setPolicy("policy.yml");
        step.setPacks(PACKS);
        project.getPublishersList().add(step);
        FreeStyleBuild build = j.buildAndAssertStatus(expected.verdict().status() == io.github.securescore.gate
                .Verdict.Status.PASS ? hudson.model.Result.SUCCESS : hudson.model.Result.FAILURE, project);
        ScoreBuildAction action = build.getAction(ScoreBuildAction.class);

        // remote API, from build.xml's run record
        JsonNode api = new ObjectMapper().readTree(
                j.getJSON(build.getUrl() + "identity-secure-score/api/json").getContentAsString());
        JsonNode cisApi = null;
        for (JsonNode pack : api.get("packs")) {
            if (pack.get("id").asText().equals("cis-m365")) {
                cisApi = pack;
            }
        }
        assertNotNull(cisApi, api.toString());
        assertEquals(cis.shallPercent(), cisApi.get("shallPercent").asDouble(), 1e-6);
        assertEquals(cis.failures(), cisApi.get("failures").asLong());
        List<String> failed = new ArrayList<>();
        cisApi.get("failed").forEach(id -> failed.add(id.asText()));
        assertEquals(cis.results().stream().filter(r -> r.status() == RequirementStatus.FAIL && !r.omitted())
                .map(r -> r.requirement().id()).toList(), failed);
        assertEquals(cis.failures(), failed.size(), "the failed ids are the ones the count counts");
        assertEquals("[\"1.1.3\"]", cisApi.get("omitted").toString());

        // the build page's summary
        String summary = j.createWebClient().getPage(build, "").asNormalizedText();
        assertTrue(summary.contains("Baseline pack cis-m365"), summary);
        assertTrue(summary.contains("SHALL " + action.formatPercent(cis.shallPercent())), summary);

        // the result page: a section per pack, every requirement with its status, the omission escaped
        JenkinsRule.WebClient client = j.createWebClient();
        List<String> alerts = new ArrayList<>();
        client.setAlertHandler((page, message) -> alerts.add(message));
        HtmlPage page = client.getPage(build, "identity-secure-score");
        String section = page.getElementById("pack-cis-m365").asNormalizedText();
        for (RequirementResult r : cis.results()) {
            assertTrue(section.contains(r.requirement().id()), r.requirement().id() + " in " + section);
            assertTrue(section.contains(r.status().name()), r.status() + " in " + section);
        }
        assertTrue(section.contains(PAYLOAD), "the omission's justification shows as text: " + section);
        assertTrue(section.contains("Owner: identity team"), section);
        String html = page.getWebResponse().getContentAsString();
        assertTrue(alerts.isEmpty(), "a policy file's justification ran as script: " + alerts);
        assertFalse(html.contains("<script>alert(1)</script>"), "the justification must be escaped");
    }
}
