package io.github.securescore.check;

import io.github.securescore.gate.Gate;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One identity check as a front end asks for it.
 *
 * @param source           the tenant snapshot (file or live collection)
 * @param policyFile       the policy file, or null for none
 * @param extraGates       thresholds from the command line, POM or Jenkins step; they replace the
 *                         policy file's gate on the same metric
 * @param today            the day overrides' expiry is decided against: today, or the day a front end was
 *                         asked to evaluate as of ({@code --as-of}), so a past check stays reproducible
 * @param historyFile      the run history to compare with and append to, or null for none
 * @param reportDirectory  where report files go, or null for none
 * @param formats          which reports to write into {@code reportDirectory}
 * @param buildLabel       the build's id or label recorded in the history (e.g. "#42"), or null
 * @param packs            the packs to evaluate ({@code --pack}, POM, Jenkins step); they replace the
 *                         policy file's {@code packs}; empty for the policy's selection
 */
public record CheckRequest(SnapshotSource source, Path policyFile, List<Gate> extraGates, LocalDate today,
                           Path historyFile, Path reportDirectory, Set<ReportFormat> formats, String buildLabel,
                           List<String> packs) {

    public CheckRequest {
        extraGates = List.copyOf(extraGates);
        formats = Set.copyOf(formats);
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    public CheckRequest(SnapshotSource source, Path policyFile, List<Gate> extraGates, LocalDate today,
                        Path historyFile, Path reportDirectory, Set<ReportFormat> formats, String buildLabel) {
        this(source, policyFile, extraGates, today, historyFile, reportDirectory, formats, buildLabel, List.of());
    }

    /** This request with another pack selection. */
    public CheckRequest withPacks(List<String> selection) {
        return new CheckRequest(source, policyFile, extraGates, today, historyFile, reportDirectory, formats,
                buildLabel, selection);
    }

    /** A check with no history and no reports. */
    public static CheckRequest of(SnapshotSource source, Path policyFile, List<Gate> extraGates, LocalDate today) {
        return new CheckRequest(source, policyFile, extraGates, today, null, null, Set.of(), null);
    }
}
