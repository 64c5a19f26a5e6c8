package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style: the example tenants' snapshots, mutated at random (seeded) in each of the ways
 * broken input used to pass as good: a key twice in an object, a record twice in its array, a
 * value of another JSON type, a number that is not finite or out of range, ill-formed UTF-8.
 * Every mutant must be rejected with an {@link InvalidInputException} naming the file and a line
 * (or a byte offset), in the reader's words: never accepted, never another exception.
 */
class SnapshotMutationTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "tenants");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MUTANTS_PER_KIND = 25;

    /** Fields the reader reads, per resource, with the JSON type Graph gives them. */
    private static final Map<String, Set<String>> READ_FIELDS = Map.ofEntries(
            Map.entry("users", Set.of("id", "accountEnabled", "userType", "displayName", "userPrincipalName")),
            Map.entry("reports/authenticationMethods/userRegistrationDetails",
                    Set.of("id", "userType", "isMfaRegistered", "isSsprEnabled", "userDisplayName", "userPrincipalName")),
            Map.entry("domains", Set.of("id", "authenticationType", "isVerified", "isRoot", "isDefault",
                    "passwordValidityPeriodInDays")),
            Map.entry("identity/conditionalAccess/policies", Set.of("id", "displayName", "state")),
            Map.entry("roleManagement/directory/roleDefinitions", Set.of("id", "displayName", "templateId", "isBuiltIn")),
            Map.entry("roleManagement/directory/roleAssignments",
                    Set.of("id", "principalId", "roleDefinitionId", "directoryScopeId")),
            Map.entry("organization", Set.of("id", "displayName", "onPremisesSyncEnabled")),
            Map.entry("subscribedSkus", Set.of("skuId", "skuPartNumber", "capabilityStatus")),
            Map.entry("security/secureScores", Set.of("id", "createdDateTime", "currentScore", "maxScore",
                    "activeUserCount", "licensedUserCount")),
            Map.entry("security/secureScoreControlProfiles", Set.of("id", "title", "controlCategory", "maxScore",
                    "userImpact", "implementationCost", "deprecated")),
            Map.entry("directory/onPremisesSynchronization", Set.of("id")));

    private static final String[][] BAD_UTF8 = {{"C0", "AF"}, {"E0", "80", "AF"}, {"ED", "A0", "80"},
            {"F4", "90", "80", "80"}, {"E2", "82"}, {"80"}, {"FF"}, {"F0", "80", "80", "AF"}};

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyMutantIsRejected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> tenants = Files.list(EXAMPLES)) {
            for (Path tenant : tenants.sorted().toList()) {
                Path snapshot = tenant.resolve("snapshot.json");
                if (!Files.exists(snapshot)) {
                    continue;
                }
                JsonNode original = MAPPER.readTree(snapshot.toFile());
                String name = tenant.getFileName().toString();
                for (int seed = 0; seed < MUTANTS_PER_KIND; seed++) {
                    for (Mutation mutation : Mutation.values()) {
                        long fullSeed = seed * 31L + mutation.ordinal() + name.hashCode() * 1_000L;
                        tests.add(DynamicTest.dynamicTest(name + " " + mutation + " seed " + fullSeed,
                                () -> rejected(original, mutation, new Random(fullSeed))));
                    }
                }
            }
        }
        assertFalse(tests.isEmpty(), "the example tenants are found");
        return tests.stream();
    }

    private void rejected(JsonNode original, Mutation mutation, Random random) throws IOException {
        Mutant mutant = mutation.apply(original.deepCopy(), random);
        Path file = Files.write(dir.resolve("mutant.json"), mutant.bytes());
        try {
            new SnapshotReader().read(file);
            fail("accepted: " + mutant.description());
        } catch (InvalidInputException e) {
            assertEquals(file.toString(), e.source());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.line() > 0 || e.problem().contains("byte offset"), mutant.description() + ": " + e.getMessage());
            SnapshotMessagesTest.assertOwnWords(e);
            if (mutant.byteOffset() >= 0) {
                assertTrue(e.problem().startsWith("invalid UTF-8 at byte offset " + mutant.byteOffset()),
                        mutant.description() + ": " + e.getMessage());
            }
        }
        // any other exception fails the test as it is
    }

    record Mutant(byte[] bytes, String description, long byteOffset) {
        static Mutant of(JsonNode root, String description) {
            return new Mutant(compact(root), description, -1);
        }
    }

    enum Mutation {
        DUPLICATE_KEY {
            @Override
            Mutant apply(JsonNode root, Random random) {
                List<ObjectNode> objects = new ArrayList<>();
                collect(root, objects);
                objects.removeIf(o -> o.isEmpty());
                ObjectNode target = objects.get(random.nextInt(objects.size()));
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                String key = names.get(random.nextInt(names.size()));
                // the generator writes what it is given: the tree is written with the key twice
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                    write(g, root, target, key, random.nextBoolean());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Mutant(out.toByteArray(), "key \"" + key + "\" twice", -1);
            }
        },
        DUPLICATE_RECORD {
            @Override
            Mutant apply(JsonNode root, Random random) {
                List<ArrayNode> arrays = new ArrayList<>();
                root.get("resources").fields().forEachRemaining(e -> {
                    JsonNode value = e.getValue().get("value");
                    boolean known = READ_FIELDS.containsKey(e.getKey()) || e.getKey().startsWith("groups/");
                    if (known && value instanceof ArrayNode a && !a.isEmpty()) {
                        arrays.add(a);
                    }
                });
                ArrayNode array = arrays.get(random.nextInt(arrays.size()));
                List<JsonNode> candidates = new ArrayList<>();
                array.forEach(entity -> {
                    JsonNode type = entity.get("@odata.type");
                    boolean identified = entity.hasNonNull("id") || entity.hasNonNull("skuId");
                    // nested groups and devices among group members get no directory index: not compared
                    if (identified && (type == null || type.asText().endsWith(".user"))) {
                        candidates.add(entity);
                    }
                });
                if (candidates.isEmpty()) {
                    return DUPLICATE_KEY.apply(root, random);
                }
                ObjectNode copy = (ObjectNode) candidates.get(random.nextInt(candidates.size())).deepCopy();
                copy.fields().forEachRemaining(f -> {
                    if (f.getValue().isBoolean() && random.nextBoolean()) {
                        f.setValue(JsonNodeFactory.instance.booleanNode(!f.getValue().booleanValue()));
                    }
                });
                array.insert(random.nextInt(array.size() + 1), copy);
                return Mutant.of(root, "record " + copy.path("id").asText(copy.path("skuId").asText()) + " twice");
            }
        },
        OTHER_TYPE {
            @Override
            Mutant apply(JsonNode root, Random random) {
                List<ObjectNode> holders = new ArrayList<>();
                List<String> fields = new ArrayList<>();
                readFields(root, holders, fields, false);
                int pick = random.nextInt(holders.size());
                ObjectNode holder = holders.get(pick);
                String field = fields.get(pick);
                JsonNode value = holder.get(field);
                JsonNode other;
                if (value.isBoolean()) {
                    other = random.nextBoolean() ? JsonNodeFactory.instance.numberNode(value.booleanValue() ? 1 : 0)
                            : JsonNodeFactory.instance.textNode(value.asText());
                } else if (value.isNumber()) {
                    other = random.nextBoolean() ? JsonNodeFactory.instance.textNode(value.asText())
                            : JsonNodeFactory.instance.booleanNode(true);
                } else {
                    int choice = random.nextInt(4);
                    other = choice == 0 ? JsonNodeFactory.instance.numberNode(7)
                            : choice == 1 ? JsonNodeFactory.instance.booleanNode(false)
                            : choice == 2 ? JsonNodeFactory.instance.arrayNode().add(value)
                            : JsonNodeFactory.instance.objectNode().set("value", value);
                }
                holder.set(field, other);
                return Mutant.of(root, field + ": " + value + " -> " + other);
            }
        },
        BAD_NUMBER {
            @Override
            Mutant apply(JsonNode root, Random random) {
                List<ObjectNode> holders = new ArrayList<>();
                List<String> fields = new ArrayList<>();
                readFields(root, holders, fields, true);
                if (holders.isEmpty()) {
                    return OTHER_TYPE.apply(root, random);
                }
                int pick = random.nextInt(holders.size());
                String field = fields.get(pick);
                String[] replacements = {"NaN", "\"NaN\"", "Infinity", "-Infinity", "1e400", "-1", "1e7", "-1e400",
                        "2147483648", "9e18"};
                String replacement = replacements[random.nextInt(replacements.length)];
                String marker = "mutated-number-" + random.nextInt(1_000_000);
                holders.get(pick).put(field, marker);
                String json = new String(compact(root), StandardCharsets.UTF_8).replace("\"" + marker + "\"", replacement);
                return new Mutant(json.getBytes(StandardCharsets.UTF_8), field + ": " + replacement, -1);
            }
        },
        BAD_UTF8 {
            @Override
            Mutant apply(JsonNode root, Random random) {
                byte[] json = compact(root);
                // the byte after each string's opening quote (keys and values alike)
                List<Integer> starts = new ArrayList<>();
                boolean inString = false;
                for (int i = 0; i < json.length; i++) {
                    if (json[i] == '\\' && inString) {
                        i++;
                    } else if (json[i] == '"') {
                        inString = !inString;
                        if (inString) {
                            starts.add(i + 1);
                        }
                    }
                }
                int at = starts.get(random.nextInt(starts.size()));
                String[] sequence = SnapshotMutationTest.BAD_UTF8[random.nextInt(SnapshotMutationTest.BAD_UTF8.length)];
                byte[] out = new byte[json.length + sequence.length];
                System.arraycopy(json, 0, out, 0, at);
                for (int k = 0; k < sequence.length; k++) {
                    out[at + k] = (byte) Integer.parseInt(sequence[k], 16);
                }
                System.arraycopy(json, at, out, at + sequence.length, json.length - at);
                return new Mutant(out, String.join(" ", sequence) + " at byte " + at, at);
            }
        };

        abstract Mutant apply(JsonNode root, Random random);
    }

    private static byte[] compact(JsonNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
        }
        node.elements().forEachRemaining(child -> collect(child, objects));
    }

    /** The non-null fields the reader reads in the entities of the known resources (numbers only, if asked). */
    private static void readFields(JsonNode root, List<ObjectNode> holders, List<String> fields, boolean numbers) {
        root.get("resources").fields().forEachRemaining(resource -> {
            String key = resource.getKey();
            Set<String> read = key.startsWith("groups/") ? Set.of("id", "@odata.type")
                    : key.equals("policies/identitySecurityDefaultsEnforcementPolicy") ? Set.of("isEnabled")
                    : READ_FIELDS.get(key);
            if (read == null) {
                return;
            }
            JsonNode value = resource.getValue().get("value");
            List<JsonNode> entities = new ArrayList<>();
            if (value instanceof ArrayNode a) {
                a.forEach(entities::add);
            } else if (!resource.getValue().has("error")) {
                entities.add(resource.getValue());
            }
            for (JsonNode entity : entities) {
                Iterator<Map.Entry<String, JsonNode>> it = entity.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (read.contains(f.getKey()) && !f.getValue().isNull() && f.getValue().isValueNode()
                            && (!numbers || f.getValue().isNumber())) {
                        holders.add((ObjectNode) entity);
                        fields.add(f.getKey());
                    }
                }
            }
        });
    }

    private static void write(JsonGenerator g, JsonNode node, ObjectNode target, String key, boolean sameValue)
            throws IOException {
        if (node instanceof ObjectNode o) {
            g.writeStartObject();
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                g.writeFieldName(f.getKey());
                write(g, f.getValue(), target, key, sameValue);
                if (o == target && f.getKey().equals(key)) {
                    g.writeFieldName(key);
                    if (sameValue || !f.getValue().isBoolean()) {
                        write(g, f.getValue(), target, key, sameValue);
                    } else {
                        g.writeBoolean(!f.getValue().booleanValue());
                    }
                }
            }
            g.writeEndObject();
        } else if (node instanceof ArrayNode a) {
            g.writeStartArray();
            for (JsonNode element : a) {
                write(g, element, target, key, sameValue);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeTree(g, node);
        }
    }
}
