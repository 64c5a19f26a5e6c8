package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.report.ReportDetail;
import io.github.securescore.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a front end (the Jenkins result page) reads back of a proposal from the JSON report: the
 * before → after figures and each moved action, as examples/proposals/README.md works them out.
 */
class ProposalDetailTest {

    private static final String TENANT = "../examples/tenants/northwind-hybrid/";

    @TempDir
    Path dir;

    @Test
    void theProposalsComparisonIsReadBackFromTheJsonReport() {
        CliRun run = CliRun.of("check", "--snapshot", TENANT + "snapshot.json", "--policy", TENANT + "policy.yml",
                "--propose", "../examples/proposals/conditional-access", "--report-dir", dir.toString(),
                "--format", "json", "--as-of", "2026-12-01");
        assertEquals(1, run.exit(), run.printed());   // the proposal fails the BlockLegacyAuthentication floor

        ReportDetail.Proposal proposal = ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName())).proposal();

        assertNotNull(proposal);
        assertEquals(55.96, proposal.currentPercent(), 0.005);
        assertEquals(73.41, proposal.proposedPercent(), 0.005);
        assertEquals(28.54, proposal.currentPoints(), 0.005);
        assertEquals(37.44, proposal.proposedPoints(), 0.005);
        assertEquals(List.of("AdminMFAV2", "BlockLegacyAuthentication", "SigninRiskPolicy"),
                proposal.actions().stream().map(ReportDetail.ProposedAction::name).sorted().toList());
        ReportDetail.ProposedAction admins = proposal.actions().stream()
                .filter(a -> a.name().equals("AdminMFAV2")).findFirst().orElseThrow();
        assertEquals(7.5, admins.currentPoints(), 0.005);
        assertEquals(10.0, admins.proposedPoints(), 0.005);
        assertTrue(!admins.why().isEmpty(), admins.toString());
    }

    @Test
    void aPlainCheckHasNoProposal() {
        CliRun run = CliRun.of("check", "--snapshot", TENANT + "snapshot.json", "--report-dir", dir.toString(),
                "--format", "json");
        assertEquals(0, run.exit(), run.printed());
        assertNull(ReportDetail.read(dir.resolve(ReportFormat.JSON.fileName())).proposal());
    }
}
