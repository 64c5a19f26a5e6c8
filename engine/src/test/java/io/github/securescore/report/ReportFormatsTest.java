package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.securescore.check.CheckResult;
import io.github.securescore.gate.Verdict;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every format from one check of a tenant full of payloads: valid against its schema, and inert. */
class ReportFormatsTest {

    @TempDir
    static Path dir;
    static CheckResult result;

    /** Every real tag: escaped tenant text holds no '<', so whatever this finds was written by the renderer. */
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern ACTIVE_TAG = Pattern.compile(
            "^</?(script|img|iframe|object|embed|b|a|link|base|form|input)\\b|\\son\\w+\\s*=|javascript:|\\sstyle\\s*=",
            Pattern.CASE_INSENSITIVE);

    /** What the renderer itself links: the style sheet beside the report, its own sections, Microsoft's pages. */
    private static final Pattern RENDERER_LINK = Pattern.compile(
            "<link rel=\"stylesheet\" href=\"identity-secure-score\\.css\">|</a>|<a href=\"#[\\w-]+\">"
                    + "|<a class=\"remediation\" href=\"https://learn\\.microsoft\\.com/[\\w/.-]+\" rel=\"noreferrer\">");

    @BeforeAll
    static void writeReports() {
        result = InjectionReports.write(dir);
    }

    private static String report(ReportFormat format) throws Exception {
        return Files.readString(dir.resolve("reports").resolve(format.fileName()));
    }

    @Test
    void theCheckWroteEveryFormatAndComparedWithThePreviousRunOfTheSameTenant() {
        assertEquals(4, result.reports().size());
        assertTrue(result.previousRun().isPresent());
        assertEquals(Verdict.Status.FAIL, result.verdict().status());
    }

    @Test
    void jsonReportIsValidAgainstItsSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode report = json.readTree(report(ReportFormat.JSON));
        Set<ValidationMessage> errors = schema.validate(report);
        assertEquals(Set.of(), errors);
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals(12, report.get("controls").size());
        assertEquals(2, report.get("trend").size());
        assertFalse(report.get("changes").get("controls").isEmpty());
        // tenant strings come back exactly as the tenant wrote them (JSON escapes, it does not alter)
        assertTrue(report.get("tenant").asText().contains("<img src=x onerror="));

