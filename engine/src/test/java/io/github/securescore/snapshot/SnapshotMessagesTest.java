package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser failure reads in the reader's words, with the file, a position and what was
 * expected: never Jackson's class, feature or limit names (users cannot act on
 * "enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS").
 */
class SnapshotMessagesTest {

    private static final List<String> JACKSON_WORDING = List.of("Jackson", "jackson", "JsonReadFeature",
            "StreamReadConstraints", "StreamReadFeature", "com.fasterxml", "java.lang.", "Cannot construct",
            "Cannot deserialize", "JsonToken", "[Source:", "`");

    private static final String HEAD = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\n";

    @TempDir
    Path dir;

    /** The message names the source and uses none of Jackson's wording. */
    static void assertOwnWords(InvalidInputException e) {
        for (String word : JACKSON_WORDING) {
            assertFalse(e.getMessage().contains(word), "'" + word + "' in: " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith(e.source()), e.getMessage());
    }

    static Stream<String> brokenInputs() {
        String users = HEAD + "\"users\": {\"value\": [{\"id\": \"a\", \"accountEnabled\": true}]}}}";
        return Stream.of(
                users.substring(0, users.length() - 5),                                  // cut short in an array
                users.substring(0, users.indexOf("true")),                               // cut short after a key
                users.replace("true", "NaN"),
                users.replace("true", "Infinity"),
                users.replace("true", "tru"),
                users.replace("true", "'yes'"),
                users.replace("true}", "true,}"),                                       // trailing comma
                users.replace("\"accountEnabled\"", "accountEnabled"),                   // unquoted key
                users.replace("\"a\"", "\"a\nb\""),                                      // raw line break in a string
                users.replace("\"a\"", "\"a\u0001\""),
                users.replace("true", "true /* comment */"),
                users.replace("true", "01"),
                users.replace("{\"id\"", "{\"id\" \"a\", \"x\""),                        // missing colon
                users.replace("]}}}", "]}}}}"),
                users.replace("]}}}", "}}}"),
                users.replace("\"a\"", "\"\\q\""),                                       // bad escape
                users.replace("\"a\"", "\"\\u12G4\""),
                HEAD + "\"domains\": {\"value\": [" + "[".repeat(1200) + "]".repeat(1200) + "]}}}",   // nesting depth
                HEAD + "\"users\": {\"value\": [{\"id\": \"a\", \"x\": " + "[".repeat(1200) + "]".repeat(1200) + "}]}}}",
                HEAD + "\"domains\": {\"value\": [{\"" + "k".repeat(60_000) + "\": 1}]}}}",           // name length
                HEAD + "\"domains\": {\"value\": [{\"id\": \"d\", \"passwordValidityPeriodInDays\": "
                        + "9".repeat(1_200) + "}]}}}",                                                // number length
                HEAD + "\"domains\": {\"value\": [{\"id\": \"d\", \"passwordValidityPeriodInDays\": 99999999999}]}}}",
                HEAD + "\"subscribedSkus\": {\"value\": [{\"skuId\": \"s\", \"servicePlans\": [null]}]}}}",
                HEAD + "\"security/secureScores\": {\"value\": [{\"id\": \"s\", \"controlScores\": [null]}]}}}",
                HEAD + "\"identity/conditionalAccess/policies\": {\"value\": [{\"id\": \"p\", \"conditions\": \"x\"}]}}}",
                HEAD + "\"identity/conditionalAccess/policies\": {\"value\": [{\"id\": \"p\", \"conditions\": []}]}}}",
                HEAD + "\"identity/conditionalAccess/policies\": {\"value\": [{\"id\": \"p\", \"conditions\": \"\"}]}}}",
                HEAD + "\"policies/identitySecurityDefaultsEnforcementPolicy\": {\"isEnabled\": \"\"}}}",
                HEAD + "\"policies/authorizationPolicy\": {\"defaultUserRolePermissions\": 5}}}",
                HEAD + "\"security/secureScores\": {\"value\": [{\"id\": \"s\", \"maxScore\": {}}]}}}",
                "\uFEFF\uFEFF{}",
                "{\"format\": \"identity-secure-score-snapshot/1\"} {\"resources\": {}}");
    }

    @ParameterizedTest
    @MethodSource("brokenInputs")
    void everyFailureInTheReadersWords(String json) throws IOException {
        Path file = Files.write(dir.resolve("broken.json"), json.getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        assertOwnWords(e);
        assertTrue(e.line() > 0 || e.field() != null || e.problem().contains("byte offset"), e.getMessage());
    }
}
