package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.StatusOverride;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A valid policy file, in YAML and in JSON. */
class PolicyReaderTest {

    private final PolicyReader reader = new PolicyReader(ControlCatalog.bundled());

    static Path resource(String name) {
        try {
            return Path.of(PolicyReaderTest.class.getResource("/policy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fullYamlPolicy() {
        Policy policy = reader.read(resource("full.yml"));
        assertEquals(List.of(
                Gate.of(Metric.SCORE_PERCENT, 70, Criticality.FAIL),
                Gate.of(Metric.POINTS, 30.5, Criticality.UNSTABLE),
                Gate.of(Metric.DROP_SINCE_PREVIOUS, 5, Criticality.UNSTABLE),
                Gate.of(Metric.NOT_EVALUATED, 0, Criticality.FAIL),
                Gate.of(Metric.EXPIRED_OVERRIDES, 0, Criticality.UNSTABLE),
                Gate.control("AdminMFAV2", 100, Criticality.FAIL),
                Gate.control("MFARegistrationV2", 80, Criticality.UNSTABLE),
                Gate.control("OneAdmin", 100, Criticality.FAIL)), policy.gates());
        assertEquals(List.of(
                new StatusOverride("UserRiskPolicy", ControlStatus.RISK_ACCEPTED,
                        "P2 licences for the pilot group only until FY27", "dana@contoso.example",
                        LocalDate.of(2027, 3, 31), StatusOverride.POLICY),
                new StatusOverride("SelfServicePasswordReset", ControlStatus.THIRD_PARTY, "Specops uReset",
                        "helpdesk@contoso.example", null, StatusOverride.POLICY),
                new StatusOverride("BlockLegacyAuthentication", ControlStatus.ALTERNATE_MITIGATION,
                        "Legacy protocols off per mailbox", "ravi@contoso.example", LocalDate.of(2026, 6, 30),
                        StatusOverride.POLICY),
                new StatusOverride("SigninRiskPolicy", ControlStatus.PLANNED, null, "dana@contoso.example", null,
                        StatusOverride.POLICY),
                new StatusOverride("IntegratedApps", ControlStatus.IGNORED,
                        "Consent handled by the app governance team", null, null, StatusOverride.POLICY)),
                policy.overrides());
        assertEquals(new ScoreZones(85, 60), policy.zones());
    }

    @Test
    void jsonEquivalentReadsTheSame() {
        assertEquals(reader.read(resource("full.yml")), reader.read(resource("full.json")));
    }

    @ParameterizedTest
    @CsvSource({
            "minPercent, SCORE_PERCENT, 75",
            "minPoints, POINTS, 40",
            "maxDrop, DROP_SINCE_PREVIOUS, 2.5",
            "maxNotEvaluated, NOT_EVALUATED, 1",
            "maxExpiredOverrides, EXPIRED_OVERRIDES, 0"})
    void everyGateKeyDefaultsToFail(String key, Metric metric, String threshold) {
        Policy policy = reader.parse(key + ": " + threshold + "\n", "p.yml");
        assertEquals(List.of(Gate.of(metric, Double.parseDouble(threshold), Criticality.FAIL)), policy.gates());
    }

    @ParameterizedTest
    @CsvSource({"minPercent, UNSTABLE", "maxDrop, unstable", "maxNotEvaluated, Fail"})
    void criticalityPerGate(String key, String criticality) {
        Policy policy = reader.parse(key + ": 1\ncriticality:\n  " + key + ": " + criticality + "\n", "p.yml");
        assertEquals(Criticality.valueOf(criticality.toUpperCase(java.util.Locale.ROOT)),
                policy.gates().get(0).criticality());
    }

    @Test
    void controlFloorDefaultsToFail() {
        Policy policy = reader.parse("controls:\n  RoleOverlap:\n    minPercent: 100\n", "p.yml");
        assertEquals(List.of(Gate.control("RoleOverlap", 100, Criticality.FAIL)), policy.gates());
    }

    @Test
    void emptyOrCommentOnlyFileIsTheEmptyPolicy() {
        for (String text : List.of("", "# nothing enforced yet\n", "---\n", "---\n# later\n...\n", "  \n\n")) {
            assertEquals(Policy.EMPTY, reader.parse(text, "p.yml"), text);
        }
        assertEquals(Policy.EMPTY, reader.parse(" \n", "p.json"));
        assertEquals(ScoreZones.DEFAULT, Policy.EMPTY.zones());
    }

    @Test
    void overrideWithoutExpiryNeverExpires() {
        StatusOverride o = reader.parse("overrides:\n  - control: OneAdmin\n    status: Planned\n", "p.yml")
                .overrides().get(0);
        assertNull(o.expires());
        assertEquals(false, o.expiredOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void extraGateReplacesTheSameMetric() {
        Policy policy = reader.read(resource("full.yml"))
                .withGate(Gate.of(Metric.SCORE_PERCENT, 90, Criticality.UNSTABLE))
                .withGate(Gate.control("AdminMFAV2", 50, Criticality.UNSTABLE));
        assertEquals(8, policy.gates().size());
        assertEquals(List.of(Gate.of(Metric.SCORE_PERCENT, 90, Criticality.UNSTABLE)), policy.gates().stream()
                .filter(g -> g.metric() == Metric.SCORE_PERCENT).toList());
        assertEquals(List.of(Gate.control("AdminMFAV2", 50, Criticality.UNSTABLE)), policy.gates().stream()
                .filter(g -> "AdminMFAV2".equals(g.control())).toList());
    }

    @Test
    void zones() {
        ScoreZones zones = reader.parse("zones:\n  good: 85\n  okay: 60\n", "p.yml").zones();
        assertEquals(ScoreZones.Zone.GOOD, zones.zoneOf(85));
        assertEquals(ScoreZones.Zone.OKAY, zones.zoneOf(84.9));
        assertEquals(ScoreZones.Zone.OKAY, zones.zoneOf(60));
        assertEquals(ScoreZones.Zone.BAD, zones.zoneOf(59.99));
        assertEquals(new ScoreZones(90, ScoreZones.DEFAULT.okay()), reader.parse("zones:\n  good: 90\n", "p.yml").zones());
    }

    @Test
    void fractionLikePercentThresholdsAreKeptWithAWarning() {
        Policy policy = reader.parse("minPercent: 0.7\ncontrols:\n  OneAdmin: {minPercent: 0.5}\n", "p.yml");
        assertEquals(List.of(Gate.of(Metric.SCORE_PERCENT, 0.7, Criticality.FAIL),
                Gate.control("OneAdmin", 0.5, Criticality.FAIL)), policy.gates());
        assertEquals(List.of("p.yml (line 1, column 1, minPercent): 0.7 % — did you mean 70 %? Thresholds are"
                        + " percentages from 0 to 100.",
                "p.yml (line 3, column 14, controls.OneAdmin.minPercent): 0.5 % — did you mean 50 %? Thresholds are"
                        + " percentages from 0 to 100."), policy.warnings());
        assertEquals(List.of(), reader.parse("minPercent: 70\nmaxDrop: 0.5\n", "p.yml").warnings());
        assertEquals(List.of(), reader.read(resource("full.yml")).warnings());
    }

    @Test
    void criticalityIsFailUnstableNoteOrErrorInAnyLetterCase() {
        for (String word : List.of("FAIL", "fail", "Fail", "UNSTABLE", "unstable", "note", "NOTE", "Error")) {
            assertEquals(Criticality.valueOf(word.toUpperCase(java.util.Locale.ROOT)),
                    reader.parse("minPercent: 1\ncriticality: {minPercent: " + word + "}\n", "p.yml").gates().get(0)
                            .criticality());
        }
    }
}