        // and the schema is strict enough to catch a broken report
        ObjectNode broken = (ObjectNode) report.deepCopy();
        ((ObjectNode) broken.get("score")).put("zone", "EXCELLENT");
        broken.remove("trend");
        ((ObjectNode) broken.get("controls").get(0)).put("unexpected", 1);
        assertEquals(3, schema.validate(broken).size(), schema.validate(broken).toString());
    }

    @Test
    void reportsFromTheHistoryAloneAreValidAndSayWhatTheyLack() throws Exception {
        var history = new io.github.securescore.history.HistoryFile(dir.resolve("history.jsonl")).read();
        ReportData data = ReportData.fromHistory(history, result.assessment().tenantId(),
                io.github.securescore.policy.ScoreZones.DEFAULT, java.util.OptionalDouble.of(90),
                io.github.securescore.controls.ControlCatalog.bundled()).orElseThrow();
        JsonSchema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(new JsonReport().render(data));
        assertEquals(Set.of(), schema.validate(json));
        assertEquals("FAIL", json.get("verdict").get("status").asText());
        assertEquals(result.run().percent(), json.get("score").get("percent").asDouble(), 1e-9);

        String html = new HtmlReport().render(data);
        assertTrue(html.contains("id=\"threshold-line\"") && html.contains("id=\"changes-table\""));
        assertFalse(html.contains("id=\"evidence\""), "the history holds no evidence");
        assertTrue(html.contains("Re-rendered from the run history"));
        assertTrue(html.contains("0 of 3 protected"), "coverage comes from the history entry");
    }

    @Test
    void junitXmlIsValidForJenkinsAndHasOneCasePerAction() throws Exception {
        String xml = report(ReportFormat.JUNIT);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(InjectionReports.resource("junit-jenkins.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList cases = doc.getElementsByTagName("testcase");
        Map<String, String> outcome = new HashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element tc = (Element) cases.item(i);
            String state = tc.getElementsByTagName("failure").getLength() > 0 ? "failure"
                    : tc.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            outcome.put(tc.getAttribute("name"), state);
        }
        // the AdminMFAV2 floor (100%) is violated: the policy is report-only
        assertEquals("failure", outcome.get("AdminMFAV2"));
        assertEquals("skipped", outcome.get("PasswordHashSync"));
        assertEquals("skipped", outcome.get("insiderRiskPolicy"));
        assertEquals("passed", outcome.get("UserRiskPolicy"));
        assertEquals("passed", outcome.get("PWAgePolicyNew"));
        assertEquals("failure", outcome.get("score >= 90%"));
        // 12 actions, the score gate and the CIS pack's failure gate; then the CIS pack's own suite
        assertEquals(12 + 1 + 1 + 3, cases.getLength());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("14", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("skipped"));
        // payloads are text, not elements
        for (String element : List.of("script", "img", "b", "svg")) {
            assertEquals(0, doc.getElementsByTagName(element).getLength(), element);
        }
        assertTrue(suite.getAttribute("name").contains("\"><img src=x onerror="), suite.getAttribute("name"));
    }

    @Test
    void htmlReportEscapesEveryTenantString() throws Exception {
        String html = report(ReportFormat.HTML);
        List<String> active = new ArrayList<>();
        var m = TAG.matcher(html);
        int tags = 0;
        while (m.find()) {
            tags++;
            if (ACTIVE_TAG.matcher(m.group()).find() && !RENDERER_LINK.matcher(m.group()).matches()) {
                active.add(m.group());
            }
        }
        assertTrue(tags > 100, "found only " + tags + " tags");
        assertEquals(List.of(), active);
        assertTrue(html.contains("&lt;script&gt;document.title=&quot;PWNED&quot;"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror="));
        assertFalse(html.contains("style="), "a style attribute would be blocked by Jenkins' CSP");
        // the only outside links are Microsoft's remediation pages; the only link element is the style sheet beside it
        assertFalse(html.contains("src=\"http"));
        assertFalse(Pattern.compile("href=\"http(?!s://learn\\.microsoft\\.com/)").matcher(html).find(), html);
        assertEquals(1, Pattern.compile("<link\\b").matcher(html).results().count());
        // the sections a reader needs
        for (String id : List.of("id=\"summary\"", "id=\"trend-chart\"", "id=\"score-line\"", "id=\"threshold-line\"",
                "id=\"history-table\"", "id=\"changes-table\"", "id=\"actions-table\"", "id=\"overrides-table\"",
                "id=\"evidence-AdminMFAV2\"")) {
            assertTrue(html.contains(id), id);
        }
        assertTrue(html.contains("expired, no longer applied"));
    }

    @Test
    void markdownSummaryEscapesMarkdownAndHtml() throws Exception {
        String md = report(ReportFormat.MARKDOWN);
        // rendered as GitHub renders a job summary or a PR comment: CommonMark, GFM tables, raw HTML passed through
        var extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        org.commonmark.node.Node document = org.commonmark.parser.Parser.builder().extensions(extensions).build()
                .parse(md);
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(extensions).build()
                .render(document);
        // no tenant string became an element or a link
        assertFalse(Pattern.compile("<\\s*(script|img|b|svg)\\b", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("href=\"https://evil.example"), html);
        // ... it is shown as the text it is
        assertTrue(html.contains("&lt;script&gt;document.title="), html);
        assertTrue(html.contains("Fabrikam &lt;b&gt;Ltd&lt;/b&gt; | [docs](https://evil.example)"), html);
        // the raw text stays readable in a log: a backslash before what Markdown would act on, no entities
        assertFalse(md.contains("&lt;"), md);
        // a table cell cannot be split by a tenant string (GFM pads or cuts a row to its header's cells,
        // so the raw row is counted: escaped pipes are text)
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && line.contains("AdminMFAV2")) {
                assertEquals(line.replace("\\|", "").chars().filter(c -> c == '|').count(),
                        countHeaderPipes(md, line), line);
            }
        }
        assertTrue(md.contains("Verdict: **FAIL**"));
        assertTrue(md.contains("### What changed since the previous run"));
    }

    /** The number of pipes in the header row of the table {@code row} belongs to. */
    private static long countHeaderPipes(String md, String row) {
        String[] lines = md.split("\n");
        int at = java.util.Arrays.asList(lines).indexOf(row);
        int header = at;
        while (header > 0 && lines[header - 1].startsWith("|")) {
            header--;
        }
        return lines[header].chars().filter(c -> c == '|').count();
    }
}
