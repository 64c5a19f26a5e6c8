package io.github.securescore.cli;

import io.github.securescore.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** History and report options shared by {@code check} and {@code report}. */
final class OutputOptions {

    /** The plain-text table on stdout; not a file format. */
    static final String TEXT = "text";

    @Option(names = "--history", paramLabel = "FILE",
            description = "Run history (JSON Lines): compared with (drop gate, what changed) and appended to.")
    Path history;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Directory the report files are written to.")
    Path reportDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "text (default: the table on stdout), json (on stdout without --report-dir), html, junit, markdown; "
                    + "comma-separated.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--build-label", paramLabel = "LABEL",
            description = "The build's id or label recorded in the history, e.g. #42 (default: $BUILD_NUMBER, "
                    + "$GITHUB_RUN_NUMBER or $CI_PIPELINE_IID when set).")
    String buildLabel;

    /** Whether the user asked for {@code text}, or nothing (text is the default). */
    boolean text() {
        return formats.isEmpty() || formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase(TEXT));
    }

    /** The file formats asked for; fails on an unknown name. */
    Set<ReportFormat> fileFormats(CommandSpec spec) {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            if (name.trim().equalsIgnoreCase(TEXT)) {
                continue;
            }
            result.add(ReportFormat.parse(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--format: unknown format '" + name.trim() + "'; expected text, html, json, junit or markdown")));
        }
        return result;
    }

    String buildLabel() {
        if (buildLabel != null) {
            return buildLabel;
        }
        for (String variable : List.of("BUILD_NUMBER", "GITHUB_RUN_NUMBER", "CI_PIPELINE_IID")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return "#" + value.trim();
            }
        }
        return null;
    }

    static String names(Set<ReportFormat> formats) {
        return String.join(", ", formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
