package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated cases: terminal escapes, CI workflow commands and bidi controls planted in the string
 * fields of an example tenant's snapshot and policy (and the build label), run through every
 * command and every format. stdout, stderr and every report file must hold no raw control
 * character but the line feeds of their own layout, no bidi control, and no line that starts a
 * workflow command ({@code ::error ...}), whether the run passes, fails a gate or rejects the input.
 */
class UntrustedOutputTest {

    private static final long SEED = 0x5EC0_2E5CL;
    private static final int SINGLE_FIELD_CASES = 24;
    private static final Path EXAMPLE = Path.of("..", "examples", "tenants", "northwind-hybrid");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> PAYLOADS = List.of(
            "x\n::error title=pwned::INJECTED",
            "\u001b]0;title\u0007",
            "\u001b[2J\u001b[31mred",
            "\u202Eevil\u202C",
            "a\r::warning::overwritten",
            "\u009b31m",
            "del\u007f",
            "\u2028::notice::separator",
            "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202d",
            "\t::error::after a tab",
            "nul\u0000",
            "\u0085::error::after NEL",
            "\r\n::group::crlf");

    /** Every in-process run must report what it did, so a case that rejects everything early is seen. */
    private static final AtomicInteger REPORTS_WRITTEN = new AtomicInteger();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> plantedPayloadsNeverReachOutputRaw() throws IOException {
        JsonNode snapshot = JSON.readTree(EXAMPLE.resolve("snapshot.json").toFile());
        JsonNode policy = new YAMLMapper().readTree(EXAMPLE.resolve("policy.yml").toFile());
        Random random = new Random(SEED);
        List<DynamicTest> cases = new ArrayList<>();
        for (int i = 0; i < SINGLE_FIELD_CASES; i++) {
            JsonNode s = snapshot.deepCopy();
            JsonNode p = policy.deepCopy();
            boolean inPolicy = random.nextInt(4) == 0;
            String where = plantInOne(inPolicy ? p : s, random);
            String label = payload(random);
            int n = i;
            cases.add(DynamicTest.dynamicTest("case " + i + ": " + (inPolicy ? "policy " : "snapshot ") + where,
                    () -> check(n, s, p, label)));
        }
        // every string field at once: the first error message quotes one of them
        cases.add(DynamicTest.dynamicTest("every string field of the snapshot", () -> {
            JsonNode s = snapshot.deepCopy();
            plantEverywhere(s, new Random(SEED + 1), name -> true);
            check(100, s, policy, payload(new Random(SEED + 2)));
        }));
        // every display string (names, UPNs, tenant id): the snapshot still reads, so the reports render them
        cases.add(DynamicTest.dynamicTest("every display name, principal name and the tenant id", () -> {
            JsonNode s = snapshot.deepCopy();
            JsonNode p = policy.deepCopy();
            plantEverywhere(s, new Random(SEED + 3), name -> name.equals("displayName")
                    || name.equals("userPrincipalName") || name.equals("tenantId"));
            plantEverywhere(p, new Random(SEED + 4), name -> name.equals("justification") || name.equals("owner"));
            check(101, s, p, payload(new Random(SEED + 5)));
        }));
        // the strings of the /2 resources (recommendations, strengths, PIM, the packs' evidence), with the packs on
        cases.add(DynamicTest.dynamicTest("every string of the /2 resources, with the baseline packs", () -> {
            JsonNode s = snapshot.deepCopy();
            Set<String> fields = Set.of("displayName", "text", "benefits", "remediationImpact", "lastModifiedBy",
                    "notificationRecipients", "userPrincipalName", "query");
            plantEverywhere(s, new Random(SEED + 6), fields::contains);
            packs(s);
        }));
        return cases.stream();
    }

