package io.github.securescore.maven;

import com.azure.core.credential.TokenCredential;
import io.github.securescore.graph.CollectionSettings;
import io.github.securescore.graph.GraphCollector;
import io.github.securescore.graph.GraphSnapshotSource;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one place that reaches Microsoft Graph: a live snapshot source for {@code check} and a
 * recorder for {@code snapshot}. Everything else in the plugin works on files.
 */
final class LiveTenant {

    private final TenantConnection connection;
    private final Consumer<String> progress;
    private final TokenCredential credential;

    /**
     * @param credential a token source to use instead of signing in as the connection says; null
     *                   in production (tests pass the test Graph server's)
     */
    LiveTenant(TenantConnection connection, Consumer<String> progress, TokenCredential credential) {
        this.connection = connection;
        this.progress = progress;
        this.credential = credential;
    }

    /** Collects the tenant when the check runs. */
    SnapshotSource source() {
        return new GraphSnapshotSource(connection, collector());
    }

    /** Records the tenant into {@code snapshotFile}: complete, or untouched. */
    void record(Path snapshotFile) {
        collector().record(snapshotFile);
    }

    private GraphCollector collector() {
        return new GraphCollector(connection, progress, CollectionSettings.defaults(), credential);
    }
}
