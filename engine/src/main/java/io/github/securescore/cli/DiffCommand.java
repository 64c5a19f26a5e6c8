package io.github.securescore.cli;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.history.Changes;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.policy.Policy;
import io.github.securescore.policy.PolicyReader;
import io.github.securescore.report.ChangeReport;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code diff A B}: which actions gained or lost points from A to B, and why. A and B are two
 * snapshot files (the reasons then name accounts and policies from the evidence), or, with
 * {@code --history}, two runs of the history (by build label, or by position: 1 is the oldest, -1
 * the newest; default: the two newest runs of the tenant).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Diff.class,
        description = "Shows which improvement actions gained or lost points between two snapshots or two history runs, and why.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "A B",
            description = "Two snapshot files; or with --history two runs (build label, or position: 1 = oldest, -1 = newest).")
    List<String> operands = List.of();

    @Option(names = "--history", paramLabel = "FILE", description = "Compare two runs of this history instead of two snapshots.")
    Path history;

    @Option(names = "--tenant", paramLabel = "ID", description = "With --history: the tenant whose runs to compare (default: the newest run's).")
    String tenant;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file whose status overrides apply to both snapshots.")
    Path policy;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true)
    LocalDate today;

    @Override
    public Integer call() {
        RunChange change = history != null ? fromHistory() : fromSnapshots();
        Console.of(spec).document(new ChangeReport().render(change));
        return ExitCode.PASSED;
    }

    private RunChange fromSnapshots() {
        if (operands.size() != 2) {
            throw new ParameterException(spec.commandLine(), "expected two snapshot files A B (or --history FILE)");
        }
        ControlCatalog catalog = ControlCatalog.bundled();
        Policy rules = policy == null ? Policy.EMPTY : new PolicyReader(catalog).read(policy);
        LocalDate day = today != null ? today : LocalDate.now();
        Assessor assessor = new Assessor(catalog);
        Assessment a = assessor.assess(SnapshotSource.file(Path.of(operands.get(0))).load(), rules.overrides(), day);
        Assessment b = assessor.assess(SnapshotSource.file(Path.of(operands.get(1))).load(), rules.overrides(), day);
        return Changes.between(a, b);
    }

    private RunChange fromHistory() {
        RunHistory runs = new HistoryFile(history).read();
        runs.warnings().forEach(Console.of(spec)::warning);
        String who = tenant != null ? tenant : runs.latest().map(RunRecord::tenant).orElse(null);
        List<RunRecord> ofTenant = runs.ofTenant(who);
        if (ofTenant.size() < 2 && operands.isEmpty()) {
            throw new InvalidInputException(history.toString(), 0, 0, null, "holds " + ofTenant.size()
                    + " run(s) of tenant " + who + "; a diff needs two");
        }
        if (operands.size() == 1) {
            throw new ParameterException(spec.commandLine(), "expected two runs A B, or none for the two newest");
        }
        RunRecord a = operands.isEmpty() ? ofTenant.get(ofTenant.size() - 2) : select(ofTenant, operands.get(0), who);
        RunRecord b = operands.isEmpty() ? ofTenant.get(ofTenant.size() - 1) : select(ofTenant, operands.get(1), who);
        return Changes.between(a, b);
    }

    private RunRecord select(List<RunRecord> runs, String selector, String who) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (selector.equals(runs.get(i).build())) {
                return runs.get(i);
            }
        }
        try {
            int position = Integer.parseInt(selector);
            int index = position > 0 ? position - 1 : runs.size() + position;
            if (position != 0 && index >= 0 && index < runs.size()) {
                return runs.get(index);
            }
        } catch (NumberFormatException e) {
            // not a position: reported below
        }
        throw new InvalidInputException(history.toString(), 0, 0, null, "no run '" + selector + "' of tenant " + who
                + "; expected a build label or a position from 1 to " + runs.size() + " (or -1 to -" + runs.size() + ")");
    }
}
