package io.github.securescore.jenkins.model;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.gate.Gate;
import io.github.securescore.snapshot.SnapshotSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A real check of the small test tenant (no Jenkins needed). */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private Fixtures() {
    }

    static Path smallTenant() {
        try {
            return Path.of(Fixtures.class.getResource("small-tenant.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CheckResult check(List<Gate> gates) {
        return new IdentityCheck().run(CheckRequest.of(SnapshotSource.file(smallTenant()), null, gates, TODAY));
    }
}
