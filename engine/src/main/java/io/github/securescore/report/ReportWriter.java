package io.github.securescore.report;

import io.github.securescore.FileReplacement;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes reports into a directory, each through a temp file and an atomic rename, so a reader
 * (Jenkins archiving, a browser) sees the old report or the new one, never half of one.
 */
public final class ReportWriter {

    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    public ReportWriter() {
        for (ReportRenderer r : List.of(new HtmlReport(), new JsonReport(), new JunitReport(), new MarkdownReport())) {
            renderers.put(r.format(), r);
        }
    }

    public ReportRenderer renderer(ReportFormat format) {
        return renderers.get(format);
    }

    /**
     * Writes {@code formats} in their enum order; returns the report files written. With HTML, its
     * style sheet {@link HtmlReport#STYLESHEET_FILE} is written beside it (an asset, not in the list).
     * All or nothing: every report is rendered and staged before the first one is moved into place.
     */
    public List<Path> write(ReportData data, Path directory, Set<ReportFormat> formats) {
        try (StagedReports staged = stage(data, directory, formats)) {
            return staged.publish();
        }
    }

    /**
     * Renders {@code formats} and writes them beside their targets without replacing anything yet;
     * {@link StagedReports#publish()} moves them in. A renderer's or the file system's failure leaves
     * the directory as it was.
     */
    public StagedReports stage(ReportData data, Path directory, Set<ReportFormat> formats) {
        Map<Path, String> files = new java.util.LinkedHashMap<>();
        List<Path> reports = new ArrayList<>();
        boolean html = false;
        for (ReportFormat format : ReportFormat.values()) {
            if (formats.contains(format)) {
                Path target = directory.resolve(format.fileName());
                files.put(target, renderer(format).render(data));
                reports.add(target);
                html |= format == ReportFormat.HTML;
            }
        }
        if (html) {
            // the linked style sheet: what styles the report where inline styles are blocked (Jenkins)
            files.put(directory.resolve(HtmlReport.STYLESHEET_FILE), HtmlReport.STYLESHEET);
        }
        return files.isEmpty() ? StagedReports.none() : StagedReports.stage(directory, files, reports);
    }

    /** Writes text to {@code target} through a temp file in the same directory and an atomic rename. */
    public static void writeAtomically(Path target, String text) {
        Path file = FileReplacement.resolve(target);
        try {
            Path temp = FileReplacement.tempBeside(file);
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                FileReplacement.replace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // an unwritable report directory is the user's input to fix, not a crash
            throw new InvalidInputException(target.toString(), 0, 0, null, "cannot be written: " + e);
        }
    }
}
