package io.github.securescore.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a synthetic snapshot to a file, for the other benchmarks or for trying the CLI on a big tenant. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic N-user tenant snapshot (streamed, deterministic for a seed).")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the snapshot file to write")
    Path file;

    @Option(names = "--users", description = "number of users (default: ${DEFAULT-VALUE})")
    int users = 1_000_000;

    @Option(names = "--seed", description = "seed of the tenant (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SnapshotGenerator.Tenant tenant = new SnapshotGenerator(users, seed).write(file);
        System.out.printf(Locale.ROOT, "%s: %s, %,d users (%,d enabled members, %,d guests), %d role assignments, "
                        + "%d CA policies, %d groups, %,d ms%n", file, CheckBenchmark.mb(tenant.bytes()), tenant.users(),
                tenant.enabledMembers(), tenant.guests(), tenant.roleAssignments(), tenant.conditionalAccessPolicies(),
                tenant.groups(), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
