package io.github.securescore.maven;

import io.github.securescore.InvalidInputException;
import io.github.securescore.UntrustedText;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Metric;
import io.github.securescore.gate.Verdict;
import io.github.securescore.graph.CollectionException;
import io.github.securescore.history.Changes;
import io.github.securescore.history.RunChange;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.proposal.Proposal;
import io.github.securescore.proposal.ProposalCheck;
import io.github.securescore.proposal.ProposalReader;
import io.github.securescore.proposal.ProposalResult;
import io.github.securescore.report.ProposalSections;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.report.TextReport;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates a tenant's Identity Secure Score (from a snapshot file or live), applies the policy
 * and the POM's gates, writes reports, appends to the history, and fails the build when a FAIL
 * gate is violated. UNSTABLE gates only log a warning: Maven has no "unstable" build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractTenantMojo {

    /** A tenant snapshot file to evaluate; without it the tenant is read live ({@code tenantId}). */
    @Parameter(property = "identitySecureScore.snapshot")
    File snapshot;

    /** The policy file (YAML or JSON): thresholds, per-control floors, status overrides, score zones. */
    @Parameter(property = "identitySecureScore.policy")
    File policy;

    /** The lowest acceptable Identity Secure Score in percent (a FAIL gate); replaces the policy's {@code minPercent}. */
    /** Minimum score in percent ({@code 70}, {@code 70%}); parsed by the engine, as the CLI's {@code --min-score}. */
    @Parameter(property = "identitySecureScore.minScore")
    String minScore;

    /**
     * Per-control floors; each replaces the policy file's floor for the same control:
     * {@code <controlFloor><control>AdminMFAV2</control><minPercent>100</minPercent><criticality>FAIL</criticality></controlFloor>}.
     * {@code criticality} is {@code FAIL} (default) or {@code UNSTABLE}.
     */
    @Parameter
    List<ControlFloor> controlFloors = new ArrayList<>();

    /**
     * The baseline packs to evaluate, e.g. {@code <packs><pack>identity-secure-score</pack><pack>cis-m365</pack></packs>}
     * or {@code -DidentitySecureScore.packs=identity-secure-score,cis-m365}; they replace the policy's {@code packs}.
     * The engine decides the pack gates (set them in the policy file); an unknown id fails naming the known packs.
     */
    @Parameter(property = "identitySecureScore.packs")
    List<String> packs = new ArrayList<>();

    /** Whether a violated FAIL gate fails the build; with {@code false} it is only logged as an error. */
    @Parameter(property = "identitySecureScore.failOnViolation", defaultValue = "true")
    boolean failOnViolation = true;

    /** The run history to compare with (drop gates, trends) and to append this run to; none when unset. */
    @Parameter(property = "identitySecureScore.historyFile")
    File historyFile;

    /** The reports to write, comma-separated: {@code html}, {@code json}, {@code junit}, {@code markdown}; {@code none} for none. */
    @Parameter(property = "identitySecureScore.formats", defaultValue = "html,json,junit,markdown")
    String formats = "html,json,junit,markdown";

    /** Where the reports go; without a POM, {@code target/identity-secure-score} in the current directory. */
    @Parameter(property = "identitySecureScore.outputDirectory",
            defaultValue = "${project.build.directory}/identity-secure-score")
    File outputDirectory;

    /** Where Maven was started; without a POM, the default {@code outputDirectory} is under it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    String executionRoot;

    /** This run's label in the history, e.g. a CI build number. */
    @Parameter(property = "identitySecureScore.buildLabel")
    String buildLabel;

    /**
     * Proposed changes to score on top of the snapshot or tenant, e.g. a pull request's files: folders or
     * files of Graph JSON conditional access policies (also security defaults, authorization policy) or
     * Terraform plans ({@code terraform show -json}). The gates then decide on the proposed state, and
     * {@code maxDrop} measures from the tenant as it is. Comma-separated on the command line.
     */
    @Parameter(property = "identitySecureScore.proposed")
    List<File> proposed = new ArrayList<>();

    /** Append the proposed state to {@code historyFile}; a proposal is not recorded otherwise. */
    @Parameter(property = "identitySecureScore.recordProposal", defaultValue = "false")
    boolean recordProposal;

    /**
     * Decide the expiry of overrides, omissions and exclusions as of this day ({@code YYYY-MM-DD})
     * instead of today, so that a past check (or a documented example) stays reproducible.
     */
    @Parameter(property = "identitySecureScore.asOf")
    String asOf;

    /** {@code asOf} when given, else today by the clock. */
    LocalDate today() throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new MojoExecutionException("asOf (identitySecureScore.asOf): '" + asOf
                    + "' is not a date; expected a day like 2027-03-31");
        }
    }

    /** The clock that decides which status overrides have expired; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Identity Secure Score check skipped (identitySecureScore.skip)");
            return;
        }
        ControlCatalog catalog = ControlCatalog.bundled();
        IdentityCheck check = new IdentityCheck(catalog);
        CheckRequest request = new CheckRequest(source(), path(policy), gates(catalog),
                today(), path(historyFile), path(ProjectlessPath.resolve(outputDirectory, executionRoot)),
                reportFormats(), buildLabel, packs == null ? List.of() : packs.stream().map(String::trim).toList());
        if (proposed != null && !proposed.isEmpty()) {
            propose(request);
            return;
        }
        CheckResult result;
        try {
            result = check.run(request);
        } catch (InvalidInputException e) {
            // the engine's message names the file, the place and what was expected
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (CollectionException e) {
            throw new MojoExecutionException("Reading the tenant from Microsoft Graph failed: " + e.getMessage(), e);
        }
        for (String warning : result.warnings()) {
            // warnings quote file and tenant text: one neutral line each, as the CLI prints them
            getLog().warn(UntrustedText.line(warning));
        }
        // the same summary the CLI prints, with what changed since the tenant's previous run
        RunChange change = result.previousRun().map(previous -> Changes.between(previous, result.run())).orElse(null);
        for (String line : new TextReport().render(result.assessment(), result.verdict(), change, result.packs())
                .split("\n")) {
            getLog().info(UntrustedText.line(line));
        }
        for (Path report : result.reports()) {
            getLog().info("Report: " + report);
        }
        verdict(result.verdict());
    }

    /** The proposal's check: the same log, with the before → after, and the verdict on the proposed state. */
    private void propose(CheckRequest request) throws MojoExecutionException, MojoFailureException {
        ProposalResult result;
        try {
            Proposal proposal = new ProposalReader().read(proposed.stream().map(File::toPath).toList(), List.of());
            result = new ProposalCheck(ControlCatalog.bundled(), clock).run(request, proposal, recordProposal);
        } catch (InvalidInputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (CollectionException e) {
            throw new MojoExecutionException("Reading the tenant from Microsoft Graph failed: " + e.getMessage(), e);
        }
        for (String warning : result.warnings()) {
            getLog().warn(UntrustedText.line(warning));
        }
        String text = new TextReport().render(result.proposed(), result.verdict(), null, result.proposedPacks())
                + ProposalSections.text(result.comparison());
        for (String line : text.split("\n")) {
            getLog().info(UntrustedText.line(line));
        }
        for (Path report : result.reports()) {
            getLog().info("Report: " + report);
        }
        verdict(result.verdict());
    }

    private void verdict(Verdict verdict) throws MojoFailureException {
        for (GateResult gate : verdict.violations()) {
            if (gate.outcome() == GateResult.Outcome.UNSTABLE) {
                getLog().warn(UntrustedText.line("Identity Secure Score gate violated (UNSTABLE): " + gate.message()));
            }
        }
        if (verdict.status() != Verdict.Status.FAIL) {
            return;
        }
        String failed = verdict.violations().stream().filter(g -> g.outcome() == GateResult.Outcome.FAILED)
                .map(GateResult::message).map(UntrustedText::line).collect(Collectors.joining("; "));
        if (failOnViolation) {
            throw new MojoFailureException("Identity Secure Score gate failed: " + failed);
        }
        getLog().error("Identity Secure Score gate failed: " + failed);
        getLog().warn("The build goes on because identitySecureScore.failOnViolation is false");
    }

    private SnapshotSource source() throws MojoExecutionException {
        if (snapshot != null) {
            return SnapshotSource.file(snapshot.toPath());
        }
        if (!isSet(tenantId) && !isSet(environment.apply("AZURE_TENANT_ID"))) {
            throw new MojoExecutionException("Nothing to check: set identitySecureScore.snapshot (a snapshot file) or"
                    + " identitySecureScore.tenantId (a live tenant)");
        }
        return liveTenant().source();
    }

    private List<Gate> gates(ControlCatalog catalog) throws MojoExecutionException {
        List<Gate> gates = new ArrayList<>();
        if (minScore != null && !minScore.isBlank()) {
            try {
                gates.add(Gate.of(Metric.SCORE_PERCENT, ThresholdGates.percent("identitySecureScore.minScore", minScore),
                        Criticality.FAIL));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        if (controlFloors != null) {
            for (ControlFloor floor : controlFloors) {
                gates.add(floor.toGate(catalog));
            }
        }
        return gates;
    }

    private Set<ReportFormat> reportFormats() throws MojoExecutionException {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        if (formats == null || formats.isBlank() || formats.trim().equalsIgnoreCase("none")) {
            return result;
        }
        for (String name : formats.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            result.add(ReportFormat.parse(name).orElseThrow(() -> new MojoExecutionException(
                    "identitySecureScore.formats: unknown report format '" + name.trim()
                            + "'; expected html, json, junit, markdown or none")));
        }
        return result;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
