package io.github.securescore.maven;

import io.github.securescore.graph.TenantConnection;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place that reaches Microsoft Graph: a live snapshot source for {@code check} and a
 * recorder for {@code snapshot}. Everything else in the plugin works on files.
 */
final class LiveTenant {

    private final TenantConnection connection;
    private final Consumer<String> progress;

    LiveTenant(TenantConnection connection, Consumer<String> progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Collects the tenant when the check runs. */
    SnapshotSource source() throws MojoExecutionException {
        // UNFINISHED: needs engine API io.github.securescore.graph.GraphSnapshotSource(TenantConnection,
        // Consumer<String>) from branch graph; then: return new GraphSnapshotSource(connection, progress);
        throw notAvailable();
    }

    /** Records the tenant into {@code snapshotFile}. */
    void record(Path snapshotFile) throws MojoExecutionException {
        // UNFINISHED: needs engine API io.github.securescore.graph.GraphCollector(TenantConnection,
        // Consumer<String>).record(Path) from branch graph; then: new GraphCollector(connection, progress).record(snapshotFile);
        throw notAvailable();
    }

    private MojoExecutionException notAvailable() {
        return new MojoExecutionException("Reading tenant " + connection.tenantId() + " live from Microsoft Graph is not"
                + " available in this build of the plugin yet; record a snapshot with the CLI and set"
                + " identitySecureScore.snapshot instead");
    }
}
