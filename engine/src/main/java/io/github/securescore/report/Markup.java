package io.github.securescore.report;

import io.github.securescore.UntrustedText;
import java.util.Locale;

/**
 * Escaping of tenant strings for each output language, in one place so that every renderer
 * escapes the same way. Control characters (other than tab and line breaks) and bidi controls never
 * reach a report raw: XML 1.0 cannot carry the former, terminals act on them, and the latter reorder
 * what a reader sees. They are written as {@link UntrustedText}'s visible escape.
 */
final class Markup {

    private Markup() {
    }

    /** Text or a quoted attribute value in HTML or XML. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                // the same characters to a parser, but a value never breaks the file's own lines
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (UntrustedText.isUnsafe(ch)) {
                        sb.append(UntrustedText.escape(ch));
                    } else if (Character.isSurrogate(ch) && !validSurrogate(text, i)) {
                        sb.append('?');
                    } else if (ch == '\uFFFE' || ch == '\uFFFF') {
                        sb.append('?');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * Inline Markdown (a table cell or a line): Markdown punctuation is backslash-escaped, so a name
     * cannot open a link, an image, emphasis or a code span, and {@code <} {@code >} {@code &} become
     * entities, so no raw HTML gets through (GitHub renders inline HTML in comments). Line breaks
     * become spaces: a name must not end a table row.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\r', '\t' -> sb.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', ':', '@' ->
                        sb.append('\\').append(ch);
                default -> sb.append(UntrustedText.isUnsafe(ch) ? "\\" + UntrustedText.escape(ch) : String.valueOf(ch));
            }
        }
        return sb.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A number without needless decimals: 10, 7.5, 3.33. */
    static String points(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    static String signed(double value) {
        return (value > 0 ? "+" : "") + points(value);
    }
}
