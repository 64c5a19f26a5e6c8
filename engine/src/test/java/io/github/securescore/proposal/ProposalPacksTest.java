package io.github.securescore.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.report.Comparison;
import io.github.securescore.report.HtmlReport;
import io.github.securescore.report.JsonReport;
import io.github.securescore.report.JunitReport;
import io.github.securescore.report.MarkdownReport;
import io.github.securescore.report.ProposalSections;
import io.github.securescore.report.ReportData;
import io.github.securescore.report.ReportDetail;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proposal's check evaluates the selected packs on both states: each requirement's status before →
 * after and why, the pack gates judged on the proposed state (figures from examples/tenants/README.md).
 */
class ProposalPacksTest {

    private static final Path TENANTS = Path.of("..", "examples", "tenants");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final String CA003 = "9b7479f0-1f99-421e-a5bb-6e76e616f1d3";
    private static final String BREAK_GLASS_1 = "4bccd3b5-a208-4a70-83f8-76816ce93eec";
    private static final String BREAK_GLASS_2 = "f76d5d0b-3512-4f8c-a496-73ea782719e6";
    private static final String LEGACY_EXCLUDE_GROUP = "db686386-a738-45ee-ba60-2770054085c7";

    @TempDir
    Path dir;

    /** A new policy blocking Exchange ActiveSync and other clients for all users and apps, leaving no one out. */
    private static final String BLOCK_LEGACY = "{\"displayName\":\"Block legacy authentication (proposed)\","
            + "\"state\":\"enabled\",\"conditions\":{\"users\":{\"includeUsers\":[\"All\"]},"
            + "\"applications\":{\"includeApplications\":[\"All\"]},"
            + "\"clientAppTypes\":[\"exchangeActiveSync\",\"other\"]},"
            + "\"grantControls\":{\"operator\":\"OR\",\"builtInControls\":[\"block\"]}}";

    private static CheckRequest request(String tenant, Path policy) {
        return CheckRequest.of(SnapshotSource.file(TENANTS.resolve(tenant).resolve("snapshot.json")), policy, List.of(),
                AS_OF);
    }

    private static Comparison.Requirement requirement(ProposalResult result, String pack, String id) {
        return result.comparison().requirements().stream().filter(r -> r.pack().equals(pack) && r.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(pack + " " + id + " did not change: "
                        + result.comparison().requirements()));
    }

    private static Comparison.PackFigures figures(ProposalResult result, String pack) {
        return result.comparison().packs().stream().filter(p -> p.pack().equals(pack)).findFirst().orElseThrow();
    }

    @Test
    void aPolicyBlockingLegacyAuthenticationTurnsScubaAndCisFromFailToPass() {
        Path policy = Northwind.write(dir, "policy.yml", "packs: [identity-secure-score, scuba-aad, cis-m365]\n");
        Path proposed = Northwind.write(dir, "ca/block-legacy.json", BLOCK_LEGACY);
        ProposalResult result = new ProposalCheck().run(request("contoso-small-business", policy),
                new ProposalReader().read(List.of(proposed), List.of()), false);

        // contoso has no conditional access policy: both fail as it is (README, SCuBA and CIS tables)
        assertEquals(List.of("scuba-aad MS.AAD.1.1v1", "cis-m365 5.2.2.3"), result.comparison().requirements().stream()
                .map(r -> r.pack() + " " + r.id()).toList());
        for (Comparison.Requirement r : result.comparison().requirements()) {
            assertEquals("Fail", r.beforeStatus());
            assertEquals("Pass", r.afterStatus());
            assertEquals("SHALL", r.obligation());
            assertTrue(r.why().containsAll(result.changes().get(0).sentences()), r.why().toString());
            assertTrue(r.why().contains("as proposed: met by Block legacy authentication (proposed)"), r.why().toString());
        }
        assertEquals(RequirementStatus.FAIL, result.currentPacks().get(0).result("MS.AAD.1.1v1").orElseThrow().status());
        assertEquals(RequirementStatus.PASS, result.proposedPacks().get(0).result("MS.AAD.1.1v1").orElseThrow().status());

        // the block adds 1.1 to the SCuBA SHALL passes and takes it from the failures; nothing else moves
        Comparison.PackFigures scuba = figures(result, "scuba-aad");
        assertEquals(scuba.beforePassed() + 1, scuba.afterPassed());
        assertEquals(scuba.beforeCounted(), scuba.afterCounted());
        assertEquals(1, scuba.beforeFailures() - scuba.afterFailures());
        Comparison.PackFigures cis = figures(result, "cis-m365");
        assertEquals(50.0, cis.beforeShallPercent(), 1e-9);
        assertEquals(100.0, cis.afterShallPercent(), 1e-9);
        assertEquals(List.of(2L, 1L), List.of(cis.beforeFailures(), cis.afterFailures()));   // 5.1.5.1 still fails
    }

