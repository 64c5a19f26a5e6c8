package io.github.securescore.cli;

import io.github.securescore.graph.AccessCheck;
import io.github.securescore.graph.AccessReport;
import io.github.securescore.graph.CollectionSettings;
import io.github.securescore.graph.TenantConnection;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code access}: sign in and read one entity of each resource, so a new app registration's
 * permissions are checked in seconds, before a first (long) collection.
 */
@Command(name = "access", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Access.class,
        description = {"Signs in and reads one entity of every Microsoft Graph resource a collection reads,",
            "listing the application permissions granted and missing. Nothing is written."})
final class AccessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TenantOptions tenant;

    @Override
    public Integer call() {
        TenantConnection connection = tenant.connection().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Missing required option: '--tenant=ID' (or --auth METHOD)"));
        Console console = Console.of(spec);
        console.protect(connection.authentication());
        AccessReport report = new AccessCheck(connection, CollectionSettings.defaults(), null, console::progress).run();
        console.document(render(report));
        return report.complete() ? ExitCode.PASSED : ExitCode.COLLECTION_FAILED;
    }

    static String render(AccessReport report) {
        StringBuilder text = new StringBuilder("Microsoft Graph access")
                .append(report.tenantId() != null ? " for tenant " + report.tenantId() : "").append('\n');
        for (AccessReport.Access access : report.accesses()) {
            String outcome = access.granted() ? "read" : access.denied() ? "REFUSED" : "FAILED";
            text.append(String.format("  %-8s %-40s %s", outcome, access.resource(), access.permission()));
            if (!access.granted()) {
                text.append("  (HTTP ").append(access.error().status()).append(' ').append(access.error().code())
                        .append(')');
            }
            text.append('\n');
        }
        Set<String> missing = report.missingPermissions();
        if (report.complete()) {
            text.append("Every resource can be read.\n");
        }
        if (!missing.isEmpty()) {
            text.append("Missing application permissions (grant them and give admin consent): ")
                    .append(String.join(", ", missing)).append('\n')
                    .append("Until then, the actions that need them are reported as not evaluated (docs/graph.md lists "
                            + "the permissions per action).\n");
        }
        if (!report.otherFailures().isEmpty()) {
            text.append("Other failures are not a permission: a resource the tenant does not have (HTTP 404) is "
                    + "recorded as such and only its actions are not evaluated.\n");
        }
        return text.toString();
    }
}