    /** check with the score and both baseline packs, every format: the planted snapshot must read and render clean. */
    private static void packs(JsonNode snapshot) throws IOException {
        Path work = Files.createDirectories(dir.resolve("packs"));
        Path planted = Files.writeString(work.resolve("snapshot.json"), JSON.writeValueAsString(snapshot));
        Path reports = work.resolve("reports");
        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("check", "--snapshot", planted.toString(), "--pack", "identity-secure-score",
                    "--pack", "scuba-aad", "--pack", "cis-m365", "--format", format);
            assertTrue(run.exit() == 0 || run.exit() == 1, format + ": the planted snapshot is judged, not refused: "
                    + run.exit() + " " + run.err());
            assertClean("packs " + format + " stdout", run.out());
            assertClean("packs " + format + " stderr", run.err());
        }
        CliRun run = CliRun.of("check", "--snapshot", planted.toString(), "--pack", "identity-secure-score",
                "--pack", "scuba-aad", "--pack", "cis-m365", "--report-dir", reports.toString(),
                "--format", "text,html,json,junit,markdown");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.exit() + " " + run.err());
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> all = files.toList();
            assertTrue(all.size() >= 4, "reports written: " + all);
            for (Path file : all) {
                REPORTS_WRITTEN.incrementAndGet();
                assertClean(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    @AfterAll
    static void someCasesGotAsFarAsTheReports() {
        assertTrue(REPORTS_WRITTEN.get() >= 5, "too few cases got past the input checks: " + REPORTS_WRITTEN.get());
    }

    /** Runs check (text, JSON on stdout, every report file, twice with a history), diff and report. */
    private static void check(int n, JsonNode snapshot, JsonNode policy, String label) throws IOException {
        Path work = Files.createDirectories(dir.resolve("case" + n));
        Path original = work.resolve("original.json");
        Files.copy(EXAMPLE.resolve("snapshot.json"), original);
        Path planted = work.resolve("snapshot.json");
        Files.writeString(planted, JSON.writeValueAsString(snapshot));
        Path policyFile = work.resolve("policy.json");
        Files.writeString(policyFile, JSON.writeValueAsString(policy));
        Path history = work.resolve("history.jsonl");
        Path reports = work.resolve("reports");
        String today = "2027-03-15"; // after the example's override expires: its owner is printed

        List<String[]> runs = List.of(
                new String[] {"check", "--snapshot", planted.toString(), "--policy", policyFile.toString(), "--today", today},
                new String[] {"check", "--snapshot", planted.toString(), "--policy", policyFile.toString(), "--today", today,
                    "--format", "json"},
                new String[] {"check", "--snapshot", original.toString(), "--history", history.toString(), "--today", today,
                    "--build-label", "first"},
                new String[] {"check", "--snapshot", planted.toString(), "--policy", policyFile.toString(), "--today", today,
                    "--history", history.toString(), "--build-label", label, "--report-dir", reports.toString(),
                    "--format", "text,html,json,junit,markdown"},
                new String[] {"diff", original.toString(), planted.toString(), "--policy", policyFile.toString(),
                    "--today", today},
                new String[] {"diff", "--history", history.toString()},
                new String[] {"report", "--history", history.toString(), "--report-dir", work.resolve("trend").toString(),
                    "--format", "html,markdown,json"},
                new String[] {"check", "--snapshot", planted.toString(), "--min-score", "NaN" + label});
        for (String[] args : runs) {
            CliRun run = CliRun.of(args);
            assertNotEquals(4, run.exit(), () -> String.join(" ", args) + ": internal error\n" + run.err());
            assertClean(String.join(" ", args) + " stdout", run.out());
            assertClean(String.join(" ", args) + " stderr", run.err());
        }
        for (Path folder : List.of(reports, work.resolve("trend"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        REPORTS_WRITTEN.incrementAndGet();
                        assertClean(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** The test's own statement of the rule, independent of UntrustedText. */
    static void assertClean(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F);
            boolean bidi = ch == '\u061C' || ch == '\u200E' || ch == '\u200F' || (ch >= '\u202A' && ch <= '\u202E')
                    || (ch >= '\u2066' && ch <= '\u2069');
            boolean separator = ch == '\u2028' || ch == '\u2029';
            if (control || bidi || separator) {
                int from = Math.max(0, i - 40);
                fail(what + ": raw U+" + String.format("%04X", (int) ch) + " at " + i + " after '"
                        + text.substring(from, i).replaceAll("\\p{Cntrl}", "?") + "'");
            }
        }
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith("::")) {
                fail(what + ": a line starts a workflow command: " + line);
            }
        }
    }

    private static String payload(Random random) {
        StringBuilder sb = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            sb.append(PAYLOADS.get(random.nextInt(PAYLOADS.size())));
        }
        return sb.toString();
    }

    private static String plant(String original, Random random) {
        int at = random.nextInt(original.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> original.substring(0, at) + payload(random) + original.substring(at);
            case 1 -> original + payload(random);
            default -> payload(random);
        };
    }

    /** Plants a payload in one string field chosen at random; returns its path. */
    private static String plantInOne(JsonNode root, Random random) {
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        replace(root, path, random);
        return path;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isTextual()) {
            paths.add(path);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), path + "/" + escape(name), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void replace(JsonNode root, String pointer, Random random) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.put(last, plant(object.get(last).asText(), random));
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, plant(array.get(index).asText(), random));
        }
    }

    private static void plantEverywhere(JsonNode node, Random random, Predicate<String> fieldName) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && fieldName.test(name)) {
                    object.put(name, plant(value.asText(), random));
                } else if (value.isArray() && fieldName.test(name)) {
                    ArrayNode array = (ArrayNode) value;
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isTextual()) {
                            array.set(i, plant(array.get(i).asText(), random));
                        }
                    }
                } else {
                    plantEverywhere(value, random, fieldName);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> plantEverywhere(element, random, fieldName));
        }
    }

    /** One in-process run with its streams. */
    record Captured(int exit, String out, String err) {
        static Captured run(String... args) {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = IdentitySecureScoreCommand.execute(args);
                return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theJsonOnStdoutStillHoldsTheExactValue() throws IOException {
        JsonNode snapshot = JSON.readTree(EXAMPLE.resolve("snapshot.json").toFile());
        String tenant = "t\u202Eevil\u202C\u009b\u007f\u001b]0;x\u0007";
        ((ObjectNode) snapshot).put("tenantId", tenant);
        Path file = Files.createDirectories(dir.resolve("exact")).resolve("snapshot.json");
        Files.writeString(file, JSON.writeValueAsString(snapshot));

        CliRun run = CliRun.of("check", "--snapshot", file.toString(), "--format", "json");

        assertClean("stdout", run.out());
        assertEquals(tenant, JSON.readTree(run.out()).get("tenant").asText(), "JSON is data: the value survives, escaped");
    }
}
