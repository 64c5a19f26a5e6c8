package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated cases: random secrets with {@code ~+/=%&}, spaces and non-ASCII characters, echoed
 * back URL-encoded, JSON-escaped or base64-encoded (alone, or inside a longer base64 value at every
 * byte offset), between random text. After redaction the secret can be read back in none of them.
 */
class SecretEncodingsTest {

    private static final String ALPHABET = "abcXYZ0189~+/=%& .-_\u00fc\u00f1\u20ac\ud83d\ude00";
    private static final int CASES = 300;

    private static String secret(Random random) {
        int[] codePoints = ALPHABET.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        int length = 8 + random.nextInt(33);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        // the redactor trims nothing, but a secret read from a file is trimmed: no blank ends
        return "s" + sb + "e";
    }

    private static String around(Random random, String form) {
        return "before " + random.nextInt(1000) + " " + form + " after";
    }

    /** Every form the secret is echoed in, each case one of them (named for the report). */
    private static List<String[]> echoes(String secret, Random random) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        List<String[]> forms = new ArrayList<>();
        forms.add(new String[] {"raw", secret});
        forms.add(new String[] {"url", url});
        forms.add(new String[] {"url lower-case hex", lowerHex(url)});
        forms.add(new String[] {"url with %7E and %20", url.replace("~", "%7E").replace("+", "%20")});
        forms.add(new String[] {"url keeping ~ / =", url.replace("%7E", "~").replace("%2F", "/").replace("%3D", "=")});
        forms.add(new String[] {"json every char escaped", jsonEscaped(secret, true)});
        forms.add(new String[] {"json lower-case, slash as \\/", jsonEscaped(secret, false)});
        forms.add(new String[] {"base64", Base64.getEncoder().encodeToString(bytes)});
        forms.add(new String[] {"base64 url-safe unpadded", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)});
        for (int offset = 0; offset < 6; offset++) {
            byte[] longer = new byte[offset + bytes.length + random.nextInt(6)];
            random.nextBytes(longer);
            System.arraycopy(bytes, 0, longer, offset, bytes.length);
            forms.add(new String[] {"inside base64 at byte " + offset, Base64.getEncoder().encodeToString(longer)});
            forms.add(new String[] {"inside url-safe base64 at byte " + offset,
                Base64.getUrlEncoder().withoutPadding().encodeToString(longer)});
        }
        forms.add(new String[] {"base64 then url-encoded",
            URLEncoder.encode(Base64.getEncoder().encodeToString(bytes), StandardCharsets.UTF_8)});
        return forms;
    }

    private static String lowerHex(String url) {
        StringBuilder sb = new StringBuilder(url);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '%') {
                sb.replace(i + 1, i + 3, sb.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    private static String jsonEscaped(String secret, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (char ch : secret.toCharArray()) {
            if (ch == '/' && !upper) {
                sb.append("\\/");
            } else if (upper || ch > 0x7E || "~+=%&".indexOf(ch) >= 0) {
                String hex = String.format(Locale.ROOT, "%04X", (int) ch);
                sb.append("\\u").append(upper ? hex : hex.toLowerCase(Locale.ROOT));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> noEncodingOfARandomSecretSurvivesRedaction() {
        Random random = new Random(4242);
        return IntStream.range(0, CASES).mapToObj(n -> {
            String secret = secret(random);
            List<String[]> forms = echoes(secret, random);
            String[] form = forms.get(n % forms.size());
            String text = around(random, form[1]);
            return DynamicTest.dynamicTest(n + ": " + form[0], () -> {
                assertTrue(readable(text, secret), "the case plants a readable secret: " + text);
                String redacted = SecretRedactor.of(List.of(Secret.of(secret))).redact(text);
                assertTrue(redacted.contains(SecretRedactor.MASK), form[0] + ": " + redacted);
                assertFalse(readable(redacted, secret), form[0] + ": the secret can be read back from " + redacted);
                assertTrue(redacted.startsWith("before ") && redacted.endsWith(" after"), redacted);
            });
        });
    }

    /** Whether {@code secret} can be read from {@code text}: as it is, URL- or JSON-decoded, or base64-decoded at any alignment. */
    static boolean readable(String text, String secret) {
        for (String decoded : List.of(text, urlDecoded(text), jsonDecoded(text))) {
            if (decoded.contains(secret) || inBase64(decoded, secret)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBase64(String text, String secret) {
        byte[] target = secret.getBytes(StandardCharsets.UTF_8);
        String normal = text.replace('-', '+').replace('_', '/').replaceAll("[^A-Za-z0-9+/]", " ");
        for (String run : normal.split(" ")) {
            for (int start = 0; start < Math.min(4, run.length()); start++) {
                String part = run.substring(start);
                // an unpadded end: pad what decodes, drop a lone character
                part = part.length() % 4 == 1 ? part.substring(0, part.length() - 1)
                        : part + "==".substring(0, (4 - part.length() % 4) % 4);
                if (contains(Base64.getDecoder().decode(part), target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String urlDecoded(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String jsonDecoded(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length() && text.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (text.startsWith("\\/", i)) {
                sb.append('/');
                i++;
            } else {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean contains(byte[] data, byte[] target) {
        for (int i = 0; i + target.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + target.length, target, 0, target.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void textWithoutTheSecretIsLeftAlone() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            String secret = secret(random);
            byte[] noise = new byte[64];
            random.nextBytes(noise);
            String text = "id " + Base64.getEncoder().encodeToString(noise) + " q=" + URLEncoder.encode(
                    secret.substring(1, secret.length() / 2), StandardCharsets.UTF_8) + " \\u0041\\/x";
            assertEquals(text, SecretRedactor.of(List.of(Secret.of(secret))).redact(text));
        }
    }

    @Test
    void theConnectionRedactionMasksEncodingsToo() {
        String secret = "zq8~Xv4+sec/ret=";
        Redaction redaction = Redaction.of(new TenantConnection("t", "c", NationalCloud.GLOBAL,
                new Authentication.ClientSecret(Secret.of(secret)), null));

        assertEquals("body client_secret=****&x", redaction.apply("body client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8) + "&x"));
    }
}
