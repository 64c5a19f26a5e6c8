package io.github.securescore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one rule for untrusted text: which characters are escaped, how, and that nothing else changes. */
class UntrustedTextTest {

    private static boolean expectedUnsafe(char ch) {
        return ch <= 0x1F || (ch >= 0x7F && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || ch == 0x061C
                || ch == 0x200E || ch == 0x200F || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
    }

    @Test
    void everyCharacterIsKeptOrEscapedVisibly() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String line = UntrustedText.line(String.valueOf(ch));
            if (expectedUnsafe(ch)) {
                assertEquals(String.format("\\u%04X", c), line, "U+" + Integer.toHexString(c));
            } else {
                assertEquals(String.valueOf(ch), line, "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void generatedTextKeepsItsSafeCharactersInOrderAndLosesEveryUnsafeOne() {
        Random random = new Random(16);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                char ch = random.nextBoolean() ? (char) random.nextInt(0x30) : (char) (0x2000 + random.nextInt(0x80));
                text.append(ch);
                expected.append(expectedUnsafe(ch) ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
            }
            assertEquals(expected.toString(), UntrustedText.line(text.toString()));
            String lines = UntrustedText.lines(text.toString());
            assertTrue(lines.chars().noneMatch(ch -> ch != '\n' && expectedUnsafe((char) ch)), lines);
        }
    }

    @Test
    void linesKeepsLineFeedsAndDropsTheCarriageReturnOfCrLfOnly() {
        assertEquals("a\nb\\u000Dc\n", UntrustedText.lines("a\r\nb\rc\n"));
        assertEquals("", UntrustedText.line(null));
    }

    @Test
    void anInvalidInputMessageQuotingFileContentIsOneNeutralLine() {
        InvalidInputException e = new InvalidInputException("snap\u202E.json", 1, 12, "format",
                "unknown format 'x\n::error title=pwned::INJECTED\u001b]0;t\u0007'");

        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\u001b") || e.getMessage().contains("\u202E"),
                e.getMessage());
        assertEquals("snap\\u202E.json (line 1, column 12, format): unknown format "
                + "'x\\u000A::error title=pwned::INJECTED\\u001B]0;t\\u0007'", e.getMessage());
    }
}
