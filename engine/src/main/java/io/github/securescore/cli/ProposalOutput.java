package io.github.securescore.cli;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.gate.Verdict;
import io.github.securescore.proposal.Proposal;
import io.github.securescore.proposal.ProposalCheck;
import io.github.securescore.proposal.ProposalResult;
import io.github.securescore.report.JsonReport;
import io.github.securescore.report.MarkdownReport;
import io.github.securescore.report.ProposalSections;
import io.github.securescore.report.ReportData;
import io.github.securescore.report.TextReport;
import java.nio.file.Path;

/** {@code check --propose}: the proposal's check, printed as a check's output is, with the before → after. */
final class ProposalOutput {

    private final Console console;
    private final OutputOptions output;
    private final CiSummary summary;
    private final boolean jsonOnStdout;

    ProposalOutput(Console console, OutputOptions output, CiSummary summary, boolean jsonOnStdout) {
        this.console = console;
        this.output = output;
        this.summary = summary;
        this.jsonOnStdout = jsonOnStdout;
    }

    int run(CheckRequest request, Proposal proposal, boolean record) {
        if (record && request.historyFile() == null) {
            console.warning("--record-proposal without --history: nothing is recorded");
        }
        ProposalResult result = new ProposalCheck().run(request, proposal, record);
        for (String warning : result.warnings()) {
            console.warning(warning);
        }
        ReportData data = ProposalCheck.reportData(result);
        if (jsonOnStdout) {
            console.document(new JsonReport().render(data));
        }
        if (output.text() || !jsonOnStdout) {
            console.document(new TextReport().render(result.proposed(), result.verdict(), null, result.proposedPacks())
                    + ProposalSections.text(result.comparison()));
        }
        for (Path report : result.reports()) {
            console.result("Report: " + report);
        }
        if (result.recorded()) {
            console.result("Recorded the proposed state in " + request.historyFile());
        }
        if (summary.wanted()) {
            for (Path written : summary.write(new MarkdownReport().render(data))) {
                console.result("Summary: " + written);
            }
        }
        return result.verdict().status() == Verdict.Status.FAIL ? ExitCode.GATE_FAILED : ExitCode.PASSED;
    }
}
