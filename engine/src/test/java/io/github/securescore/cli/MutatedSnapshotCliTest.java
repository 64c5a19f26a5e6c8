package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.snapshot.NewResourceMutationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample of the snapshot /2 mutants, through {@code check --snapshot} with a history and a
 * report directory from an earlier good run: exit 2, one line on stderr naming the file, the line
 * and the field, no stack trace, and the history and every report byte for byte as they were.
 */
class MutatedSnapshotCliTest {

    @TempDir
    Path dir;

    private Path history;
    private Path reports;
    private Map<String, byte[]> before;

    @BeforeEach
    void goodRun() throws IOException {
        history = dir.resolve("history.jsonl");
        reports = dir.resolve("reports");
        Path good = Files.writeString(dir.resolve("good.json"), NewResourceMutationTest.valid().toPrettyString());
        CliRun run = check(good);
        assertTrue(run.exit() == 0 || run.exit() == 1, "the good snapshot is judged: " + run.exit() + " " + run.err());
        before = files();
        assertTrue(before.containsKey("history.jsonl") && before.size() > 2, "history and reports written: " + before.keySet());
    }

    static Stream<Arguments> mutants() {
        String rec = "/resources/beta~1directory~1recommendations/value/0";
        String methods = "/resources/policies~1authenticationMethodsPolicy";
        String strength = "/resources/policies~1authenticationStrengthPolicies/value/0";
        String consent = "/resources/policies~1adminConsentRequestPolicy";
        String eligible = "/resources/roleManagement~1directory~1roleEligibilityScheduleInstances/value/0";
        String rules = "/resources/policies~1roleManagementPolicyAssignments/value/0/policy/rules/0/setting";
        return Stream.of(
                mutant("recommendation currentScore as a string", "currentScore", rec,
                        n -> ((ObjectNode) n).put("currentScore", "4")),
                mutant("recommendation without id", "id", rec, n -> ((ObjectNode) n).remove("id")),
                mutant("unknown migration state", "policyMigrationState", methods,
                        n -> ((ObjectNode) n).put("policyMigrationState", "done")),
                mutant("strength combination null", "value[0]", strength,
                        n -> ((ArrayNode) n.get("allowedCombinations")).addNull()),
                mutant("consent isEnabled as a string", "isEnabled", consent, n -> ((ObjectNode) n).put("isEnabled", "true")),
                mutant("consent isEnabled missing", "isEnabled", consent, n -> ((ObjectNode) n).remove("isEnabled")),
                mutant("eligibility start not a date", "startDateTime", eligible,
                        n -> ((ObjectNode) n).put("startDateTime", "yesterday")),
                mutant("approval required missing", "isApprovalRequired", rules,
                        n -> ((ObjectNode) n).remove("isApprovalRequired")));
    }

    private static Arguments mutant(String name, String field, String pointer, Consumer<JsonNode> mutation) {
        return Arguments.of(name, field, pointer, mutation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void refusedWithOneLineAndNothingChanged(String name, String field, String pointer, Consumer<JsonNode> mutation)
            throws IOException {
        JsonNode snapshot = NewResourceMutationTest.valid();
        mutation.accept(snapshot.at(pointer));
        Path file = Files.writeString(dir.resolve("mutant.json"), snapshot.toPrettyString());

        CliRun run = check(file);

        assertEquals(2, run.exit(), name + ": " + run.err());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stderr: " + run.err());
        String line = lines.get(0);
        assertTrue(line.contains(file.toString()) && line.matches(".*line [1-9][0-9]*.*"), line);
        assertTrue(line.contains(field), "names " + field + ": " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        Map<String, byte[]> after = files();
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " unchanged"));
    }

    private CliRun check(Path snapshot) {
        return CliRun.of("check", "--snapshot", snapshot.toString(), "--history", history.toString(),
                "--report-dir", reports.toString(), "--format", "json,html,markdown,junit");
    }

    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        if (Files.exists(history)) {
            all.put("history.jsonl", Files.readAllBytes(history));
        }
        if (Files.isDirectory(reports)) {
            try (Stream<Path> walk = Files.walk(reports)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    all.put(reports.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return all;
    }
}
