package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.TestPack;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pack keys of the policy file: packs, packGates, omissions, exclusions; YAML and JSON alike. */
class PackPolicyTest {

    private final PolicyReader reader = new PolicyReader(ControlCatalog.bundled(), TestPack.catalog());

    private static final String YAML = """
            packs: [identity-secure-score, test-pack]
            packGates:
              test-pack:
                minimumShallPercent: 90
                maximumFailures: 2
                criticality: {maximumFailures: UNSTABLE}
                requirements:
                  T.LEGACY.1: {criticality: error}
                  T.DEFAULTS.1: {}
            omissions:
              - pack: test-pack
                requirement: T.MANUAL.1
                justification: forwarded by the SOC
                owner: SOC
                expires: 2027-01-31
            exclusions:
              - account: breakglass@contoso.example
                justification: emergency access
                expires: 2027-06-30
                requirements: [T.LEGACY.1]
              - group: 00000000-0000-0000-0000-000000000009
                justification: migration accounts
                requirements: all
            """;

    private static final String JSON = """
            {"packs": ["identity-secure-score", "test-pack"],
             "packGates": {"test-pack": {"minimumShallPercent": 90, "maximumFailures": 2,
                 "criticality": {"maximumFailures": "UNSTABLE"},
                 "requirements": {"T.LEGACY.1": {"criticality": "error"}, "T.DEFAULTS.1": {}}}},
             "omissions": [{"pack": "test-pack", "requirement": "T.MANUAL.1", "justification": "forwarded by the SOC",
                 "owner": "SOC", "expires": "2027-01-31"}],
             "exclusions": [{"account": "breakglass@contoso.example", "justification": "emergency access",
                 "expires": "2027-06-30", "requirements": ["T.LEGACY.1"]},
                {"group": "00000000-0000-0000-0000-000000000009", "justification": "migration accounts",
                 "requirements": "all"}]}
            """;

    private void assertBound(Policy policy) {
        assertEquals(List.of("identity-secure-score", "test-pack"), policy.packs());
        assertEquals(List.of(Gate.pack("test-pack", Metric.PACK_SHALL_PERCENT, 90, Criticality.FAIL),
                Gate.pack("test-pack", Metric.PACK_FAILURES, 2, Criticality.UNSTABLE),
                Gate.requirement("test-pack", "T.LEGACY.1", Criticality.ERROR),
                Gate.requirement("test-pack", "T.DEFAULTS.1", Criticality.FAIL)), policy.gates());
        assertEquals(List.of(new PackOmission("test-pack", "T.MANUAL.1", "forwarded by the SOC", "SOC",
                LocalDate.parse("2027-01-31"))), policy.omissions());
        assertEquals(List.of(new AcceptedExclusion(AcceptedExclusion.Kind.ACCOUNT, "breakglass@contoso.example",
                        "emergency access", null, LocalDate.parse("2027-06-30"), Set.of("T.LEGACY.1")),
                new AcceptedExclusion(AcceptedExclusion.Kind.GROUP, "00000000-0000-0000-0000-000000000009",
                        "migration accounts", null, null, Set.of())), policy.exclusions());
        assertTrue(policy.warnings().isEmpty(), policy.warnings().toString());
    }

    @Test
    void yamlAndJsonBindTheSame() {
        assertBound(reader.parse(YAML, "policy.yaml"));
        assertBound(reader.parse(JSON, "policy.json"));
    }

    @Test
    void withoutPacksTheScoreAloneIsSelected() {
        Policy policy = reader.parse("minPercent: 70\n", "policy.yaml");
        assertEquals(List.of("identity-secure-score"), policy.packs());
        assertTrue(policy.scoreSelected());
        assertTrue(policy.omissions().isEmpty() && policy.exclusions().isEmpty());
    }

    @Test
    void gatesOfAPackNotSelectedAreWarnedAbout() {
        Policy policy = reader.parse("packGates:\n  test-pack:\n    maximumFailures: 0\n", "policy.yaml");
        assertEquals(1, policy.warnings().size());
        assertTrue(policy.warnings().get(0).startsWith("policy.yaml (line 2, column 3, packGates.test-pack): "),
                policy.warnings().get(0));
    }

