package io.github.securescore.cli;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.Changes;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.proposal.Proposal;
import io.github.securescore.proposal.ProposalReader;
import io.github.securescore.report.JsonReport;
import io.github.securescore.report.MarkdownReport;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.report.TextReport;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import io.github.securescore.UntrustedText;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackSelection;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code check}: evaluate a tenant, apply the policy, print the result, exit with the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Check.class,
        description = "Evaluates the identity improvement actions of a tenant (a snapshot file, or live from Microsoft Graph) and applies the policy's gates.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "Tenant snapshot file to evaluate.")
    Path snapshot;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (YAML or JSON): thresholds, control floors, status overrides.")
    Path policy;

    @Option(names = "--pack", paramLabel = "ID",
            description = "Evaluate this baseline pack (repeatable; identity-secure-score is the score). Replaces the"
                    + " policy's packs; see the packs command.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--min-score", paramLabel = "PERCENT",
            description = "Fail when the score is below this percentage, e.g. 70 or 70%% (replaces the policy's minPercent).")
    String minScore;

    @Mixin
    TenantOptions tenant = new TenantOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
            description = "Decide status overrides' expiry as of this day instead of today (reproducible checks).")
    LocalDate asOf;

    @Option(names = "--summary-file", paramLabel = "FILE",
            description = "Also write the Markdown summary to FILE, passed or failed (it is appended to "
                    + "$GITHUB_STEP_SUMMARY by itself when that is set).")
    Path summaryFile;

    @Option(names = "--propose", paramLabel = "PATH", arity = "1..*",
            description = "Score proposed changes on top of the snapshot or tenant: files or folders of Graph JSON "
                    + "(conditionalAccessPolicy, security defaults, authorization policy) or Terraform plans "
                    + "(terraform show -json). The gates decide on the proposed state.")
    List<Path> propose = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "POLICY-ID",
            description = "Propose deleting this conditional access policy (repeatable).")
    List<String> remove = new ArrayList<>();

    @Option(names = "--record-proposal",
            description = "Append the proposed state to --history (a proposal is not recorded otherwise).")
    boolean recordProposal;

    @Option(names = "--max-drop", paramLabel = "PP",
            description = "Fail when the score drops by more than this many percentage points (from the previous run;"
                    + " with --propose, from the current state). Replaces the policy's maxDrop.")
    String maxDrop;

    /** The former name of --as-of, kept for scripts that use it. */
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true, converter = AsOfDate.class)
    LocalDate today;

    /** The --pack ids, each a pack this engine has: a typo is a usage error before anything is read. */
    private List<String> knownPacks() {
        List<String> known = new ArrayList<>(List.of(PackSelection.SCORE));
        PackCatalog.load().packs().forEach(p -> known.add(p.id()));
        for (String id : packs) {
            if (!known.contains(id)) {
                throw new ParameterException(spec.commandLine(), "--pack: unknown pack '" + UntrustedText.line(id)
                        + "'; expected one of " + String.join(", ", known));
            }
        }
        return packs;
    }

    @Override
    public Integer call() {
        if (snapshot == null && !tenant.isLive()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--snapshot=FILE' (or --tenant=ID for a live tenant)");
        }
        if (snapshot != null && tenant.isLive()) {
            throw new ParameterException(spec.commandLine(), "--snapshot and --tenant exclude each other: evaluate a file or a live tenant");
        }
        List<Gate> gates = new ArrayList<>();
        if (minScore != null) {
            try {
                gates.add(Gate.of(Metric.SCORE_PERCENT, ThresholdGates.percent("--min-score", minScore), Criticality.FAIL));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (maxDrop != null) {
            try {
                gates.add(Gate.of(Metric.DROP_SINCE_PREVIOUS, ThresholdGates.percent("--max-drop", maxDrop), Criticality.FAIL));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        boolean proposing = !propose.isEmpty() || !remove.isEmpty();
        if (recordProposal && !proposing) {
            throw new ParameterException(spec.commandLine(), "--record-proposal needs --propose PATH or --remove ID");
        }
        // read before the snapshot or a live collection: a bad proposal fails fast and changes nothing
        Proposal proposal = proposing ? new ProposalReader().read(propose, remove) : null;
        Set<ReportFormat> formats = output.fileFormats(spec);
        boolean jsonOnStdout = output.reportDir == null && formats.contains(ReportFormat.JSON);
        if (output.reportDir == null) {
            Set<ReportFormat> needDirectory = EnumSet.copyOf(formats.isEmpty() ? EnumSet.of(ReportFormat.JSON) : formats);
            needDirectory.remove(ReportFormat.JSON);
            if (!needDirectory.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--format " + OutputOptions.names(needDirectory)
                        + ": these reports are files; add --report-dir DIR");
            }
        }
        CiSummary summary = CiSummary.of(System.getenv(), summaryFile);
        summary.checkWritable();
        // resolved before the check, so a bad option combination is a usage error and not a failed collection
        Console console = Console.of(spec);
        SnapshotSource source = snapshot != null ? SnapshotSource.file(snapshot)
                : tenant.liveSource(console).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "Missing required option: '--tenant=ID'"));
        CheckRequest request = new CheckRequest(source, policy, gates,
                asOf != null ? asOf : today != null ? today : LocalDate.now(), output.history, output.reportDir,
                output.reportDir == null ? Set.of() : formats, output.buildLabel(), knownPacks());
        if (proposal != null) {
            return new ProposalOutput(console, output, summary, jsonOnStdout).run(request, proposal, recordProposal);
        }
        CheckResult result = new IdentityCheck().run(request);
        for (String warning : result.warnings()) {
            console.warning(warning);
        }
        if (jsonOnStdout) {
            console.document(new JsonReport().render(IdentityCheck.reportData(result)));
        }
        if (output.text() || (!jsonOnStdout && output.reportDir != null)) {
            console.document(new TextReport().render(result.assessment(), result.verdict(),
                    result.previousRun().map(previous -> Changes.between(previous, result.run())).orElse(null),
                    result.packs()));
        }
        for (Path report : result.reports()) {
            console.result("Report: " + report);
        }
        if (summary.wanted()) {
            // also on a failed gate: a red build is when the summary is read
            for (Path written : summary.write(new MarkdownReport().render(IdentityCheck.reportData(result)))) {
                console.result("Summary: " + written);
            }
        }
        return result.verdict().status() == Verdict.Status.FAIL ? ExitCode.GATE_FAILED : ExitCode.PASSED;
    }
}