    @Test
    void everyFormatListsTheRequirementsWhoseStatusChanges() throws Exception {
        Path policy = Northwind.write(dir, "policy.yml", "packs: [scuba-aad, cis-m365]\n");
        Path proposed = Northwind.write(dir, "ca/block-legacy.json", BLOCK_LEGACY);
        ProposalResult result = new ProposalCheck().run(request("contoso-small-business", policy),
                new ProposalReader().read(List.of(proposed), List.of()), false);
        ReportData data = ProposalCheck.reportData(result);

        String text = ProposalSections.text(result.comparison());
        // CIS on contoso (README): 1.1.3 passes, 5.1.5.1 (SHOULD) and 5.2.2.3 fail as it is
        assertTrue(text.contains("  cis-m365: 1 of 2 SHALL (50.00%) → 2 of 2 SHALL (100.00%), failures 2 → 1"), text);
        assertTrue(text.contains("  cis-m365 5.2.2.3 (SHALL): Fail → Pass "), text);

        String markdown = new MarkdownReport().render(data);
        String proposalPart = markdown.substring(markdown.indexOf("### Proposed change"));
        assertTrue(proposalPart.contains("| scuba-aad | MS.AAD.1.1v1 | SHALL | Fail → Pass |"), proposalPart);

        String html = new HtmlReport().render(data);
        String htmlPart = html.substring(html.indexOf("id=\"proposal\""));
        assertTrue(htmlPart.contains("<td>cis-m365</td><td>5.2.2.3</td><td>SHALL</td><td>Fail → Pass</td>"), htmlPart);
        assertTrue(htmlPart.contains("<a href=\"#pack-cis-m365\">cis-m365: 1 of 2 SHALL"), htmlPart);

        JsonNode json = new ObjectMapper().readTree(new JsonReport().render(data)).get("proposal");
        assertEquals(2, json.get("requirements").size());
        assertEquals("MS.AAD.1.1v1", json.get("requirements").get(0).get("id").asText());
        assertEquals("Fail", json.get("requirements").get(0).get("currentStatus").asText());
        assertEquals("Pass", json.get("requirements").get(0).get("proposedStatus").asText());
        assertEquals("cis-m365", json.get("packs").get(1).get("pack").asText());
        assertEquals(50.0, json.get("packs").get(1).get("currentShallPercent").asDouble(), 1e-9);
        assertEquals(100.0, json.get("packs").get(1).get("proposedShallPercent").asDouble(), 1e-9);

        // a front end reads them back from the report file
        Path report = Northwind.write(dir, "report.json", new JsonReport().render(data));
        List<ReportDetail.ProposedRequirement> read = ReportDetail.read(report).proposal().requirements();
        assertEquals(List.of("scuba-aad MS.AAD.1.1v1 Fail Pass", "cis-m365 5.2.2.3 Fail Pass"), read.stream()
                .map(r -> r.pack() + " " + r.id() + " " + r.currentStatus() + " " + r.proposedStatus()).toList());

        String junit = new JunitReport().render(data);
        assertTrue(junit.contains("name=\"scuba-aad MS.AAD.1.1v1\" time=\"0\">\n      <system-out>Fail → Pass: "), junit);
        // the pack sections show the proposed state, as the score's do
        assertTrue(markdown.substring(markdown.indexOf("### CISA SCuBA")).contains("| MS.AAD.1.1v1 | SHALL | Pass |"),
                markdown);
    }

