package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes of docs/reports.md, run as the CI systems run them: the shell lines of each
 * recipe under {@code bash -e}, against the Contoso example tenant (51.34 %) with a policy it fails
 * (60 %). The step must fail, and the summary and the JUnit report must be there for the steps
 * that publish them on red builds ({@code if: always()}, {@code when: always}, {@code condition: always()}).
 */
class CiRecipesTest {

    static final Path DOC = Path.of("..", "docs", "reports.md");
    static final Path TENANT = Path.of("..", "examples", "tenants", "contoso-small-business", "snapshot.json");
    static final String JUNIT = "target/iss/TEST-identity-secure-score.xml";

    @TempDir
    Path work;

    /** One shell step of a recipe and the YAML node it came from (for its condition). */
    record Step(String shell, JsonNode node) {
    }

    @Test
    void theDocumentHasTheThreeRecipes() throws IOException {
        assertEquals(List.of("GitHub Actions", "GitLab CI", "Azure Pipelines"), List.copyOf(recipes().keySet()));
    }

    @Test
    void gitHubActionsFailsTheStepAndStillPublishesTheSummaryAndJunit() throws Exception {
        JsonNode recipe = recipes().get("GitHub Actions");
        List<Step> steps = shellSteps(recipe);
        assertEquals(1, steps.size(), "one shell step: " + steps);
        Path stepSummary = work.resolve("step-summary.md");
        Files.writeString(stepSummary, "written by an earlier step\n");

        Run run = bash(steps.get(0).shell(), Map.of(CiSummary.GITHUB_STEP_SUMMARY, stepSummary.toString()));

        assertEquals(1, run.exit(), "the step fails on the failed gate: " + run.output());
        String summary = Files.readString(stepSummary);
        assertTrue(summary.startsWith("written by an earlier step\n"), "appended, not truncated: " + summary);
        assertTrue(summary.contains("Verdict: **FAIL**"), summary);
        assertTrue(summary.contains("8297d9b0"), "the tenant's summary: " + summary);
        assertJunitWithFailure();
        JsonNode upload = stepUsing(recipe, "actions/upload-artifact");
        assertEquals("always()", upload.path("if").asText(), "the reports are uploaded on red builds");
        assertTrue(JUNIT.startsWith(upload.path("with").path("path").asText()), upload.toString());
    }

    @Test
    void gitLabFailsTheJobAndKeepsTheSummaryAndJunit() throws Exception {
        JsonNode job = recipes().get("GitLab CI").elements().next();
        List<Step> steps = shellSteps(job);
        assertEquals(1, steps.size(), "one script: " + steps);

        Run run = bash(steps.get(0).shell(), Map.of());

        assertEquals(1, run.exit(), "the job fails on the failed gate: " + run.output());
        assertSummaryFileWithFailure("target/iss/summary.md");
        assertJunitWithFailure();
        JsonNode artifacts = job.path("artifacts");
        assertEquals("always", artifacts.path("when").asText(), "artifacts of red builds are kept");
        assertEquals(JUNIT, artifacts.path("reports").path("junit").asText());
    }

    @Test
    void azurePipelinesFailsTheStepAndPublishesTheSummaryAndJunit() throws Exception {
        JsonNode recipe = recipes().get("Azure Pipelines");
        List<Step> steps = shellSteps(recipe);
        assertEquals(2, steps.size(), "the check and the summary upload: " + steps);

        Run check = bash(steps.get(0).shell(), Map.of());
        assertEquals(1, check.exit(), "the step fails on the failed gate: " + check.output());
        assertSummaryFileWithFailure("target/iss/summary.md");
        assertJunitWithFailure();

        // the later steps run although the check failed
        assertEquals("always()", steps.get(1).node().path("condition").asText());
        Run upload = bash(steps.get(1).shell(), Map.of());
        assertEquals(0, upload.exit(), upload.output());
        Matcher command = Pattern.compile("##vso\\[task\\.uploadsummary\\](\\S+)").matcher(upload.output());
        assertTrue(command.find(), upload.output());
        assertTrue(Files.readString(Path.of(command.group(1))).contains("Verdict: **FAIL**"));
        JsonNode publish = stepUsing(recipe, "PublishTestResults@2");
        assertEquals("always()", publish.path("condition").asText());
        assertEquals(JUNIT, publish.path("inputs").path("testResultsFiles").asText());
    }

