package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ReportedByMicrosoft;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant whose Microsoft Identity category holds controls that are not identity improvement
 * actions: they are listed apart in every format with Microsoft's figures, and the score is the
 * one the tenant has without them.
 */
class ReportedByMicrosoftTest {

    private static final String PAYLOAD = "Sensor <script>alert(1)</script> | **health**";

    @TempDir
    Path dir;

    /** Our actions as Microsoft reports them, half of the 20 members registered for MFA. */
    private static SnapshotFixture ours() {
        SnapshotFixture fixture = SnapshotFixture.tenant().members(1, 20);
        for (int i = 1; i <= 20; i++) {
            fixture.registration(SnapshotFixture.guid(i), i <= 10, false);
        }
        return fixture.controlProfile("MFARegistrationV2", 9.0)
                .recommendation("mfaRegistrationV2", "identitySecureScore", 4.5, 9.0, "active");
    }

    /** The same tenant with Defender for Cloud Apps, CIS-style and Defender for Identity controls in Identity. */
    private static SnapshotFixture withOthers() {
        return ours()
                .controlProfile("MDA_Google_Connector", 3.0)
                .controlProfile("aad_admin_consent_workflow", 2.0, "ThirdParty")
                .controlProfile("AATP_UnsecureKerberosDelegation", 6.0)
                .secureScore("2026-11-21T00:00:00Z", 12, 80, "MFARegistrationV2", 4.5,
                        "MDA_Google_Connector", 0, "AATP_UnsecureKerberosDelegation", 3.0, "AATP_SensorHealth", 1.0)
                .recommendation("mdiSensorHealth", "mdiSecureScore", 2.0, 8.0, "riskAccepted")
                .recommendation("thirdPartyApps", "identityBestPractice", null, null, "active");
    }

    private CheckResult check(SnapshotFixture fixture, String name) {
        Path snapshot = fixture.write(dir.resolve(name + ".json"));
        return new IdentityCheck(ControlCatalog.bundled(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"),
                ZoneOffset.UTC)).run(new CheckRequest(SnapshotSource.file(snapshot), null, List.of(),
                LocalDate.parse("2026-11-21"), null, dir.resolve(name), EnumSet.allOf(ReportFormat.class), "#1"));
    }

    private String report(String name, ReportFormat format) throws Exception {
        return Files.readString(dir.resolve(name).resolve(format.fileName()));
    }

    @Test
    void theOtherIdentityControlsNeverChangeOurScore() {
        Assessment without = check(ours(), "ours").assessment();
        Assessment with = check(withOthers(), "others").assessment();

        assertEquals(without.points(), with.points(), 1e-9);
        assertEquals(without.maxPoints(), with.maxPoints(), 1e-9);
        assertEquals(without.controls().stream().map(ControlResult::name).toList(),
                with.controls().stream().map(ControlResult::name).toList(), "only our actions are scored");
        assertTrue(without.reportedByMicrosoft().actions().isEmpty());
    }

    @Test
    void theyAreListedWithMicrosoftsFiguresByProduct() {
        ReportedByMicrosoft reported = check(withOthers(), "others").assessment().reportedByMicrosoft();

        List<String> names = reported.actions().stream().map(ReportedByMicrosoft.Action::name).toList();
        assertEquals(List.of("mdiSensorHealth", "aad_admin_consent_workflow", "AATP_SensorHealth",
                "AATP_UnsecureKerberosDelegation", "MDA_Google_Connector"), names,
                "by source, then name ignoring case; best-practice recommendations are in no score");
        ReportedByMicrosoft.Action kerberos = reported.actions().get(3);
        assertEquals("Microsoft Defender for Identity", kerberos.product());
        assertEquals(3.0, kerberos.points());
        assertEquals(6.0, kerberos.maxScore());
        ReportedByMicrosoft.Action consent = reported.actions().get(1);
        assertEquals("Microsoft Entra ID (CIS-style control)", consent.product());
        assertEquals("Resolved through third party", consent.microsoftStatus());
        assertEquals("Microsoft Defender for Cloud Apps", reported.actions().get(4).product());
        ReportedByMicrosoft.Action sensor = reported.actions().get(0);
        assertEquals("Microsoft Entra recommendations", sensor.source());
        assertEquals("riskAccepted", sensor.microsoftStatus());
        assertEquals(8.0, sensor.maxScore());
        ReportedByMicrosoft.Action dailyOnly = reported.actions().get(2);
        assertEquals(1.0, dailyOnly.points());
        assertEquals(null, dailyOnly.maxScore(), "a daily score without a profile has no maximum");
    }