    private InvalidInputException fails(String yaml) {
        return assertThrows(InvalidInputException.class, () -> reader.parse(yaml, "policy.yaml"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "packs: [scuba]|1|9|packs[0]|unknown pack 'scuba'; expected one of identity-secure-score, test-pack",
        "packs: []|1|8|packs|expected at least one pack id",
        "packs: test-pack|1|8|packs|expected a list of pack ids",
        "packs: [test-pack, test-pack]|1|20|packs[1]|test-pack is listed twice",
        "packs: [1]|1|9|packs[0]|expected a pack id, found the number 1",
        "packGates: {cis: {maximumFailures: 1}}|1|13|packGates.cis|unknown pack 'cis'; expected one of test-pack",
        "packGates: {test-pack: {minimumShallPercent: '90'}}|1|46|packGates.test-pack.minimumShallPercent|(a string: write the number without quotes or %)",
        "packGates: {test-pack: {minimumShallPercent: 101}}|1|46|packGates.test-pack.minimumShallPercent|expected a number from 0 to 100",
        "packGates: {test-pack: {maximumFailures: 1.5}}|1|42|packGates.test-pack.maximumFailures|expected a whole number",
        "packGates: {test-pack: {maximumFailure: 1}}|1|25|packGates.test-pack.maximumFailure|unknown key 'maximumFailure'",
        "packGates: {test-pack: {criticality: {minimumShallPercent: BLOCK}}}|1|60|packGates.test-pack.criticality.minimumShallPercent|expected FAIL, UNSTABLE, NOTE or ERROR, found 'BLOCK'",
        "packGates: {test-pack: {requirements: {T.NOPE: {}}}}|1|40|packGates.test-pack.requirements.T.NOPE|unknown requirement 'T.NOPE' of test-pack; expected one of T.LEGACY.1, T.DEFAULTS.1, T.MANUAL.1",
        "packGates: {test-pack: {requirements: {T.LEGACY.1: {criticality: 0}}}}|1|66|packGates.test-pack.requirements.T.LEGACY.1.criticality|found the number 0",
    })
    void badPackKeysNameWhereAndWhat(String yaml, int line, int column, String field, String expected) {
        InvalidInputException e = fails(yaml);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "omissions: [{requirement: T.MANUAL.1, justification: x}]|omissions[0].pack|missing; expected a pack id",
        "omissions: [{pack: test-pack, justification: x}]|omissions[0].requirement|missing",
        "omissions: [{pack: test-pack, requirement: T.MANUAL.1}]|omissions[0].justification|missing; expected why it is accepted",
        "omissions: [{pack: test-pack, requirement: T.MANUAL.1, justification: ''}]|omissions[0].justification|expected why it is accepted",
        "omissions: [{pack: test-pack, requirement: T.MANUAL.1, justification: x, expires: 2027-02-30}]|omissions[0].expires|expected a date like 2027-01-31",
        "omissions: [{pack: test-pack, requirement: T.X, justification: x}]|omissions[0].requirement|unknown requirement 'T.X' of test-pack",
        "exclusions: [{justification: x, requirements: all}]|exclusions[0]|expected exactly one of account",
        "exclusions: [{account: a, group: b, justification: x, requirements: all}]|exclusions[0]|expected exactly one of account",
        "exclusions: [{account: a, justification: x}]|exclusions[0].requirements|missing; expected a list of requirement ids, or all",
        "exclusions: [{account: a, justification: x, requirements: every}]|exclusions[0].requirements|expected a list of requirement ids, or all",
        "exclusions: [{account: a, justification: x, requirements: [T.NOPE]}]|exclusions[0].requirements[0]|unknown requirement 'T.NOPE'",
        "exclusions: [{account: a, justification: x, requirements: []}]|exclusions[0].requirements|expected at least one requirement id",
        "exclusions: [{account: '', justification: x, requirements: all}]|exclusions[0].account|expected a non-empty id",
        "exclusions: [{account: 7, justification: x, requirements: all}]|exclusions[0].account|found the number 7",
    })
    void badOmissionsAndExclusionsNameTheField(String yaml, String field, String expected) {
        InvalidInputException e = fails(yaml);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.line() == 1 && e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void twoOmissionsOfOneRequirementAreRefused() {
        InvalidInputException e = fails("""
                omissions:
                  - {pack: test-pack, requirement: T.MANUAL.1, justification: a}
                  - {pack: test-pack, requirement: T.MANUAL.1, justification: b}
                """);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("T.MANUAL.1 has two omissions, at lines 2 and 3"), e.getMessage());
    }

    @Test
    void aDuplicateKeyInAnExclusionIsRefused() {
        InvalidInputException e = fails("exclusions:\n  - account: a\n    account: b\n    justification: x\n"
                + "    requirements: all\n");
        assertEquals(3, e.line(), e.getMessage());
    }
}