    @Test
    void theExtractorFindsRunAndScriptStepsInOrder() throws IOException {
        JsonNode yaml = new YAMLMapper().readTree("""
                steps:
                  - run: echo one
                  - uses: some/action@v1
                  - script: |
                      echo two
                      echo three
                job:
                  script:
                    - echo four
                    - echo five
                """);
        List<String> shells = shellSteps(yaml).stream().map(Step::shell).toList();
        assertEquals(List.of("echo one", "echo two\necho three\n", "echo four\necho five"), shells);
    }

    // --- the extractor: the ```yaml block after each ### heading of the "CI recipes" section

    static Map<String, JsonNode> recipes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## CI recipes\n");
        assertTrue(start >= 0, DOC + " has no '## CI recipes' section");
        int end = doc.indexOf("\n## ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Matcher m = Pattern.compile("\n### ([^\n]+)\n.*?\n```yaml\n(.*?)\n```", Pattern.DOTALL).matcher(section);
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        YAMLMapper yaml = new YAMLMapper();
        while (m.find()) {
            recipes.put(m.group(1).trim(), yaml.readTree(m.group(2)));
        }
        return recipes;
    }

    /** Every {@code run:} or {@code script:} (a string, or a list of lines), in document order. */
    static List<Step> shellSteps(JsonNode node) {
        List<Step> steps = new ArrayList<>();
        collect(node, steps);
        return steps;
    }

    private static void collect(JsonNode node, List<Step> steps) {
        if (node.isObject()) {
            for (String key : List.of("run", "script")) {
                JsonNode shell = node.get(key);
                if (shell != null && shell.isTextual()) {
                    steps.add(new Step(shell.asText(), node));
                } else if (shell != null && shell.isArray()) {
                    List<String> lines = new ArrayList<>();
                    shell.forEach(line -> lines.add(line.asText()));
                    steps.add(new Step(String.join("\n", lines), node));
                }
            }
            node.forEach(child -> collect(child, steps));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, steps));
        }
    }

    private static JsonNode stepUsing(JsonNode recipe, String action) {
        for (JsonNode step : recipe.path("steps")) {
            if (step.path("uses").asText().startsWith(action) || step.path("task").asText().equals(action)) {
                return step;
            }
        }
        throw new AssertionError("no step " + action + " in " + recipe);
    }

    // --- running a step

    record Run(int exit, String output) {
    }

    /** Runs {@code shell} under {@code bash -e} in a checkout holding the tenant, its policy and the CLI. */
    private Run bash(String shell, Map<String, String> env) throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("identity"));
        Files.copy(TENANT, work.resolve("identity/snapshot.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("identity/policy.yml"), "version: 1\nminPercent: 60\n");
        Path cli = work.resolve("identity-secure-score");
        // the CLI as built by this test run: the test classpath, so no packaged jar is needed
        Files.writeString(cli, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path") + "' "
                + IdentitySecureScoreCommand.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = Files.createTempFile(work, "step", ".sh");
        Files.writeString(script, shell);
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", script.toString()).directory(work.toFile())
                .redirectErrorStream(true);
        // the test may itself run on GitHub Actions: only the recipe's own environment counts
        builder.environment().remove(CiSummary.GITHUB_STEP_SUMMARY);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the step did not end");
        return new Run(process.exitValue(), output);
    }

    private void assertJunitWithFailure() throws IOException {
        Path junit = work.resolve(JUNIT);
        assertTrue(Files.exists(junit), junit + " is missing");
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<failure"), xml);
        assertFalse(xml.isBlank());
    }

    private void assertSummaryFileWithFailure(String file) throws IOException {
        Path summary = work.resolve(file);
        assertTrue(Files.exists(summary), summary + " is missing");
        String markdown = Files.readString(summary);
        assertTrue(markdown.contains("Verdict: **FAIL**"), markdown);
        assertTrue(markdown.contains("8297d9b0"), markdown);
    }
}
