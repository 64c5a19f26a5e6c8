package io.github.securescore.report;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.snapshot.SnapshotSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes every report for a tenant whose user names, policy names, comparison basis, tenant id and
 * override owners carry script and markup payloads, after a previous run of the same tenant (so
 * "what changed" and the trend have content too).
 */
final class InjectionReports {

    static final String MARKER_ATTRIBUTE = "data-pwned";

    private InjectionReports() {
    }

    static Path resource(String name) {
        try {
            return Path.of(InjectionReports.class.getResource("/report/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CheckResult write(Path dir) {
        return write(dir, EnumSet.allOf(ReportFormat.class));
    }

    static CheckResult write(Path dir, Set<ReportFormat> formats) {
        Path history = dir.resolve("history.jsonl");
        IdentityCheck check = new IdentityCheck(ControlCatalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
        LocalDate today = LocalDate.parse("2026-11-01");
        check.run(new CheckRequest(SnapshotSource.file(resource("injection-snapshot-previous.json")),
                resource("injection-policy.yaml"), List.of(), today, history, null, Set.of(),
                "#1 <b>label</b>"));
        return check.run(new CheckRequest(SnapshotSource.file(resource("injection-snapshot.json")),
                resource("injection-policy.yaml"), List.of(), today, history, dir.resolve("reports"), formats,
                "#2\"><script>alert(2)</script>"));
    }
}
