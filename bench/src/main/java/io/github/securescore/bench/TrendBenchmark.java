package io.github.securescore.bench;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.policy.ScoreZones;
import io.github.securescore.report.HtmlReport;
import io.github.securescore.report.MarkdownReport;
import io.github.securescore.report.ReportData;
import io.github.securescore.score.ControlStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long the trend report takes over a long history: reading N history entries, building the
 * trend (per-run changes, regression and risk-acceptance series) and rendering the HTML report
 * (inline SVG of every run) and the Markdown summary, as {@code identity-secure-score report} does.
 * Medians over rounds after a warm-up, in one JVM.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Time to read an N-entry run history and render its trend report (HTML with inline SVG, Markdown).")
public final class TrendBenchmark implements Callable<Integer> {

    @Option(names = "--entries", description = "history entries (default: ${DEFAULT-VALUE})")
    int entries = 10_000;

    @Option(names = "--rounds", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds = 7;

    @Option(names = "--warmup", description = "unmeasured rounds first (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--seed", description = "seed of the synthetic history (default: ${DEFAULT-VALUE})")
    long seed = 7;

    @Option(names = "--keep", paramLabel = "FILE",
            description = "also write the synthetic history here (e.g. to time the CLI's report command on it)")
    Path keep;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(Benchmarks.run(CheckBenchmark.prepend("trend", args)));
    }

    @Override
    public Integer call() throws IOException {
        Path directory = Files.createTempDirectory("iss-trend-bench");
        Path file = directory.resolve("history.jsonl");
        try {
            List<RunRecord> synthetic = history(entries, seed);
            new HistoryFile(file).writeAll(synthetic);
            if (keep != null) {
                new HistoryFile(keep).writeAll(synthetic);
                out.println("kept a copy in " + keep);
            }
            out.printf(Locale.ROOT, "history: %,d entries, %,d bytes (%s)%n", entries, Files.size(file), file);
            ControlCatalog catalog = ControlCatalog.bundled();
            List<long[]> measured = new ArrayList<>();
            String tenant = "bench-tenant";
            int htmlBytes = 0;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = -warmup; round < rounds; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                RunHistory history = new HistoryFile(file).read();
                long t1 = System.nanoTime();
                Trend trend = Trend.of(history, tenant);
                long t2 = System.nanoTime();
                ReportData data = ReportData.fromHistory(history, tenant, ScoreZones.DEFAULT, OptionalDouble.of(70), catalog)
                        .orElseThrow();
                String html = new HtmlReport().render(data);
                long t3 = System.nanoTime();
                String md = new MarkdownReport().render(data);
                long t4 = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                htmlBytes = html.length();
                if (trend.points().size() != entries || md.isEmpty()) {
                    throw new IllegalStateException("the trend lost entries: " + trend.points().size());
                }
                long[] r = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0, cpu};
                out.printf(Locale.ROOT, "round %-7s read %6.1f ms  trend %6.1f ms  html %6.1f ms  markdown %5.1f ms  "
                                + "total %6.1f ms (thread CPU %6.1f ms)%n",
                        round < 0 ? "warm-up" : String.valueOf(round + 1), ms(r[0]), ms(r[1]), ms(r[2]), ms(r[3]), ms(r[4]),
                        ms(r[5]));
                if (round >= 0) {
                    measured.add(r);
                }
            }
            String[] names = {"read history", "build trend", "render HTML (incl. trend)", "render Markdown", "total (wall)", "total (thread CPU)"};
            out.printf(Locale.ROOT, "%nload average %.2f on %d cores; medians over %d rounds, %,d entries (HTML %,d chars):%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), rounds, entries, htmlBytes);
            for (int i = 0; i < names.length; i++) {
                final int column = i;
                long[] values = measured.stream().mapToLong(r -> r[column]).sorted().toArray();
                out.printf(Locale.ROOT, "  %-26s %8.1f ms%n", names[i], ms(values[values.length / 2]));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
        return 0;
    }

    /** A tenant's daily runs: points drifting up with regressions, some actions risk accepted or planned. */
    static List<RunRecord> history(int entries, long seed) {
        Random random = new Random(seed);
        List<Control> controls = ControlCatalog.bundled().controls();
        double[] fraction = new double[controls.size()];
        Arrays.fill(fraction, 0.2);
        Instant start = Instant.parse("2000-01-01T06:00:00Z");
        List<RunRecord> runs = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            Map<String, RunRecord.ControlEntry> entriesByName = new LinkedHashMap<>();
            double points = 0;
            double max = 0;
            double planned = 0;
            double riskAccepted = 0;
            for (int c = 0; c < controls.size(); c++) {
                Control control = controls.get(c);
                fraction[c] = Math.max(0, Math.min(1, fraction[c] + (random.nextDouble() - 0.45) * 0.05));
                ControlStatus status = fraction[c] >= 1 ? ControlStatus.COMPLETED
                        : c == 4 && i % 500 < 120 ? ControlStatus.RISK_ACCEPTED
                        : c == 5 ? ControlStatus.PLANNED : ControlStatus.TO_ADDRESS;
                double earned = status == ControlStatus.RISK_ACCEPTED ? 0 : RunRecord.round(fraction[c] * control.maxScore());
                long total = 1000;
                entriesByName.put(control.name(), new RunRecord.ControlEntry(earned, control.maxScore(), status, true,
                        Math.round(fraction[c] * total), total));
                points += earned;
                max += control.maxScore();
                if (status == ControlStatus.PLANNED) {
                    planned += control.maxScore() - earned;
                }
                if (status == ControlStatus.RISK_ACCEPTED) {
                    riskAccepted += control.maxScore();
                }
            }
            Instant time = start.plusSeconds(86_400L * i);
            double msMax = 380;
            double msPoints = Math.min(msMax, points / max * msMax * 0.9 + 20);
            runs.add(new RunRecord(RunRecord.VERSION, time, time, "bench-tenant", "bench", "#" + (i + 1),
                    RunRecord.round(points), max, RunRecord.round(points / max * 100),
                    RunRecord.round((points + planned) / max * 100), riskAccepted,
                    points / max >= 0.7 ? Verdict.Status.PASS : Verdict.Status.FAIL, entriesByName,
                    new RunRecord.MicrosoftEntry(time.toString(), RunRecord.round(msPoints), msMax,
                            Map.of("AllTenants", 150.0 + i % 30, "TotalSeats", 140.0 + i % 20))));
        }
        return runs;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
