package io.github.securescore.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes a secret takes when a library echoes it back: as it is; URL-encoded (a form body,
 * a query: {@code %7E} or {@code ~}, upper- or lower-case hex, {@code +} or {@code %20} for a
 * space, any mix); JSON-escaped ({@code \u002F}, {@code \/}); and base64, standard or URL-safe,
 * padded or not, alone or inside a longer base64 string (a Basic header, a token), whatever its
 * byte offset there. One pattern matches them all.
 *
 * <p>Base64 of a secret that starts at byte offset {@code k} of a longer value: the characters
 * that depend on the secret's bytes alone are the same for every {@code k} with the same
 * {@code k mod 3}, so three "cores" (one per offset) are matched. A core leaves out up to three
 * characters at each end, which mix in bits of the neighbouring bytes: fewer than two bytes of
 * the secret stay visible, never the secret.
 */
final class SecretForms {

    /** Shorter base64 cores would match by chance in long logs. */
    static final int MINIMUM_CORE = 8;

    private SecretForms() {
    }

    /** One pattern for every form of every secret, longest form first. */
    static Pattern pattern(List<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            forms.add(secret);
            forms.addAll(base64(secret.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> ordered = new ArrayList<>(forms);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String form : ordered) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append(encoded(form));
        }
        return Pattern.compile(regex.toString());
    }

    /** The secret's base64 (both alphabets, with and without padding) and its cores at offsets 0, 1 and 2. */
    static List<String> base64(byte[] secret) {
        List<String> forms = new ArrayList<>();
        String padded = Base64.getEncoder().encodeToString(secret);
        forms.add(padded);
        forms.add(urlSafe(padded));
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + secret.length];
            System.arraycopy(secret, 0, shifted, offset, secret.length);
            String text = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            // offset 1: the first two characters hold bits of the byte before; offset 2: the first three
            int from = offset == 0 ? 0 : offset + 1;
            // a last group of one or two bytes ends in a character that holds bits of the byte after
            int to = shifted.length % 3 == 0 ? text.length() : text.length() - 1;
            if (to - from >= MINIMUM_CORE) {
                String core = text.substring(from, to);
                forms.add(core);
                forms.add(urlSafe(core));
            }
        }
        return forms;
    }

    private static String urlSafe(String base64) {
        return base64.replace('+', '-').replace('/', '_');
    }

    /** A regex for {@code form} in which each character may appear as it is, percent-encoded or JSON-escaped. */
    static String encoded(String form) {
        StringBuilder regex = new StringBuilder("(?:");
        form.codePoints().forEach(cp -> {
            regex.append("(?:").append(literal(cp));
            regex.append('|').append(percent(cp));
            regex.append('|').append(jsonEscape(cp));
            if (cp == ' ') {
                regex.append("|\\+");
            }
            if (cp == '/') {
                regex.append("|\\\\/");
            }
            if (cp == '"' || cp == '\\') {
                regex.append("|\\\\").append(literal(cp));
            }
            regex.append(')');
        });
        return regex.append(')').toString();
    }

    private static String literal(int cp) {
        if (cp < 0x80 && !Character.isLetterOrDigit(cp)) {
            return "\\" + (char) cp;
        }
        return new String(Character.toChars(cp));
    }

    /** The UTF-8 bytes as %XX, hex digits in either case. */
    private static String percent(int cp) {
        StringBuilder regex = new StringBuilder();
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            regex.append('%').append(hex(String.format(Locale.ROOT, "%02X", b & 0xFF)));
        }
        return regex.toString();
    }

    /** The UTF-16 units as JSON's backslash-u escape, hex digits in either case. */
    private static String jsonEscape(int cp) {
        StringBuilder regex = new StringBuilder();
        for (char unit : Character.toChars(cp)) {
            regex.append("\\\\u").append(hex(String.format(Locale.ROOT, "%04X", (int) unit)));
        }
        return regex.toString();
    }

    private static String hex(String digits) {
        StringBuilder regex = new StringBuilder();
        for (char d : digits.toCharArray()) {
            if (Character.isLetter(d)) {
                regex.append('[').append(d).append(Character.toLowerCase(d)).append(']');
            } else {
                regex.append(d);
            }
        }
        return regex.toString();
    }
}
