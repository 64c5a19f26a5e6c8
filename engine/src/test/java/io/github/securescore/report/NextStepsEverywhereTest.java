package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.Ranking;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * One ranking everywhere: for each example tenant (one risk-accepts an action, one has actions not
 * evaluated for a missing permission), the text summary, the HTML, the Markdown, the JSON and the
 * JUnit XML list the same next steps in the same order, the engine's, and never an action that is
 * Risk accepted, resolved elsewhere, Ignored, Not applicable, Completed or Not evaluated.
 */
class NextStepsEverywhereTest {

    private static final Set<ControlStatus> NOT_STEPS = EnumSet.of(ControlStatus.RISK_ACCEPTED,
            ControlStatus.THIRD_PARTY, ControlStatus.ALTERNATE_MITIGATION, ControlStatus.IGNORED,
            ControlStatus.NOT_APPLICABLE, ControlStatus.COMPLETED, ControlStatus.NOT_EVALUATED);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"contoso-small-business", "fabrikam-enterprise", "northwind-hybrid"})
    void everyFormatListsTheEngineNextStepsInItsOrder(String tenant) throws Exception {
        Path example = Path.of("..", "examples", "tenants", tenant);
        Path reports = dir.resolve("reports");
        CheckResult result = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC))
                .run(new CheckRequest(SnapshotSource.file(example.resolve("snapshot.json")),
                        example.resolve("policy.yml"), List.of(), LocalDate.parse("2026-11-01"), null, reports,
                        EnumSet.allOf(ReportFormat.class), "#1"));
        List<String> expected = result.assessment().openActions().stream().map(ControlResult::name).toList();
        assertFalse(expected.isEmpty(), tenant + " has next steps");
        Map<String, ControlStatus> status = result.assessment().controls().stream()
                .collect(Collectors.toMap(ControlResult::name, ControlResult::status));
        for (String name : expected) {
            assertFalse(NOT_STEPS.contains(status.get(name)), name + " is " + status.get(name));
        }

        String text = new TextReport().render(result.assessment(), result.verdict());
        assertEquals(expected, textSteps(text), "text:\n" + text);
        String html = Files.readString(reports.resolve(ReportFormat.HTML.fileName()));
        assertEquals(expected, htmlRankedRows(html), "HTML actions table");
        assertEquals(expected, all(html, "<li id=\"next-([^\"]+)\">"), "HTML next steps");
        String md = Files.readString(reports.resolve(ReportFormat.MARKDOWN.fileName()));
        assertEquals(expected, markdownSteps(md), "Markdown:\n" + md);
        assertEquals(expected, jsonSteps(Files.readString(reports.resolve(ReportFormat.JSON.fileName()))), "JSON");
        assertEquals(expected, junitFirstCases(Files.readString(reports.resolve(ReportFormat.JUNIT.fileName())),
                expected.size()), "JUnit test case order");

        // the rest is said, not dropped: a risk-accepted action is listed where it went
        for (ControlResult c : result.assessment().controls()) {
            if (c.status() == ControlStatus.RISK_ACCEPTED) {
                assertTrue(text.contains("Accepted or resolved elsewhere: ") && line(text, "Accepted or resolved")
                        .contains(c.name() + " (Risk accepted)"), text);
                assertTrue(line(md, "**Accepted or resolved elsewhere**").contains(c.name() + " (Risk accepted)"), md);
            }
            if (c.status() == ControlStatus.NOT_EVALUATED && !c.evaluation().missingPermissions().isEmpty()) {
                String permission = c.evaluation().missingPermissions().get(0);
                assertTrue(line(text, "Not evaluated: ").contains(c.name() + " (missing permission"), text);
                assertTrue(line(md, "- **Not evaluated**: " + c.name()).contains("missing permission " + permission), md);
            }
        }
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("");
    }

    static List<String> textSteps(String text) {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("Next best actions")) {
                in = true;
            } else if (in && line.matches(" ?\\d+\\. .*")) {
                names.add(line.trim().split("\\s+")[1]);
            } else if (in && !line.startsWith("      ")) {
                break;
            }
        }
        return names;
    }

    /** The actions table's rows that carry a rank, in rank order. */
    static List<String> htmlRankedRows(String html) {
        Map<Integer, String> byRank = new TreeMap<>();
        Matcher m = Pattern.compile("<tr id=\"action-([^\"]+)\"><td class=\"num\">(\\d+)</td>").matcher(html);
        while (m.find()) {
            byRank.put(Integer.parseInt(m.group(2)), m.group(1));
        }
        return List.copyOf(byRank.values());
    }

    static List<String> markdownSteps(String md) {
        List<String> names = new ArrayList<>();
        int at = md.indexOf("### Next steps");
        if (at < 0) {
            return names;
        }
        Matcher m = Pattern.compile("^\\| \\d+ \\| [^|]*\\((\\w+)\\)", Pattern.MULTILINE)
                .matcher(md.substring(at, nextHeading(md, at)));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int nextHeading(String md, int from) {
        int next = md.indexOf("\n### ", from + 4);
        return next < 0 ? md.length() : next;
    }

    static List<String> jsonSteps(String json) throws Exception {
        Map<Integer, String> byRank = new TreeMap<>();
        for (JsonNode c : new ObjectMapper().readTree(json).get("controls")) {
            if (!c.get("rank").isNull()) {
                byRank.put(c.get("rank").asInt(), c.get("name").asText());
                assertEquals(Ranking.Place.NEXT_STEP.name(), c.get("place").asText(), c.toString());
            }
        }
        return List.copyOf(byRank.values());
    }

    static List<String> junitFirstCases(String xml, int n) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(n, cases.getLength()); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
