package io.github.securescore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTextTest {

    @Test
    void titleSummaryAndRankedText() {
        ChecksText checks = ChecksText.of("Identity Secure Score", 72.54, "UNSTABLE", List.of(
                new ChecksText.GateLine("PASSED", "score >= 70%: actual 72.54% -> PASSED"),
                new ChecksText.GateLine("UNSTABLE", "AdminMFAV2 >= 100%: actual 50% (To address) -> UNSTABLE")),
                List.of("Require MFA for administrators (+5 points)", "Enable self-service password reset"));

        assertEquals("Identity Secure Score 72.5 % — UNSTABLE", checks.title());
        assertEquals("- **PASSED** score >= 70%: actual 72.54% -> PASSED\n"
                + "- **UNSTABLE** AdminMFAV2 >= 100%: actual 50% (To address) -> UNSTABLE\n", checks.summary());
        assertEquals("## Next steps\n\n1. Require MFA for administrators (+5 points)\n"
                + "2. Enable self-service password reset\n", checks.text());
    }

    @Test
    void saysSoWhenThereIsNothingToList() {
        ChecksText checks = ChecksText.of("ISS", 100, "PASS", List.of(), List.of());
        assertEquals("No gates were configured.\n", checks.summary());
        assertTrue(checks.text().contains("Nothing left to improve"));
    }

    /** A tenant's policy name in a next step must not become a link, HTML or a heading. */
    @Test
    void escapesTenantText() {
        ChecksText checks = ChecksText.of("# [x](https://evil)", 50, "FAIL",
                List.of(new ChecksText.GateLine("FAILED", "<img src=x> *bold*")),
                List.of("Fix policy [click](https://evil.example) \u202Egnp.exe"));
        assertFalse(checks.title().startsWith("#"), checks.title());
        assertTrue(checks.summary().contains("\\<img src=x> \\*bold\\*"), checks.summary());
        assertTrue(checks.text().contains("\\[click\\](https\\://evil.example)"), checks.text());
        assertFalse(checks.text().contains("\u202E"), "bidi controls are shown as escapes");
    }
}
