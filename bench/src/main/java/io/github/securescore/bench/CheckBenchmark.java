package io.github.securescore.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.SnapshotSource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long {@code check} takes on a large snapshot, against the floor any JSON reader has: a
 * bare Jackson streaming pass that only counts tokens over the same file. Both run in one JVM,
 * alternating round by round, so that JIT, page cache and machine noise hit them alike; the
 * figures are medians. A third column times the snapshot read alone (check = read + assess +
 * gate), which shows where the time goes.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Time and heap of `check` on an N-user snapshot against a bare Jackson token pass.")
public final class CheckBenchmark implements Callable<Integer> {

    /** The same buffer the snapshot reader uses, so the two passes read alike. */
    private static final int BUFFER = 1 << 16;

    /** A small policy: score floor, a control floor, a not-evaluated gate and one override. */
    static final String POLICY = """
            minPercent: 40
            maxNotEvaluated: 0
            controls:
              AdminMFAV2:
                minPercent: 90
                criticality: UNSTABLE
            overrides:
              - control: PasswordHashSync
                status: Risk accepted
                justification: cloud-only tenant
                owner: identity-team
                expires: 2099-12-31
            """;

    @Option(names = "--users", description = "users in the generated snapshot (default: ${DEFAULT-VALUE})")
    int users = 1_000_000;

    @Option(names = "--seed", description = "seed of the generated tenant (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--file", description = "an existing snapshot to use instead of generating one")
    Path file;

    @Option(names = "--rounds", description = "measured rounds, each one token pass and one check (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--warmup", description = "unmeasured rounds first (default: ${DEFAULT-VALUE})")
    int warmup = 1;

    @Option(names = "--no-split", negatable = true, description = "skip the read-only column")
    boolean split = true;

    @Option(names = "--no-pack", negatable = true,
            description = "skip the pack columns (score alone vs score + SCuBA pack on one evaluation context)")
    boolean pack = true;

    @Option(names = "--keep", description = "keep the generated snapshot (its path is printed)")
    boolean keep;

