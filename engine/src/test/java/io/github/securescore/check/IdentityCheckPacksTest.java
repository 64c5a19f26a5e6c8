package io.github.securescore.check;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.pack.TestPack;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs through the one entry point: selection, pack gates in the verdict, omissions and exclusions. */
class IdentityCheckPacksTest {

    @TempDir
    Path dir;

    private final IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(), TestPack.catalog(),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    private Path snapshot() throws Exception {
        Path file = dir.resolve("tenant.json");
        Files.writeString(file, SnapshotFixture.tenant().member(guid(7)).securityDefaults(false)
                .policy(policy("Block legacy").clientAppTypes("other").grant("OR", "block").excludeUsers(guid(7)))
                .json());
        return file;
    }

    private CheckResult run(String yaml, List<String> packs) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, yaml);
        return check.run(new CheckRequest(SnapshotSource.file(snapshot()), policy, List.of(),
                LocalDate.parse("2026-12-01"), null, null, Set.of(), null, packs));
    }

    @Test
    void withoutPacksNoPackIsEvaluated() throws Exception {
        CheckResult result = run("minPercent: 0\n", List.of());
        assertTrue(result.packs().isEmpty());
        assertEquals(1, result.verdict().gates().size());
    }

    @Test
    void packGatesJoinTheVerdict() throws Exception {
        CheckResult result = run("""
                packs: [identity-secure-score, test-pack]
                minPercent: 0
                packGates:
                  test-pack:
                    maximumFailures: 1
                    requirements: {T.DEFAULTS.1: {criticality: UNSTABLE}}
                """, List.of());
        assertEquals(1, result.packs().size());
        assertEquals(2, result.packs().get(0).failures(), "legacy (unaccepted exclusion) and defaults");
        assertEquals(Verdict.Status.FAIL, result.verdict().status());
        GateResult failures = result.verdict().gates().stream()
                .filter(g -> g.gate().metric() == Metric.PACK_FAILURES).findFirst().get();
        assertEquals(GateResult.Outcome.FAILED, failures.outcome());
        assertEquals("test-pack failed requirements <= 1: actual 2 -> FAILED", failures.message());
        GateResult floor = result.verdict().gates().stream()
                .filter(g -> g.gate().metric() == Metric.REQUIREMENT_PASSES).findFirst().get();
        assertEquals("test-pack T.DEFAULTS.1 passes: actual Fail -> UNSTABLE", floor.message());
    }

    @Test
    void anAcceptedExclusionAndAnOmissionTurnTheVerdict() throws Exception {
        CheckResult result = run("""
                packs: [test-pack]
                packGates: {test-pack: {maximumFailures: 0, minimumShallPercent: 100}}
                omissions:
                  - {pack: test-pack, requirement: T.DEFAULTS.1, justification: conditional access instead}
                exclusions:
                  - {account: %s@contoso.example, justification: break glass, requirements: [T.LEGACY.1]}
                """.formatted(guid(7)), List.of());
        assertEquals(Verdict.Status.PASS, result.verdict().status(), result.verdict().gates().toString());
        assertEquals(RequirementStatus.PASS, result.packs().get(0).result("T.LEGACY.1").get().status());
        assertEquals(1, result.packs().get(0).result("T.LEGACY.1").get().exclusions().size());
    }

    @Test
    void thePackOptionReplacesThePolicysSelection() throws Exception {
        String yaml = "packs: [test-pack]\nminPercent: 100\npackGates: {test-pack: {maximumFailures: 0}}\n";
        CheckResult packOnly = run(yaml, List.of());
        assertEquals(1, packOnly.verdict().gates().size(), "the score's gate is not applied");
        assertTrue(packOnly.warnings().get(0).contains("identity-secure-score is not among the selected packs"),
                packOnly.warnings().toString());

        CheckResult scoreOnly = run(yaml, List.of("identity-secure-score"));
        assertTrue(scoreOnly.packs().isEmpty());
        GateResult packGate = scoreOnly.verdict().gates().stream().filter(g -> g.gate().metric().onPack())
                .findFirst().get();
        assertEquals(GateResult.Outcome.NO_DATA, packGate.outcome());
        assertTrue(packGate.message().contains("pack test-pack is not selected"), packGate.message());
    }

    @Test
    void aPackGateIsNotWarnedAboutWhenTheFrontEndSelectsItsPack() throws Exception {
        // the POM or --pack selects the pack; the file holds only its gates
        String yaml = "packGates: {test-pack: {maximumFailures: 0}}\n";
        CheckResult fileOnly = run(yaml, List.of());
        assertTrue(fileOnly.warnings().stream().anyMatch(w -> w.contains("pack test-pack is not selected in packs")),
                fileOnly.warnings().toString());
        CheckResult selected = run(yaml, List.of("identity-secure-score", "test-pack"));
        assertTrue(selected.warnings().stream().noneMatch(w -> w.contains("not selected")), selected.warnings().toString());
        assertEquals(List.of("test-pack"), selected.packs().stream().map(p -> p.pack().id()).toList());
    }

    @Test
    void anUnknownPackOptionIsBadInputNamingTheKnownPacks() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run("minPercent: 0\n", List.of("scuba-aad")));
        assertTrue(e.getMessage().contains("unknown pack 'scuba-aad'; expected one of identity-secure-score, test-pack"),
                e.getMessage());
    }
}