    @Test
    void aRemovalTurnsAPassToAFailAndThePackFloorFailsOnTheProposedState() {
        // fabrikam's CA003 leaves out both break-glass accounts and a group; accepted, MS.AAD.1.1v1 passes as it is
        Path policy = Northwind.write(dir, "policy.yml", String.join("\n",
                "packs: [identity-secure-score, scuba-aad]",
                "packGates:",
                "  scuba-aad:",
                "    requirements:",
                "      MS.AAD.1.1v1: { criticality: FAIL }",
                "exclusions:",
                "  - { account: " + BREAK_GLASS_1 + ", justification: break glass, requirements: [MS.AAD.1.1v1] }",
                "  - { account: " + BREAK_GLASS_2 + ", justification: break glass, requirements: [MS.AAD.1.1v1] }",
                "  - { group: " + LEGACY_EXCLUDE_GROUP + ", justification: scanners, expires: 2027-06-30,",
                "      requirements: [MS.AAD.1.1v1] }", ""));
        ProposalResult unchanged = new ProposalCheck().run(request("fabrikam-enterprise", policy),
                new Proposal(List.of(), null, null, List.of(), List.of()), false);
        assertEquals(Verdict.Status.PASS, unchanged.verdict().status());
        assertTrue(unchanged.comparison().requirements().isEmpty());

        ProposalResult removed = new ProposalCheck().run(request("fabrikam-enterprise", policy),
                new ProposalReader().read(List.of(), List.of(CA003)), false);
        Comparison.Requirement legacy = requirement(removed, "scuba-aad", "MS.AAD.1.1v1");
        assertEquals("Pass", legacy.beforeStatus());
        assertEquals("Fail", legacy.afterStatus());
        assertTrue(legacy.why().get(0).contains("CA003: Block legacy authentication would be deleted"), legacy.why().toString());
        assertTrue(legacy.why().contains("as it is: met by CA003: Block legacy authentication"), legacy.why().toString());
        assertEquals(3, removed.currentPacks().get(0).result("MS.AAD.1.1v1").orElseThrow().exclusions().size());

        assertEquals(Verdict.Status.FAIL, removed.verdict().status());
        GateResult floor = removed.verdict().gates().stream().filter(g -> g.gate().metric() == Metric.REQUIREMENT_PASSES)
                .findFirst().orElseThrow();
        assertEquals(GateResult.Outcome.FAILED, floor.outcome());
        assertTrue(floor.message().contains("MS.AAD.1.1v1"), floor.message());
        // the history line of the proposed state carries the proposed pack statuses
        assertEquals(RequirementStatus.FAIL, removed.run().packs().get("scuba-aad").requirements().get("MS.AAD.1.1v1"));
    }

    @Test
    void withoutAPackTheComparisonAndItsJsonAreAsBefore() throws Exception {
        ProposalResult result = Northwind.check(Northwind.PROPOSALS.resolve("terraform").resolve("plan.json"));
        assertTrue(result.comparison().packs().isEmpty());
        assertTrue(result.comparison().requirements().isEmpty());
        JsonNode json = new ObjectMapper().readTree(new JsonReport().render(ProposalCheck.reportData(result)))
                .get("proposal");
        assertFalse(json.has("requirements"));
        assertFalse(json.has("packs"));
        assertFalse(ProposalSections.text(result.comparison()).contains("requirement"));
    }
}