    @Test
    void everyFormatShowsTheSectionEscaped() throws Exception {
        String json = withOthers().json().replace("\"Recommendation mdiSensorHealth\"",
                new ObjectMapper().writeValueAsString(PAYLOAD));
        Path file = dir.resolve("payload.json");
        Files.writeString(file, json);
        new IdentityCheck(ControlCatalog.bundled(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC))
                .run(new CheckRequest(SnapshotSource.file(file), null, List.of(), LocalDate.parse("2026-11-21"), null,
                        dir.resolve("payload"), EnumSet.allOf(ReportFormat.class), "#1"));

        String html = report("payload", ReportFormat.HTML);
        assertTrue(html.contains("<h2 id=\"reported-by-microsoft\">Also reported by Microsoft</h2>"));
        assertTrue(html.contains("AATP_UnsecureKerberosDelegation"));
        assertTrue(html.contains(ReportedByMicrosoft.STATUS));
        assertTrue(html.contains("Sensor &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>alert(1)"));

        String markdown = report("payload", ReportFormat.MARKDOWN);
        assertTrue(markdown.contains("### Also reported by Microsoft"));
        assertTrue(markdown.contains("| MDA_Google_Connector |") || markdown.contains("| MDA\\_Google\\_Connector |"),
                markdown);
        assertTrue(markdown.contains("Sensor \\<script>alert(1)\\</script> \\| \\*\\*health\\*\\*"), markdown);

        JsonNode report = new ObjectMapper().readTree(report("payload", ReportFormat.JSON));
        JsonSchema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(report));
        JsonNode actions = report.path("reportedByMicrosoft").path("actions");
        assertEquals(5, actions.size());
        assertEquals(PAYLOAD, actions.get(0).path("title").asText(), "JSON keeps the exact text");
        assertEquals(ReportedByMicrosoft.STATUS, actions.get(0).path("status").asText());
        assertEquals(12, report.path("controls").size(), "our twelve actions only");
    }

    @Test
    void theTextSummaryListsThemApart() {
        CheckResult result = check(withOthers(), "text");
        String text = new TextReport().render(result.assessment(), result.verdict(), null);

        int section = text.indexOf("Also reported by Microsoft");
        assertTrue(section > 0, text);
        assertTrue(text.indexOf("AATP_UnsecureKerberosDelegation: 3 / 6 points, " + ReportedByMicrosoft.STATUS)
                > section, text);
    }

    @Test
    void aRefusedRecommendationsResourceIsSaidNotCollected() throws Exception {
        CheckResult result = check(ours().forbidden(GraphResource.DIRECTORY_RECOMMENDATIONS), "refused");

        List<String> lines = result.assessment().reportedByMicrosoft().notCollected();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("Microsoft Entra recommendations (beta/directory/recommendations) not collected:"
                + " Graph answered HTTP 403 Authorization_RequestDenied; it needs DirectoryRecommendations.Read.All"),
                lines.get(0));
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.JSON)) {
            assertTrue(report("refused", format).contains("DirectoryRecommendations.Read.All"), format.name());
        }
    }

    @Test
    void entrasOwnDailyScoreIsShownBesideOursInEveryFormat() throws Exception {
        CheckResult result = check(ours().tenantSecureScore("2026-11-20T00:00:00Z", 20, 56)
                .tenantSecureScore("2026-11-21T00:00:00Z", 28, 56), "entra");

        assertEquals(28.0, result.assessment().entra().orElseThrow().points(), "the newest day");
        String text = new TextReport().render(result.assessment(), result.verdict(), null);
        assertTrue(text.contains("Microsoft Entra Identity Secure Score (2026-11-21T00:00:00Z): 28.00 of 56.00 points (50.00%)"),
                text);
        assertTrue(report("entra", ReportFormat.MARKDOWN).contains("Microsoft Entra Identity Secure Score"));
        assertTrue(report("entra", ReportFormat.HTML).contains("50.00% (28 of 56 points)"));
        JsonNode json = new ObjectMapper().readTree(report("entra", ReportFormat.JSON));
        assertEquals(50.0, json.path("entraScore").path("percent").asDouble(), 1e-9);
    }

    @Test
    void withoutTenantSecureScoresThereIsNoEntraFigure() throws Exception {
        CheckResult result = check(ours(), "noEntra");

        assertTrue(result.assessment().entra().isEmpty());
        assertTrue(new ObjectMapper().readTree(report("noEntra", ReportFormat.JSON)).path("entraScore").isNull());
        assertFalse(report("noEntra", ReportFormat.HTML).contains("Microsoft Entra Identity Secure Score"));
    }
}
