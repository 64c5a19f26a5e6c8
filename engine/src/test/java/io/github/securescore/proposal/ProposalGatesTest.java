package io.github.securescore.proposal;

import static io.github.securescore.proposal.Northwind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gates decide on the proposed state; a drop gate measures from the current state; the history is left alone. */
class ProposalGatesTest {

    @TempDir
    Path dir;

    private Proposal legacyReportOnly() {
        return new ProposalReader().read(List.of(PROPOSALS.resolve("terraform").resolve("plan.json")), List.of());
    }

    @Test
    void thePolicysGatesDecideOnTheProposedState() {
        ProposalResult result = new ProposalCheck().run(request(POLICY, List.of()), legacyReportOnly(), false);
        assertEquals(Verdict.Status.FAIL, result.verdict().status());
        GateResult legacy = result.verdict().gates().stream()
                .filter(g -> "BlockLegacyAuthentication".equals(g.gate().control())).findFirst().orElseThrow();
        assertEquals(GateResult.Outcome.FAILED, legacy.outcome());
        assertEquals(0, legacy.actual(), 1e-9);
        // the tenant as it is passes the same policy (examples/tenants/README.md)
        ProposalResult nothing = new ProposalCheck().run(request(POLICY, List.of()),
                new Proposal(List.of(), null, null, List.of(), List.of()), false);
        assertEquals(Verdict.Status.PASS, nothing.verdict().status());
    }

    @Test
    void aDropGateMeasuresFromTheCurrentState() {
        Gate maxDrop = Gate.of(Metric.DROP_SINCE_PREVIOUS, 0.5, Criticality.FAIL);
        ProposalResult result = new ProposalCheck().run(request(null, List.of(maxDrop)), legacyReportOnly(), false);
        GateResult drop = result.verdict().gates().get(0);
        assertEquals(55.96 - 55.33, drop.actual(), 0.01);   // 0.63 pp > 0.5
        assertEquals(GateResult.Outcome.FAILED, drop.outcome());
        assertTrue(drop.message().contains("(current state 55.96%)"), drop.message());
        Gate lenient = Gate.of(Metric.DROP_SINCE_PREVIOUS, 1, Criticality.FAIL);
        assertEquals(Verdict.Status.PASS, new ProposalCheck().run(request(null, List.of(lenient)), legacyReportOnly(), false)
                .verdict().status());
    }

    @Test
    void theHistoryIsAppendedOnlyWhenAsked() throws IOException {
        Path history = dir.resolve("history.jsonl");
        CheckRequest request = new CheckRequest(SnapshotSource.file(SNAPSHOT), null, List.of(), AS_OF, history,
                dir.resolve("reports"), Set.of(ReportFormat.JSON), "#7");
        ProposalResult notRecorded = new ProposalCheck().run(request, legacyReportOnly(), false);
        assertFalse(notRecorded.recorded());
        assertFalse(Files.exists(history));
        ProposalResult recorded = new ProposalCheck().run(request, legacyReportOnly(), true);
        assertTrue(recorded.recorded());
        assertEquals(1, new HistoryFile(history).read().runs().size());
        assertEquals("#7 (proposed)", new HistoryFile(history).read().runs().get(0).build());
        assertEquals(55.33, new HistoryFile(history).read().runs().get(0).percent(), 0.005);
    }
}
