package io.github.securescore.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report files a check can write. */
public enum ReportFormat {
    HTML("identity-secure-score.html"),
    JSON("identity-secure-score.json"),
    JUNIT("TEST-identity-secure-score.xml"),
    MARKDOWN("identity-secure-score.md");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file name the report gets in the report directory. */
    public String fileName() {
        return fileName;
    }

    /** "html", "json", "junit", "markdown" (or "md"), any case. */
    public static Optional<ReportFormat> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("md")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
