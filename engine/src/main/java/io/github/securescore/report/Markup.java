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
     * Inline Markdown (a table cell, a list item, a line), escaped only where a character would
     * otherwise do something: {@code \ ` * [ ] ~} always, {@code _} unless inside a word (CommonMark
     * never opens or closes emphasis there: {@code Authorization_RequestDenied} stays as written),
     * {@code <} unless it reads as a comparison ({@code <} or {@code <=} before a space or the end: no
     * tag or autolink can start so), {@code &} before what reads as an entity, {@code |} (a cell stays a cell), the {@code
     * :} of {@code ://} and the {@code .} of {@code www.} (no bare-URL autolink), {@code @} between
     * word characters (no e-mail autolink), and a leading {@code # > + - =} or {@code 1.} (no heading,
     * quote or list). Everything else stays as written, so the raw text reads cleanly in logs and PR
     * comments. Line breaks become spaces: a name must not end a table row.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\n', '\r', '\t' -> sb.append(' ');
                case '\\', '`', '*', '[', ']', '~', '|' -> sb.append('\\').append(ch);
                case '_' -> sb.append(between(text, i) ? "_" : "\\_");
                case '<' -> sb.append(comparison(text, i + 1) ? "<" : "\\<");
                case '&' -> sb.append(entityFollows(text, i + 1) ? "\\&" : "&");
                case ':' -> sb.append(text.startsWith("//", i + 1) ? "\\:" : ":");
                case '.' -> sb.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
                case '@' -> sb.append(i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetterOrDigit(text.charAt(i + 1)) ? "\\@" : "@");
                default -> sb.append(UntrustedText.isUnsafe(ch) ? "\\" + UntrustedText.escape(ch) : String.valueOf(ch));
            }
        }
        return escapeLeadingSyntax(sb);
    }

    /** An underscore with a letter or digit on both sides. */
    private static boolean between(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** What follows a {@code <} at {@code from}: optional {@code =}, then a space or the end. */
    private static boolean comparison(String text, int from) {
        int at = from < text.length() && text.charAt(from) == '=' ? from + 1 : from;
        return at >= text.length() || text.charAt(at) == ' ';
    }

    /**
     * A code span for a table cell: shows the text exactly (no Markdown, no HTML, no autolink
     * inside), reads cleanly raw. The fence is longer than any run of backticks in the text; a
     * pipe is escaped because GitHub splits table cells on it even inside code.
     */
    static String markdownCode(String text) {
        String clean = text == null ? "" : neutral(text).replace('\n', ' ').replace('\r', ' ')
                .replace('\t', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < clean.length(); i++) {
            run = clean.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
        return fence + pad + clean + pad + fence;
    }

    /** Control and bidi characters as visible escapes (the untrusted-text rule). */
    private static String neutral(String text) {
        return UntrustedText.line(text);
    }

    /** A line starting with these would become a heading, a quote, a list item or a setext underline. */
    private static String escapeLeadingSyntax(StringBuilder sb) {
        int first = 0;
        while (first < sb.length() && sb.charAt(first) == ' ') {
            first++;
        }
        if (first < sb.length()) {
            char ch = sb.charAt(first);
            if (ch == '#' || ch == '>' || ch == '+' || ch == '-' || ch == '=') {
                sb.insert(first, '\\');
            } else if (Character.isDigit(ch)) {
                int end = first;
                while (end < sb.length() && Character.isDigit(sb.charAt(end))) {
                    end++;
                }
                if (end < sb.length() && (sb.charAt(end) == '.' || sb.charAt(end) == ')')) {
                    sb.insert(end, '\\');
                }
            }
        }
        return sb.toString();
    }

    /** "&amp;", "&#60;", "&#x3c;": what a renderer would turn into a character. */
    private static boolean entityFollows(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == ';';
    }

    /** Embedding, override and isolate controls: they reorder what a reader sees (Trojan Source). */
    static boolean bidiControl(char ch) {
        return (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')
                || ch == '\u200E' || ch == '\u200F' || ch == '\u061C';
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
