package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated: for every field of the snapshot /2 resources (recommendations, tenant secure scores,
 * the SCuBA policies, PIM, users' on-premises fields, CA authentication strengths), each mutation
 * is planted into one valid snapshot: the key twice, a value of another JSON type, and for the
 * fields a decision turns on, the value missing or an unknown enum value. Every mutant must be an
 * {@link InvalidInputException} naming the field and a line; fields no reader binds are ignored
 * (listed in {@link #UNREAD}, and then the mutant must load).
 */
public class NewResourceMutationTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DUP = "~~dup~~";

    /** Resources whose every object and field is mutated. */
    private static final List<String> NEW_RESOURCES = List.of(
            GraphResource.DIRECTORY_RECOMMENDATIONS.key(), GraphResource.TENANT_SECURE_SCORES.key(),
            GraphResource.AUTHENTICATION_METHODS_POLICY.key(), GraphResource.AUTHENTICATION_STRENGTH_POLICIES.key(),
            GraphResource.ADMIN_CONSENT_REQUEST_POLICY.key(), GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key(),
            GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES.key(), GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS.key());

    /**
     * The one field in these resources no reader binds (Graph's response metadata): a mutant there
     * changes nothing and loads. Everything else, the PIM principal and the reviewers included, is bound
     * with its type and so refused when mistyped.
     */
    private static final Set<String> UNREAD = Set.of("@odata.context");

    /**
     * Fields a verdict turns on: present with the wrong value (missing, or an enum value outside
     * Graph's documented ones) must be refused, not read as "off".
     */
    private static final Map<String, List<String>> DECISIONS = Map.of(
            "policyMigrationState", List.of("migrationDone"),
            "state", List.of("on", "Enabled "),
            "isEnabled", List.of(),
            "isApprovalRequired", List.of(),
            "roleDefinitionId", List.of(),
            "principalId", List.of());

    @TempDir
    Path dir;

    /** The valid snapshot every mutant starts from (also the CLI test's). */
    public static JsonNode valid() {
        SnapshotFixture f = SnapshotFixture.tenant()
                .member("u1").onPremises(true, "aW1tdXRhYmxl")
                .recommendation("adminMFAV2", Recommendation.IDENTITY_SECURE_SCORE, 4.0, 10.0, "active")
                .tenantSecureScore("2026-11-20T00:00:00Z", 40.0, 100.0)
                .pim().eligible("u1", SnapshotFixture.GLOBAL_ADMINISTRATOR, "#microsoft.graph.user")
                .active("u1", SnapshotFixture.SECURITY_ADMINISTRATOR, "#microsoft.graph.user",
                        "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z")
                .rolePolicy(SnapshotFixture.GLOBAL_ADMINISTRATOR, true, List.of("a@contoso.example"), List.of(), List.of())
                .raw(GraphResource.AUTHENTICATION_METHODS_POLICY.key(), SnapshotFixture.parse("""
                        {"id": "authenticationMethodsPolicy", "policyMigrationState": "migrationComplete",
                         "authenticationMethodConfigurations": [
                          {"id": "Sms", "state": "disabled"},
                          {"id": "MicrosoftAuthenticator", "state": "enabled", "featureSettings": {
                            "displayAppInformationRequiredState": {"state": "enabled",
                              "includeTarget": {"targetType": "group", "id": "all_users"}},
                            "displayLocationInformationRequiredState": {"state": "default"}}}]}"""))
                .raw(GraphResource.AUTHENTICATION_STRENGTH_POLICIES.key(), SnapshotFixture.parse("""
                        {"value": [{"id": "00000000-0000-0000-0000-000000000004", "displayName": "Phishing-resistant MFA",
                          "policyType": "builtIn", "allowedCombinations": ["fido2", "windowsHelloForBusiness"]}]}"""))
                .raw(GraphResource.ADMIN_CONSENT_REQUEST_POLICY.key(), SnapshotFixture.parse("""
                        {"id": "adminConsentRequestPolicy", "isEnabled": true,
                         "reviewers": [{"query": "/users/u1", "queryType": "MicrosoftGraph", "queryRoot": null}]}"""))
                .policy(SnapshotFixture.policy("phishing-resistant admins").includeRoles(SnapshotFixture.GLOBAL_ADMINISTRATOR)
                        .authenticationStrength(SnapshotFixture.PHISHING_RESISTANT_STRENGTH, null));
        return SnapshotFixture.parse(f.json());
    }

    @Test
    void theValidSnapshotLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("valid.json"), valid().toPrettyString());
        assertDoesNotThrow(() -> new SnapshotReader().read(file));
    }

    @TestFactory
    Stream<DynamicTest> everyMutantOfTheNewResourcesIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        JsonNode base = valid();
        List<String> paths = new ArrayList<>();
        for (String key : NEW_RESOURCES) {
            leaves(base.get("resources").get(key), "resources/" + key, paths);
        }
        // the fields added to existing resources
        paths.add("resources/users/value/0/onPremisesSyncEnabled");
        paths.add("resources/users/value/0/onPremisesImmutableId");
        paths.add("resources/identity/conditionalAccess/policies/value/0/grantControls/authenticationStrength/id");
        paths.add("resources/identity/conditionalAccess/policies/value/0/grantControls/authenticationStrength/allowedCombinations");
        assertTrue(paths.size() > 40, "the walk finds the fields: " + paths.size());
        for (String path : paths) {
            String field = path.substring(path.lastIndexOf('/') + 1);
            for (JsonNode other : otherTypes(at(base, path))) {
                tests.add(DynamicTest.dynamicTest(path + " -> " + other,
                        () -> check(base, path, field, n -> parent(n, path).set(field, other), field + " -> " + other, !unread(path))));
            }
            tests.add(DynamicTest.dynamicTest(path + " twice",
                    () -> check(base, path, field, n -> parent(n, path).set(field + DUP, at(base, path)), field + " twice", true)));
            if (DECISIONS.containsKey(field)) {
                tests.add(DynamicTest.dynamicTest(path + " missing",
                        () -> check(base, path, field, n -> parent(n, path).remove(field), field + " missing", true)));
                for (String unknown : DECISIONS.get(field)) {
                    tests.add(DynamicTest.dynamicTest(path + " = " + unknown,
                            () -> check(base, path, field, n -> parent(n, path).put(field, unknown), field + " " + unknown, true)));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Mutations the field walk cannot make: a record twice (same id), null inside an array, an
     * entity without its id. Each: the path of the array or object, what is done, the field the
     * error must name.
     */
    @TestFactory
    Stream<DynamicTest> recordLevelMutantsAreRefused() {
        JsonNode base = valid();
        List<DynamicTest> tests = new ArrayList<>();
        for (String key : List.of(GraphResource.DIRECTORY_RECOMMENDATIONS.key(), GraphResource.TENANT_SECURE_SCORES.key(),
                GraphResource.AUTHENTICATION_STRENGTH_POLICIES.key(), GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key(),
                GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES.key(), GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS.key())) {
            String path = "resources/" + key + "/value";
            tests.add(DynamicTest.dynamicTest(key + " record twice", () -> check(base, path + "/0", "value",
                    n -> ((ArrayNode) n.at(pointer(path))).add(n.at(pointer(path + "/0")).deepCopy()), "record twice", true)));
            tests.add(DynamicTest.dynamicTest(key + " null record", () -> check(base, path + "/0", "value",
                    n -> ((ArrayNode) n.at(pointer(path))).addNull(), "null record", true)));
        }
        String strength = "resources/" + GraphResource.AUTHENTICATION_STRENGTH_POLICIES.key() + "/value/0";
        String methods = "resources/" + GraphResource.AUTHENTICATION_METHODS_POLICY.key() + "/authenticationMethodConfigurations";
        String rules = "resources/" + GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS.key() + "/value/0/policy/rules";
        String grant = "resources/identity/conditionalAccess/policies/value/0/grantControls/authenticationStrength";
        String recommendation = "resources/" + GraphResource.DIRECTORY_RECOMMENDATIONS.key() + "/value/0";
        String eligible = "resources/" + GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key() + "/value/0";
        // path, mutation, and the field the error names: a null entry is named by the object holding the array
        List<Case> cases = List.of(
                new Case(strength + "/allowedCombinations", "value[0]",
                        n -> ((ArrayNode) n.at(pointer(strength + "/allowedCombinations"))).addNull()),
                new Case(strength + "/id", "value[0].id", n -> ((ObjectNode) n.at(pointer(strength))).remove("id")),
                new Case(strength + "/id blank", "value[0].id", n -> ((ObjectNode) n.at(pointer(strength))).put("id", " ")),
                new Case(grant + "/allowedCombinations", "authenticationStrength",
                        n -> ((ArrayNode) n.at(pointer(grant + "/allowedCombinations"))).addNull()),
                new Case(methods, "authenticationMethodsPolicy", n -> ((ArrayNode) n.at(pointer(methods))).addNull()),
                new Case(rules + "/1/notificationRecipients", "rules[1]",
                        n -> ((ArrayNode) n.at(pointer(rules + "/1/notificationRecipients"))).addNull()),
                new Case(rules, "policy", n -> ((ArrayNode) n.at(pointer(rules))).addNull()),
                new Case(recommendation + "/actionSteps", "value[0]",
                        n -> ((ArrayNode) n.at(pointer(recommendation + "/actionSteps"))).addNull()),
                new Case(recommendation + "/id", "value[0].id", n -> ((ObjectNode) n.at(pointer(recommendation))).remove("id")),
                new Case(eligible + "/id", "id", n -> {
                    // without ids, one eligibility listed twice could not be told from two
                    ((ObjectNode) n.at(pointer(eligible))).remove("id");
                    ((ArrayNode) n.at(pointer(eligible.substring(0, eligible.lastIndexOf('/'))))).add(n.at(pointer(eligible)).deepCopy());
                }));
        for (Case c : cases) {
            String path = c.path().split(" ")[0];
            tests.add(DynamicTest.dynamicTest(c.path() + " null, missing or blank",
                    () -> check(base, path, c.field(), c.mutation(), "null, missing or blank", true)));
        }
        return tests.stream();
    }

    private record Case(String path, String field, Consumer<JsonNode> mutation) {
    }

    private static boolean unread(String path) {
        return Stream.of(path.split("/")).anyMatch(UNREAD::contains);
    }

    private void check(JsonNode base, String path, String field, Consumer<JsonNode> mutation, String what,
                       boolean refused) throws Exception {
        JsonNode mutant = base.deepCopy();
        mutation.accept(mutant);
        // a key twice: the tree cannot hold it, so the marked copy is renamed in the text
        String text = mutant.toPrettyString().replace(DUP + "\"", "\"");
        Path file = Files.writeString(dir.resolve("mutant.json"), text);
        try {
            new SnapshotReader().read(file);
            if (refused) {
                fail("accepted: " + path + " " + what);
            }
        } catch (InvalidInputException e) {
            if (!refused) {
                fail("a field no reader uses is not ignored: " + path + " " + what + ": " + e.getMessage());
            }
            assertTrue(e.line() > 0, what + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            // the field's name, or for a key twice the parser's own "duplicate" words naming it
            assertTrue(e.getMessage().contains(field), what + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    private static List<JsonNode> otherTypes(JsonNode value) {
        if (value.isBoolean()) {
            return List.of(JSON.textNode(value.asText()), JSON.numberNode(1));
        }
        if (value.isNumber()) {
            return List.of(JSON.textNode(value.asText()), JSON.booleanNode(true), JSON.numberNode(Double.NaN));
        }
        if (value.isTextual()) {
            return List.of(JSON.numberNode(7), JSON.booleanNode(false), JSON.arrayNode().add(value),
                    JSON.objectNode().set("value", value));
        }
        if (value.isArray()) {
            return List.of(JSON.objectNode(), JSON.textNode("fido2"));
        }
        if (value.isObject()) {
            return List.of(JSON.arrayNode().add(value), JSON.textNode("x"));
        }
        return List.of();
    }

    /** Every non-null field under {@code node}, as a path of names and array indexes. */
    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                String p = path + "/" + e.getKey();
                if (!e.getValue().isNull()) {
                    out.add(p);
                }
                leaves(e.getValue(), p, out);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                leaves(a.get(i), path + "/" + i, out);
            }
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        return root.at(pointer(path));
    }

    private static ObjectNode parent(JsonNode root, String path) {
        return (ObjectNode) root.at(pointer(path.substring(0, path.lastIndexOf('/'))));
    }

    /** Resource keys hold slashes: they are one step of the pointer. */
    private static String pointer(String path) {
        String rest = path.substring("resources/".length());
        for (String key : Stream.concat(NEW_RESOURCES.stream(), Stream.of("users",
                "identity/conditionalAccess/policies")).sorted((a, b) -> b.length() - a.length()).toList()) {
            if (rest.equals(key) || rest.startsWith(key + "/")) {
                return "/resources/" + key.replace("~", "~0").replace("/", "~1") + rest.substring(key.length());
            }
        }
        throw new IllegalArgumentException(path);
    }
}
