package io.github.securescore;

import java.util.Locale;

/**
 * The one rule for text that comes from files and tenants (names, ids, quoted values) on its way
 * to a terminal, a log or a report. A character is <em>unsafe</em> when a terminal, a CI log
 * parser or a text renderer acts on it instead of showing it: the C0 controls (line breaks, tab,
 * ESC, BEL...), DEL, the C1 controls (0x80–0x9F, e.g. CSI), the line and paragraph separators
 * U+2028/U+2029, and the Unicode bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), which reorder what is shown so that a name can hide or fake text after it.
 * An unsafe character is written as a visible escape, {@code \u001B}, so a value read back from
 * a message still shows what the file held and no line break or escape sequence gets through:
 * a value {@code "x\n::error::..."} cannot start a line, so it cannot become a CI workflow command.
 */
public final class UntrustedText {

    private UntrustedText() {
    }

    /** Whether {@code ch} must not reach output raw (see the class comment for the list). */
    public static boolean isUnsafe(char ch) {
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || ch == '\u2028' || ch == '\u2029' || isBidiControl(ch);
    }

    /** The Unicode bidirectional formatting characters (embeddings, overrides, isolates, marks). */
    public static boolean isBidiControl(char ch) {
        return ch == '\u061C' || ch == '\u200E' || ch == '\u200F' || (ch >= '\u202A' && ch <= '\u202E')
                || (ch >= '\u2066' && ch <= '\u2069');
    }

    /** The visible form of one unsafe character: {@code \u001B}. */
    public static String escape(char ch) {
        return String.format(Locale.ROOT, "\\u%04X", (int) ch);
    }

    /**
     * {@code text} as one line of a terminal or log: every unsafe character (line breaks and tabs
     * included) escaped visibly; null becomes the empty string.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isUnsafe(ch)) {
                sb.append(escape(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Multi-line text whose line breaks are its own structure (a stack trace, a block of lines):
     * each line as {@link #line(String)}, joined with {@code \n}. A CR before a line feed is
     * dropped; any other CR is escaped, since it rewrites the line on a terminal.
     */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.split("\r?\n", -1);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(line(parts[i]));
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
