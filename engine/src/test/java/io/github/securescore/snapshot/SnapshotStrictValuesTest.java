package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON types exactly as Graph documents them, one rule for every field: no string becomes a
 * number or a boolean, no number a boolean or a string; and the numbers a score is made of are
 * finite and in range. {@code null} where Graph allows it stays allowed.
 */
class SnapshotStrictValuesTest {

    private static final String HEAD = "{\"format\": \"identity-secure-score-snapshot/1\", \"resources\": {\n";

    @TempDir
    Path dir;

    private static String resource(String key, String entity) {
        return HEAD + "\"" + key + "\": {\"value\": [\n" + entity + "]}}}";
    }

    private static String singleton(String key, String entity) {
        return HEAD + "\"" + key + "\": " + entity + "}}";
    }

    static Stream<Arguments> wrongTypes() {
        String domain = "{\"id\": \"contoso.example\", \"authenticationType\": \"Managed\", \"isVerified\": true,"
                + " \"passwordValidityPeriodInDays\": 90}";
        String profile = "{\"id\": \"MFARegistrationV2\", \"maxScore\": 9, \"deprecated\": false}";
        String score = "{\"id\": \"s\", \"currentScore\": 10, \"maxScore\": 50, \"activeUserCount\": 3,"
                + " \"averageComparativeScores\": [{\"basis\": \"AllTenants\", \"averageScore\": 4.5}],"
                + " \"controlScores\": [{\"controlName\": \"c\", \"score\": 1}]}";
        String policy = "{\"id\": \"p\", \"state\": \"enabled\", \"conditions\": {\"users\": {\"includeUsers\": [\"All\"]},"
                + " \"clientAppTypes\": [\"all\"]}, \"grantControls\": {\"operator\": \"OR\", \"builtInControls\": [\"mfa\"]}}";
        return Stream.of(
                // strings where numbers or booleans are expected
                Arguments.of(resource("domains", domain.replace("90", "\"2147483647\"")),
                        "resources[\"domains\"].value[0].passwordValidityPeriodInDays", "expected a number"),
                Arguments.of(resource("domains", domain.replace("\"isVerified\": true", "\"isVerified\": \"true\"")),
                        "resources[\"domains\"].value[0].isVerified", "expected true, false or null"),
                Arguments.of(resource("users", "{\"id\": \"a\", \"accountEnabled\": \"true\"}"),
                        "resources[\"users\"].value[0].accountEnabled", "expected true, false or null"),
                Arguments.of(singleton("policies/identitySecurityDefaultsEnforcementPolicy", "{\"isEnabled\": \"false\"}"),
                        "resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].isEnabled", "expected true, false or null"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "\"9\"")),
                        "resources[\"security/secureScoreControlProfiles\"].value[0].maxScore", "expected a number"),
                // numbers where booleans are expected
                Arguments.of(resource("domains", domain.replace("\"isVerified\": true", "\"isVerified\": 7")),
                        "resources[\"domains\"].value[0].isVerified", "expected true, false or null"),
                Arguments.of(resource("reports/authenticationMethods/userRegistrationDetails",
                        "{\"id\": \"a\", \"isMfaRegistered\": 1}"),
                        "resources[\"reports/authenticationMethods/userRegistrationDetails\"].value[0].isMfaRegistered",
                        "expected true, false or null"),
                Arguments.of(singleton("policies/identitySecurityDefaultsEnforcementPolicy", "{\"isEnabled\": 1}"),
                        "resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].isEnabled", "expected true, false or null"),
                // numbers and booleans where strings are expected
                Arguments.of(resource("domains", domain.replace("\"Managed\"", "1")),
                        "resources[\"domains\"].value[0].authenticationType", "expected a string"),
                Arguments.of(resource("identity/conditionalAccess/policies", policy.replace("\"enabled\"", "true")),
                        "resources[\"identity/conditionalAccess/policies\"].value[0].state", "expected a string"),
                Arguments.of(resource("identity/conditionalAccess/policies", policy.replace("[\"All\"]", "[1]")),
                        "resources[\"identity/conditionalAccess/policies\"].value[0].conditions.users.includeUsers[0]",
                        "expected a string"),
                Arguments.of(resource("users", "{\"id\": 42}"), "resources[\"users\"].value[0].id", "expected a string"),
                Arguments.of(resource("users", "{\"id\": \"a\", \"userType\": 0}"),
                        "resources[\"users\"].value[0].userType", "expected a string"),
                Arguments.of(HEAD.replace("{\"format\"", "{\"tenantId\": 5, \"format\"") + "}}", "tenantId", "expected a string"),
                // a single value where an array is expected, a fraction where a whole number is
                Arguments.of(resource("identity/conditionalAccess/policies", policy.replace("[\"all\"]", "\"all\"")),
                        "resources[\"identity/conditionalAccess/policies\"].value[0].conditions.clientAppTypes",
                        "expected an array"),
                Arguments.of(resource("domains", domain.replace("90", "90.5")),
                        "resources[\"domains\"].value[0].passwordValidityPeriodInDays", "expected a whole number"),
                // numbers out of range or not finite
                Arguments.of(resource("domains", domain.replace("90", "2147483648")),
                        "resources[\"domains\"].value[0].passwordValidityPeriodInDays",
                        "expected a whole number from 0 to 2147483647, found 2147483648"),
                Arguments.of(resource("domains", domain.replace("90", "-1")),
                        "resources[\"domains\"].value[0].passwordValidityPeriodInDays", "expected a whole number from 0"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "\"NaN\"")),
                        "resources[\"security/secureScoreControlProfiles\"].value[0].maxScore", "expected a number, found the string \"NaN\""),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "1e400")),
                        "resources[\"security/secureScoreControlProfiles\"].value[0].maxScore",
                        "expected a finite number of points from 0 to 1000000, found 1e400"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "-1")),
                        "resources[\"security/secureScoreControlProfiles\"].value[0].maxScore", "from 0 to 1000000"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "1000001")),
                        "resources[\"security/secureScoreControlProfiles\"].value[0].maxScore", "from 0 to 1000000"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "NaN")),
                        null, "NaN is no JSON number; expected a finite number"),
                Arguments.of(resource("security/secureScoreControlProfiles", profile.replace("9", "-Infinity")),
                        null, "malformed JSON"),
                Arguments.of(resource("security/secureScores", score.replace("4.5", "1e400")),
                        "resources[\"security/secureScores\"].value[0].averageComparativeScores[0].averageScore",
                        "expected a finite number of points"),
                Arguments.of(resource("security/secureScores", score.replace("\"score\": 1", "\"score\": -0.5")),
                        "resources[\"security/secureScores\"].value[0].controlScores[0].score", "expected a finite number of points"),
                Arguments.of(resource("security/secureScores", score.replace("\"currentScore\": 10", "\"currentScore\": 1e309")),
                        "resources[\"security/secureScores\"].value[0].currentScore", "expected a finite number of points"),
                Arguments.of(resource("security/secureScores", score.replace("3", "-3")),
                        "resources[\"security/secureScores\"].value[0].activeUserCount", "expected a whole number"),
                // Graph's error record: the status is a whole number, code and message strings
                Arguments.of(HEAD + "\"domains\": {\"error\": {\"status\": \"403\"}}}}",
                        "resources[\"domains\"].error.status", "expected the HTTP status as a number"),
                Arguments.of(HEAD + "\"domains\": {\"error\": {\"status\": 403.5}}}}",
                        "resources[\"domains\"].error.status", "expected the HTTP status as a number"),
                Arguments.of(HEAD + "\"domains\": {\"error\": {\"status\": 403, \"code\": 7}}}}",
                        "resources[\"domains\"].error.code", "expected a string or null, found a number"),
                // Graph answers a resource or an error, never both: such a record cannot be decided on
                Arguments.of(HEAD + "\"domains\": {\"value\": [], \"error\": {\"status\": 403}}}}",
                        "resources[\"domains\"]", "found both"),
                Arguments.of(HEAD + "\"policies/authorizationPolicy\": {\"error\": {\"status\": 403},"
                        + " \"defaultUserRolePermissions\": {}}}}",
                        "resources[\"policies/authorizationPolicy\"]", "an error record with \"defaultUserRolePermissions\""),
                // security defaults decide three actions: a missing isEnabled is not "off"
                Arguments.of(HEAD + "\"policies/identitySecurityDefaultsEnforcementPolicy\": {\"id\": \"x\"}}}",
                        "resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].isEnabled", "it is missing"),
                Arguments.of(HEAD + "\"policies/identitySecurityDefaultsEnforcementPolicy\": {\"isEnabled\": null}}}",
                        "resources[\"policies/identitySecurityDefaultsEnforcementPolicy\"].isEnabled", "it is missing"),
                // a null entry Graph never sends, in an array a record copies
                Arguments.of(resource("subscribedSkus", "{\"skuId\": \"s\", \"servicePlans\": [null]}"),
                        "resources[\"subscribedSkus\"].value[0]", "with no null entries"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void rejected(String json, String field, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("snapshot.json"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SnapshotReader().read(file));
        if (field != null) {
            assertEquals(field, e.field(), e.getMessage());
        }
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
        SnapshotMessagesTest.assertOwnWords(e);
    }

    @Test
    void nullWhereGraphAllowsItAndIntegersForFractionsStayAllowed() throws IOException {
        String json = HEAD + "\"domains\": {\"value\": [{\"id\": \"d\", \"authenticationType\": null, \"isVerified\": null,"
                + " \"passwordValidityPeriodInDays\": null}]},\n"
                + "\"security/secureScoreControlProfiles\": {\"value\": [{\"id\": \"c\", \"maxScore\": 10, \"deprecated\": null},"
                + " {\"id\": \"d\", \"maxScore\": 1000000}, {\"id\": \"e\", \"maxScore\": null}]},\n"
                + "\"users\": {\"value\": [{\"id\": \"u\", \"accountEnabled\": null, \"userType\": null, \"displayName\": null}]},\n"
                + "\"domains2\": {\"value\": [{\"x\": \"1\"}]},\n"
                + "\"policies/identitySecurityDefaultsEnforcementPolicy\": {\"isEnabled\": false}}}";
        TenantSnapshot snapshot = new SnapshotReader().read(Files.writeString(dir.resolve("ok.json"), json));
        assertEquals(10.0, snapshot.controlProfiles().get(0).maxScore());
        assertEquals(null, snapshot.domains().get(0).passwordValidityPeriodInDays());
        assertFalse(snapshot.securityDefaults().orElseThrow().enabled());
    }
}
