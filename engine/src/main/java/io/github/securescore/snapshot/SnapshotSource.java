package io.github.securescore.snapshot;

import java.nio.file.Path;

/** Where a tenant snapshot comes from: a file, or a live collection from Microsoft Graph. */
public interface SnapshotSource {

    /** Reads (or collects) the snapshot. */
    TenantSnapshot load();

    /** What to call this source in logs and reports. */
    String describe();

    static SnapshotSource file(Path file) {
        return new SnapshotSource() {
            @Override
            public TenantSnapshot load() {
                return new SnapshotReader().read(file);
            }

            @Override
            public String describe() {
                return file.toString();
            }
        };
    }
}
