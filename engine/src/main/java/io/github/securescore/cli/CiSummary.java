package io.github.securescore.cli;

import io.github.securescore.InvalidInputException;
import io.github.securescore.report.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where {@code check} puts its Markdown summary besides the report directory: appended to
 * {@code $GITHUB_STEP_SUMMARY} (GitHub Actions sets it for every step; its presence is the
 * signal) and written to {@code --summary-file}. Both happen also when a gate failed, since that
 * is when the summary is read; the targets are checked before the check runs, so a bad target is
 * a usage error that changes nothing on disk.
 */
record CiSummary(Path stepSummary, Path summaryFile) {

    static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    static CiSummary of(Map<String, String> env, Path summaryFile) {
        String step = env.get(GITHUB_STEP_SUMMARY);
        return new CiSummary(step == null || step.isBlank() ? null : Path.of(step.trim()), summaryFile);
    }

    boolean wanted() {
        return stepSummary != null || summaryFile != null;
    }

    /** Fails with the target's name when it could not be written, before anything else is. */
    void checkWritable() {
        if (stepSummary != null) {
            requireWritable(stepSummary, "$" + GITHUB_STEP_SUMMARY);
        }
        if (summaryFile != null) {
            requireWritable(summaryFile, "--summary-file");
        }
    }

    /** Appends to the step summary (never truncating what earlier steps wrote) and replaces the summary file. */
    List<Path> write(String markdown) {
        List<Path> written = new ArrayList<>();
        if (stepSummary != null) {
            try {
                // a blank line first, so a second summary in the same job does not continue the first one's table
                boolean hasContent = Files.exists(stepSummary) && Files.size(stepSummary) > 0;
                Files.writeString(stepSummary, (hasContent ? "\n" : "") + markdown, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new InvalidInputException(stepSummary.toString(), 0, 0, "$" + GITHUB_STEP_SUMMARY,
                        "cannot be appended to: " + e);
            }
            written.add(stepSummary);
        }
        if (summaryFile != null) {
            ReportWriter.writeAtomically(summaryFile, markdown);
            written.add(summaryFile);
        }
        return written;
    }

    private static void requireWritable(Path file, String what) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(file.toString(), 0, 0, what, "is a directory; expected a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)
                || (Files.exists(file) && !Files.isWritable(file))) {
            throw new InvalidInputException(file.toString(), 0, 0, what, "cannot be written");
        }
    }
}