    @Option(names = "--json", description = "where the figures go (default: check-benchmark.json next to the jar)")
    Path json;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(Benchmarks.run(prepend("check", args)));
    }

    static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** One round's figures. */
    record Round(long tokensNanos, long checkNanos, long readNanos, long tokensCpuNanos, long checkCpuNanos,
                 HeapWatch.Usage tokensHeap, HeapWatch.Usage checkHeap, HeapWatch.Usage readHeap,
                 long scoreNanos, long scorePackNanos, HeapWatch.Usage scoreHeap, HeapWatch.Usage scorePackHeap) {
    }

    @Override
    public Integer call() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "JVM: Java %s, max heap %s (Runtime.maxMemory), %d cores, GC %s, args %s%n",
                System.getProperty("java.version"), mb(maxHeap), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());

        if (maxHeap > 300L * 1024 * 1024) {
            out.println("note: the requirement's figure is measured with -Xmx256m");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--file " + file + ": no such file");
        }
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--rounds must be at least 1 and --warmup at least 0");
        }
        Path workDirectory = Files.createTempDirectory("iss-bench");
        Path snapshot = file;
        Map<String, Object> generation = new LinkedHashMap<>();
        try {
            if (snapshot == null) {
                snapshot = workDirectory.resolve("snapshot-" + users + ".json");
                out.printf(Locale.ROOT, "generating %,d users (seed %d) into %s ...%n", users, seed, snapshot);
                long start = System.nanoTime();
                SnapshotGenerator.Tenant tenant = new SnapshotGenerator(users, seed).write(snapshot);
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.printf(Locale.ROOT, "generated %s in %,d ms: %,d users (%,d enabled members, %,d guests), "
                                + "%d role assignments, %d CA policies, %d groups%n", mb(tenant.bytes()), millis,
                        tenant.users(), tenant.enabledMembers(), tenant.guests(), tenant.roleAssignments(),
                        tenant.conditionalAccessPolicies(), tenant.groups());
                generation.put("seed", seed);
                generation.put("millis", millis);
                generation.put("tenant", tenant);
            }
            long bytes = Files.size(snapshot);
            Path policy = workDirectory.resolve("policy.yml");
            Files.writeString(policy, POLICY);
            Map<String, Object> report = measure(snapshot, policy, bytes, maxHeap, generation);
            write(report);
        } finally {
            if (file == null && !keep) {
                Files.deleteIfExists(snapshot);
            } else if (file == null) {
                out.println("kept " + snapshot);
            }
            Files.deleteIfExists(workDirectory.resolve("policy.yml"));
            if (file != null || !keep) {
                Files.deleteIfExists(workDirectory);
            }
        }
        return 0;
    }

    private Map<String, Object> measure(Path snapshot, Path policy, long bytes, long maxHeap,
                                        Map<String, Object> generation) {
        HeapWatch heap = new HeapWatch();
        JsonFactory factory = new JsonFactory();
        LocalDate today = LocalDate.of(2026, 11, 21);
        IdentityCheck check = new IdentityCheck();
        long[] tokens = new long[1];
        CheckResult[] result = new CheckResult[1];

        PackCost packCost = new PackCost(snapshot, today);
        Timed none = new Timed(0, 0, new HeapWatch.Usage(0, 0, 0, 0));
        List<Round> measured = new ArrayList<>();
        for (int round = -warmup; round < rounds; round++) {
            Timed t = timed(heap, () -> tokens[0] = countTokens(factory, snapshot));
            Timed c = timed(heap, () -> result[0] = check.run(CheckRequest.of(SnapshotSource.file(snapshot), policy,
                    List.of(), today)));
            Timed r = split ? timed(heap, () -> Reference.reachabilityFence(new SnapshotReader().read(snapshot)))
                    : none;
            // side by side in the same round, the order alternating so that neither always runs second
            Timed s = none;
            Timed sp = none;
            if (pack && Math.floorMod(round, 2) == 0) {
                s = timed(heap, packCost::scoreAlone);
                sp = timed(heap, packCost::scoreAndPack);
            } else if (pack) {
                sp = timed(heap, packCost::scoreAndPack);
                s = timed(heap, packCost::scoreAlone);
            }
            String label = round < 0 ? "warm-up" : String.valueOf(round + 1);
            out.printf(Locale.ROOT, "round %-7s tokens %,7d ms  check %,7d ms%s  (check/tokens %.2f)  "
                            + "peak heap: tokens %s, check %s%n",
                    label, t.nanos() / 1_000_000, c.nanos() / 1_000_000,
                    split ? String.format(Locale.ROOT, "  read %,7d ms", r.nanos() / 1_000_000) : "",
                    (double) c.nanos() / t.nanos(), mb(t.heap().peakUsed()), mb(c.heap().peakUsed()));
            if (pack) {
                out.printf(Locale.ROOT, "              score %,7d ms  score + pack %,7d ms  (pack/score %.3f)  "
                                + "peak heap: score %s, score + pack %s%n", s.nanos() / 1_000_000,
                        sp.nanos() / 1_000_000, (double) sp.nanos() / s.nanos(), mb(s.heap().peakUsed()),
                        mb(sp.heap().peakUsed()));
            }
            if (round >= 0) {
                measured.add(new Round(t.nanos(), c.nanos(), r.nanos(), t.cpuNanos(), c.cpuNanos(), t.heap(), c.heap(),
                        r.heap(), s.nanos(), sp.nanos(), s.heap(), sp.heap()));
            }
        }

        // what the parsed snapshot itself keeps: live heap with and without it
        long before = heap.liveAfterFullGc();
        TenantSnapshot kept = new SnapshotReader().read(snapshot);
        long retained = heap.liveAfterFullGc() - before;
        int directorySize = kept.directory().size();
        Reference.reachabilityFence(kept);

        double tokensMillis = median(measured, Round::tokensNanos) / 1e6;
        double checkMillis = median(measured, Round::checkNanos) / 1e6;
        double readMillis = median(measured, Round::readNanos) / 1e6;
        double ratio = checkMillis / tokensMillis;
        // each round runs both side by side, so its own ratio is the least disturbed by load that drifts
        double roundRatio = medianOf(measured.stream().mapToDouble(x -> (double) x.checkNanos() / x.tokensNanos()));
        double roundCpuRatio = medianOf(measured.stream()
                .mapToDouble(x -> (double) x.checkCpuNanos() / x.tokensCpuNanos()));
        double tokensCpuMillis = median(measured, Round::tokensCpuNanos) / 1e6;
        double checkCpuMillis = median(measured, Round::checkCpuNanos) / 1e6;
        long tokensPeak = median(measured, x -> x.tokensHeap().peakUsed());
        long checkPeak = median(measured, x -> x.checkHeap().peakUsed());
        long checkPeakMax = measured.stream().mapToLong(x -> x.checkHeap().peakUsed()).max().orElse(0);
        long tokensAfterGc = median(measured, x -> x.tokensHeap().maxAfterGc());
        long checkAfterGc = measured.stream().mapToLong(x -> x.checkHeap().maxAfterGc()).max().orElse(0);
        long checkGcMillis = median(measured, x -> x.checkHeap().collectionMillis());
        long checkCollections = median(measured, x -> x.checkHeap().collections());

        out.println();
        out.printf(Locale.ROOT, "snapshot %s: %s, %,d directory objects, %,d JSON tokens%n", snapshot, mb(bytes),
                directorySize, tokens[0]);
        out.printf(Locale.ROOT, "verdict %s, identity score %.2f %% (%.2f / %.2f points)%n",
                result[0].verdict().status(), result[0].assessment().percent(), result[0].assessment().points(),
                result[0].assessment().maxPoints());
        out.println("| median of " + measured.size() + " rounds | time | throughput | peak heap used | max heap after GC |");
        out.println("|---|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| bare Jackson token pass | %,.0f ms | %.0f MB/s | %s | %s |%n", tokensMillis,
                bytes / 1e6 / (tokensMillis / 1000), mb(tokensPeak), mb(tokensAfterGc));
        out.printf(Locale.ROOT, "| check (read + assess + gate) | %,.0f ms | %.0f MB/s | %s (max %s) | %s (max) |%n",
                checkMillis, bytes / 1e6 / (checkMillis / 1000), mb(checkPeak), mb(checkPeakMax), mb(checkAfterGc));
        if (split) {
            out.printf(Locale.ROOT, "| snapshot read alone | %,.0f ms | %.0f MB/s | %s | %s |%n", readMillis,
                    bytes / 1e6 / (readMillis / 1000), mb(median(measured, x -> x.readHeap().peakUsed())),
                    mb(median(measured, x -> x.readHeap().maxAfterGc())));
        }
        out.printf(Locale.ROOT, "check / token pass: %.2f (requirement: at most 2.00) %s; "
                        + "on the measuring thread's CPU time: %,.0f / %,.0f ms = %.2f%n", ratio,
                ratio <= 2.0 ? "OK" : "OVER", checkCpuMillis, tokensCpuMillis, checkCpuMillis / tokensCpuMillis);
        out.printf(Locale.ROOT, "median of the per-round ratios: %.2f wall, %.2f thread CPU%n", roundRatio,
                roundCpuRatio);
        out.printf(Locale.ROOT, "max heap %s; parsed snapshot retains %s; check GC: %d collections, %d ms (median)%n",
                mb(maxHeap), mb(retained), checkCollections, checkGcMillis);

        Map<String, Object> packReport = pack ? packReport(measured, packCost) : null;

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "check");
        report.put("snapshot", file == null ? "generated" : snapshot.toString());
        report.put("snapshotBytes", bytes);
        report.put("users", file == null ? (Object) users : null);
        report.put("directoryObjects", directorySize);
        report.put("jsonTokens", tokens[0]);
        report.put("generation", generation.isEmpty() ? null : generation);
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("javaVersion", System.getProperty("java.version"));
        jvm.put("maxHeapBytes", maxHeap);
        jvm.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        jvm.put("inputArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        report.put("jvm", jvm);
        report.put("warmupRounds", warmup);
        report.put("rounds", measured);
        Map<String, Object> median = new LinkedHashMap<>();
        median.put("tokensMillis", tokensMillis);
        median.put("checkMillis", checkMillis);
        median.put("readMillis", split ? readMillis : null);
        median.put("tokensThreadCpuMillis", tokensCpuMillis);
        median.put("checkThreadCpuMillis", checkCpuMillis);
        median.put("tokensPeakHeapUsedBytes", tokensPeak);
        median.put("checkPeakHeapUsedBytes", checkPeak);
        report.put("median", median);
        report.put("checkPeakHeapUsedBytesMax", checkPeakMax);
        report.put("checkMaxHeapAfterGcBytes", checkAfterGc);
        report.put("snapshotRetainedBytes", retained);
        report.put("ratioCheckToTokens", ratio);
        report.put("ratioCheckToTokensThreadCpu", checkCpuMillis / tokensCpuMillis);
        report.put("medianRoundRatio", roundRatio);
        report.put("medianRoundRatioThreadCpu", roundCpuRatio);
        report.put("withinTwiceTokenPass", ratio <= 2.0);
        report.put("verdict", result[0].verdict().status().name());
        report.put("identityScorePercent", result[0].assessment().percent());
        report.put("pack", packReport);
        return report;
    }

    /** The pack columns: medians, the ratio, peak heaps, and how the requirements came out. */
    private Map<String, Object> packReport(List<Round> measured, PackCost packCost) {
        double scoreMillis = median(measured, Round::scoreNanos) / 1e6;
        double packMillis = median(measured, Round::scorePackNanos) / 1e6;
        double roundRatio = medianOf(measured.stream().mapToDouble(x -> (double) x.scorePackNanos() / x.scoreNanos()));
        long scorePeak = measured.stream().mapToLong(x -> x.scoreHeap().peakUsed()).max().orElse(0);
        long packPeak = measured.stream().mapToLong(x -> x.scorePackHeap().peakUsed()).max().orElse(0);
        long scoreAfterGc = measured.stream().mapToLong(x -> x.scoreHeap().maxAfterGc()).max().orElse(0);
        long packAfterGc = measured.stream().mapToLong(x -> x.scorePackHeap().maxAfterGc()).max().orElse(0);
        out.printf(Locale.ROOT, "%s, %d requirements: %s%n", packCost.source(), packCost.requirementCount(),
                packCost.statuses());
        out.printf(Locale.ROOT, "| score alone (read + assess) | %,.0f ms | peak heap %s (max) | after GC %s (max) |%n",
                scoreMillis, mb(scorePeak), mb(scoreAfterGc));
        out.printf(Locale.ROOT, "| score + pack, one context | %,.0f ms | peak heap %s (max) | after GC %s (max) |%n",
                packMillis, mb(packPeak), mb(packAfterGc));
        out.printf(Locale.ROOT, "score + pack / score alone: %.3f on median wall times, %.3f median per round%n",
                packMillis / scoreMillis, roundRatio);
        // the requirements alone, timed inside the run: free of the noise of two whole reads
        List<Long> measuredPack = packCost.packNanos().subList(warmup, packCost.packNanos().size());
        double packOnlyMillis = medianOf(measuredPack.stream().mapToDouble(n -> n / 1e6));
        out.printf(Locale.ROOT, "the pack's requirements alone: %.1f ms (median; rounds %s ms), %.2f %% of the score alone%n",
                packOnlyMillis, measuredPack.stream().map(n -> String.format(Locale.ROOT, "%.1f", n / 1e6)).toList(),
                100 * packOnlyMillis / scoreMillis);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("source", packCost.source());
        figures.put("requirements", packCost.requirementCount());
        figures.put("statuses", packCost.statuses().toString());
        figures.put("scoreMillis", scoreMillis);
        figures.put("scoreAndPackMillis", packMillis);
        figures.put("ratio", packMillis / scoreMillis);
        figures.put("medianRoundRatio", roundRatio);
        figures.put("packRequirementsOnlyMillis", packOnlyMillis);
        figures.put("scorePeakHeapUsedBytesMax", scorePeak);
        figures.put("scoreAndPackPeakHeapUsedBytesMax", packPeak);
        figures.put("scoreMaxHeapAfterGcBytes", scoreAfterGc);
        figures.put("scoreAndPackMaxHeapAfterGcBytes", packAfterGc);
        return figures;
    }

    /** The floor: the same buffered input, Jackson's parser, nothing but {@code nextToken()}. */
    static long countTokens(JsonFactory factory, Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
             JsonParser parser = factory.createParser(in)) {
            long count = 0;
            while (parser.nextToken() != null) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wall time, and the CPU time of the measuring thread (steadier when other processes share the cores). */
    private record Timed(long nanos, long cpuNanos, HeapWatch.Usage heap) {
    }

    private static Timed timed(HeapWatch heap, Runnable run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        heap.start();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        run.run();
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
        return new Timed(nanos, cpuNanos, heap.stop());
    }

    private static long median(List<Round> rounds, ToLongFunction<Round> value) {
        long[] values = rounds.stream().mapToLong(value).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static double medianOf(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private void write(Map<String, Object> report) throws IOException {
        out.println("figures written to " + Benchmarks.writeFigures(json, "check-benchmark.json", report));
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
