package io.github.securescore.graph;

import io.github.securescore.InvalidInputException;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.SnapshotSource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A live tenant as a {@link SnapshotSource}: records a snapshot to a temporary file with
 * {@link GraphCollector} and reads it back with the same {@link SnapshotReader} that reads
 * snapshot files, so live and offline evaluation are one code path.
 */
public final class GraphSnapshotSource implements SnapshotSource {

    private final TenantConnection connection;
    private final GraphCollector collector;

    public GraphSnapshotSource(TenantConnection connection, Consumer<String> progress) {
        this(connection, new GraphCollector(connection, progress));
    }

    public GraphSnapshotSource(TenantConnection connection, GraphCollector collector) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.collector = Objects.requireNonNull(collector, "collector");
    }

    @Override
    public TenantSnapshot load() {
        Path file = null;
        try {
            file = Files.createTempFile("identity-secure-score-", ".snapshot.json");
            collector.record(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return new SnapshotReader().read(in, describe());
            } catch (InvalidInputException e) {
                // Graph's answer, not the user's input: a collection failure (exit 3), never a decision on it
                boolean repeated = e.problem() != null && e.problem().contains(" is listed twice in ");
                throw new CollectionException("Microsoft Graph's answer cannot be used"
                        + (e.field() != null ? " at " + e.field() : "") + ": " + e.problem()
                        + (repeated ? " (the directory changed while it was read page by page; run the check again)"
                                : ""), e);
            }
        } catch (IOException e) {
            throw new CollectionException("cannot read back the recorded snapshot: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless: it holds no secrets
                }
            }
        }
    }

    @Override
    public String describe() {
        return "Microsoft Graph " + connection.graphRoot()
                + (connection.tenantId() != null ? " (tenant " + connection.tenantId() + ")" : "");
    }
}
