package io.github.securescore.cli;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.policy.Policy;
import io.github.securescore.policy.PolicyReader;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.report.ReportData;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.report.ReportWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report}: re-renders the trend report of a tenant from the history alone, without reading the tenant. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Report.class,
        description = "Renders the HTML trend report and the Markdown summary from a run history, without a tenant.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--history", paramLabel = "FILE", required = true, description = "Run history (JSON Lines).")
    Path history;

    @Option(names = "--report-dir", paramLabel = "DIR", required = true, description = "Directory the reports are written to.")
    Path reportDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "html, markdown (default: both), json; comma-separated.")
    List<String> formats = List.of("html", "markdown");

    @Option(names = "--tenant", paramLabel = "ID", description = "The tenant to report on (default: the newest run's).")
    String tenant;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file: its score zones and minPercent threshold are drawn.")
    Path policy;

    @Option(names = "--min-score", paramLabel = "PERCENT", description = "Threshold line on the chart, e.g. 70 or 70%% (replaces the policy's).")
    String minScore;

    @Override
    public Integer call() {
        Set<ReportFormat> wanted = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            ReportFormat format = ReportFormat.parse(name).orElse(null);
            if (format == null || format == ReportFormat.JUNIT) {
                throw new ParameterException(spec.commandLine(), "--format: '" + name.trim()
                        + "' cannot be rendered from the history; expected html, markdown or json");
            }
            wanted.add(format);
        }
        Double line;
        try {
            line = minScore == null ? null : ThresholdGates.percent("--min-score", minScore);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ControlCatalog catalog = ControlCatalog.bundled();
        Policy rules = policy == null ? Policy.EMPTY : new PolicyReader(catalog).read(policy);
        RunHistory runs = new HistoryFile(history).read();
        Console console = Console.of(spec);
        rules.warnings().forEach(console::warning);
        runs.warnings().forEach(console::warning);
        String who = tenant != null ? tenant : runs.latest().map(RunRecord::tenant).orElse(null);
        OptionalDouble threshold = line != null ? OptionalDouble.of(line)
                : rules.gates().stream().filter(g -> g.metric() == Metric.SCORE_PERCENT)
                        .mapToDouble(Gate::threshold).max();
        ReportData data = ReportData.fromHistory(runs, who, rules.zones(), threshold, catalog)
                .orElseThrow(() -> new InvalidInputException(history.toString(), 0, 0, null,
                        runs.runs().isEmpty() ? "holds no runs" : "holds no runs of tenant " + who
                                + "; it has " + String.join(", ", runs.tenants().stream().map(String::valueOf).toList())));
        for (Path file : new ReportWriter().write(data, reportDir, wanted)) {
            console.result("Report: " + file);
        }
        return ExitCode.PASSED;
    }
}
