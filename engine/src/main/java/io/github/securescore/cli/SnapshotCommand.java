package io.github.securescore.cli;

import io.github.securescore.graph.GraphCollector;
import io.github.securescore.graph.TenantConnection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code snapshot}: record a tenant from Microsoft Graph into a snapshot file, for offline use or audit. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Snapshot.class,
        description = {"Records a tenant's identity configuration from Microsoft Graph into a snapshot file.",
            "Progress goes to stderr; the file is written atomically and never holds secrets or tokens."})
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TenantOptions tenant;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE", description = "Snapshot file to write.")
    Path out;

    @Override
    public Integer call() {
        TenantConnection connection = tenant.connection().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Missing required option: '--tenant=ID' (or --auth METHOD)"));
        Console console = Console.of(spec);
        console.protect(connection.authentication());
        new GraphCollector(connection, console::progress).record(out);
        console.result("Snapshot of " + (connection.tenantId() != null ? "tenant " + connection.tenantId() : "the tenant")
                + " written to " + out);
        return ExitCode.PASSED;
    }
}
