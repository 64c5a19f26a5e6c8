package io.github.securescore.report;

/** What the Chromium tests ask of a screenshot's pixels and of the page's text. */
final class ScreenshotChecks {

    private ScreenshotChecks() {
    }

    /** Whether {@code rgb} is {@code target} within {@code tolerance} on each channel (anti-aliasing, colour profiles). */
    static boolean near(int rgb, int target, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= tolerance
                && Math.abs((rgb & 0xff) - (target & 0xff)) <= tolerance;
    }

    /** How often {@code part} occurs in {@code text}, overlaps included. */
    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
