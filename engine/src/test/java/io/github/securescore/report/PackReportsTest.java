package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.check.CheckResult;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementStatus;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The CIS pack's section in every format, from the injection check (its policy selects cis-m365,
 * omits 1.1.3, lets an omission of 5.1.5.1 expire and accepts the break-glass exclusion of 5.2.2.3).
 */
class PackReportsTest {

    @TempDir
    static Path dir;
    static CheckResult result;
    static PackResult cis;

    @BeforeAll
    static void writeReports() {
        result = InjectionReports.write(dir);
        cis = result.packs().get(0);
    }

    private static String report(ReportFormat format) throws Exception {
        return Files.readString(dir.resolve("reports").resolve(format.fileName()));
    }

    @Test
    void theCheckFoundWhatThePolicyAsked() {
        assertEquals("cis-m365", cis.pack().id());
        assertTrue(cis.result("1.1.3").get().omitted());
        assertEquals(RequirementStatus.PASS, cis.result("5.2.2.3").get().status());
        assertEquals(1, cis.result("5.2.2.3").get().exclusions().size());
        assertEquals("5.1.5.1", cis.expiredOmissions().get(0).requirementId());
    }

    @Test
    void jsonListsEveryRequirementWithOmissionAndExclusions() throws Exception {
        JsonNode pack = new ObjectMapper().readTree(report(ReportFormat.JSON)).get("packs").get(0);
        assertEquals("cis-m365", pack.get("id").asText());
        assertEquals(3, pack.get("requirements").size());
        Map<String, JsonNode> byId = new HashMap<>();
        pack.get("requirements").forEach(r -> byId.put(r.get("id").asText(), r));
        assertTrue(byId.get("1.1.3").get("omission").get("justification").asText().startsWith("<script>"));
        JsonNode legacy = byId.get("5.2.2.3");
        assertEquals("PASS", legacy.get("status").asText());
        assertEquals("00000000-0000-0000-0000-000000000010",
                legacy.get("exclusionsApplied").get(0).get("subject").asText());
        assertTrue(legacy.get("evidence").get("policies").get(0).asText().startsWith("Block legacy authentication"));
        assertEquals("5.1.5.1", pack.get("expiredOmissions").get(0).get("requirement").asText());
        assertEquals(cis.failures(), pack.get("failures").asLong());
    }

    @Test
    void junitHasOneSuitePerPackWithOmittedSkippedAndFailedAsFailures() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(report(ReportFormat.JUNIT))));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element pack = (Element) suites.item(1);
        assertTrue(pack.getAttribute("name").startsWith("identity-secure-score: cis-m365 "), pack.getAttribute("name"));
        assertEquals("3", pack.getAttribute("tests"));
        Map<String, String> outcome = new HashMap<>();
        NodeList cases = pack.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element tc = (Element) cases.item(i);
            outcome.put(tc.getAttribute("name").split(" ")[0], tc.getElementsByTagName("failure").getLength() > 0
                    ? "failure" : tc.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed");
        }
        assertEquals("skipped", outcome.get("1.1.3"), "omitted");
        assertEquals("passed", outcome.get("5.2.2.3"));
        String consent = cis.result("5.1.5.1").get().status() == RequirementStatus.FAIL ? "failure"
                : cis.result("5.1.5.1").get().status() == RequirementStatus.NOT_EVALUATED ? "skipped" : "passed";
        assertEquals(consent, outcome.get("5.1.5.1"));
        assertEquals(String.valueOf(cis.failures()), pack.getAttribute("failures"));
        Element all = (Element) doc.getElementsByTagName("testsuites").item(0);
        assertEquals(String.valueOf(cases.getLength() + ((Element) suites.item(0)).getElementsByTagName("testcase")
                .getLength()), all.getAttribute("tests"));
    }

    @Test
    void htmlAndMarkdownHaveTheSectionWithPayloadsAsText() throws Exception {
        String html = report(ReportFormat.HTML);
        assertTrue(html.contains("<h2 id=\"pack-cis-m365\">"), "a section per pack");
        assertTrue(html.contains("omitted: &lt;script&gt;document.body.setAttribute("), "omission justification escaped");
        assertTrue(html.contains("exclusions applied: account 00000000-0000-0000-0000-000000000010 (accepted: break glass"
                + " &lt;img src=x"));
        assertTrue(html.contains("omission of 5.1.5.1 expired 2026-01-01 (no longer applied)"));
        String md = report(ReportFormat.MARKDOWN);
        assertTrue(md.contains("\nBaseline packs: `cis-m365` **" + Markup.percent(cis.shallPercent())
                + "** of SHALL requirements pass, " + cis.failures() + " failed\n"), "beside the score: " + md);
        assertTrue(md.indexOf("Baseline packs: ") < md.indexOf("### Gates"), "before the gates: " + md);
        assertTrue(md.contains("### CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt)"), md);
        assertTrue(md.contains("| 5\\.2.2.3 | SHALL | Pass |"), md);
        assertTrue(md.contains("\\| \\*\\*bold\\*\\*"), "a pipe in the justification does not split the row");
    }

    @Test
    void htmlHeadlineShowsEachPacksShallShareAndLinksToItsSection() throws Exception {
        String html = report(ReportFormat.HTML);
        String headline = html.substring(html.indexOf("<header id=\"headline\""), html.indexOf("</header>"));
        assertTrue(headline.contains("<dt>cis-m365</dt><dd id=\"figure-pack-cis-m365\">"
                + Markup.percent(cis.shallPercent()) + " <small>of SHALL pass, " + cis.failures() + " failed</small>"),
                headline);
        assertTrue(headline.contains("<a href=\"#pack-cis-m365\">cis-m365</a>"), headline);
        assertTrue(html.contains("<tr class=\"status-pass\"><td>5.2.2.3</td>"), "rows are classed by status for the style sheet");
    }

    @Test
    void textListsEachRequirementNeutralised() {
        String text = new TextReport().render(result.assessment(), result.verdict(), null, result.packs());
        assertTrue(text.contains("CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt) 5.0.0: "), text);
        assertTrue(text.contains("  5.2.2.3          SHALL   Pass"), text);
        assertTrue(text.contains("exclusions applied: account 00000000-0000-0000-0000-000000000010"), text);
        assertFalse(text.chars().anyMatch(c -> c == 0x1b), "no escape sequences");
    }
}
