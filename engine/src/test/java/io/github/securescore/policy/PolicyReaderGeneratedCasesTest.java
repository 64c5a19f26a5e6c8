package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated cases: for every key path of a full policy, the value is replaced by no value, an
 * empty value, a value of the wrong type, a list and a mapping, in YAML and in JSON. Each must be
 * refused as bad input naming the file and the line of that key, never with another exception.
 */
class PolicyReaderGeneratedCasesTest {

    private final PolicyReader reader = new PolicyReader(ControlCatalog.bundled());

    /** The full example policy as a tree: maps, lists and scalars written as YAML/JSON text. */
    private static Map<String, Object> full() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("version", "1");
        policy.put("minPercent", "70");
        policy.put("minPoints", "30.5");
        policy.put("maxDrop", "5");
        policy.put("maxNotEvaluated", "0");
        policy.put("maxExpiredOverrides", "0");
        Map<String, Object> criticality = new LinkedHashMap<>();
        criticality.put("minPercent", "\"FAIL\"");
        criticality.put("maxDrop", "\"UNSTABLE\"");
        policy.put("criticality", criticality);
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("minPercent", "100");
        floor.put("criticality", "\"FAIL\"");
        policy.put("controls", new LinkedHashMap<>(Map.of("AdminMFAV2", floor)));
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("control", "\"UserRiskPolicy\"");
        override.put("status", "\"Risk accepted\"");
        override.put("justification", "\"P2 licences for the pilot group\"");
        override.put("owner", "\"dana@contoso.example\"");
        override.put("expires", "\"2027-03-31\"");
        policy.put("overrides", new ArrayList<>(List.of(override)));
        Map<String, Object> zones = new LinkedHashMap<>();
        zones.put("good", "85");
        zones.put("okay", "60");
        policy.put("zones", zones);
        return policy;
    }

    /** Every path to a value: ["minPercent"], ["controls", "AdminMFAV2", "minPercent"], ["overrides", 0], ... */
    private static void paths(Object node, List<Object> prefix, List<List<Object>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(k);
                into.add(path);
                paths(v, path, into);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(i);
                into.add(path);
                paths(list.get(i), path, into);
            }
        }
    }

    /** A value that is wrong for what {@code original} is: a scalar of another kind. */
    private static String wrongType(Object original) {
        if (original instanceof String text && text.startsWith("\"")) {
            return "7";         // a string's place: a number
        }
        return original instanceof String ? "\"7\"" : "true";   // a number's: a string; a collection's: a boolean
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> replaced(List<Object> path, Object value) {
        Map<String, Object> policy = full();
        Object parent = policy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> m ? m.get(path.get(i)) : ((List<?>) parent).get((Integer) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?>) {
            ((Map<Object, Object>) parent).put(last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
        return policy;
    }

    private static Object at(List<Object> path) {
        Object node = full();
        for (Object step : path) {
            node = node instanceof Map<?, ?> m ? m.get(step) : ((List<?>) node).get((Integer) step);
        }
        return node;
    }

    @TestFactory
    Stream<DynamicTest> everyKeyPathRefusesEveryBadValue() {
        List<List<Object>> paths = new ArrayList<>();
        paths(full(), List.of(), paths);
        List<DynamicTest> tests = new ArrayList<>();
        for (List<Object> path : paths) {
            Object original = at(path);
            Map<String, Object> bad = new LinkedHashMap<>();
            bad.put("null", "null");
            bad.put("empty", "");
            bad.put("wrong type", wrongType(original));
            // flow style, valid in YAML and JSON alike, so the value sits on its key's line
            bad.put("list", "[1, 2]");
            bad.put("mapping", "{\"unexpected\": 1}");
            for (Map.Entry<String, Object> value : bad.entrySet()) {
                for (boolean json : new boolean[] {false, true}) {
                    if (json && value.getKey().equals("empty")) {
                        continue;   // JSON has no empty value
                    }
                    String name = path + " = " + value.getKey() + (json ? " (JSON)" : " (YAML)");
                    tests.add(DynamicTest.dynamicTest(name, () -> refused(path, value.getValue(), json)));
                }
            }
        }
        assertTrue(tests.size() > 150, "cases: " + tests.size());
        return tests.stream();
    }

    /**
     * Generated cases for what a lenient reader would guess at: every mapping key given twice (the
     * copy right below the original, at the same indentation), every number made non-finite or out
     * of range, and the document followed or preceded by another YAML document.
     */
    @TestFactory
    Stream<DynamicTest> duplicatesNonFiniteNumbersAndExtraDocumentsAreRefused() {
        List<List<Object>> paths = new ArrayList<>();
        paths(full(), List.of(), paths);
        List<DynamicTest> tests = new ArrayList<>();
        for (List<Object> path : paths) {
            Object original = at(path);
            boolean mapKey = !(path.get(path.size() - 1) instanceof Integer);
            if (mapKey && original instanceof String) {
                tests.add(DynamicTest.dynamicTest(path + " given twice (YAML)", () -> {
                    Text text = new Text();
                    text.yaml(full(), 0, path, List.of());
                    List<String> lines = new ArrayList<>(List.of(text.out.toString().split("\n", -1)));
                    lines.add(text.line, lines.get(text.line - 1));
                    refusedAt(String.join("\n", lines), "policy.yml", text.line + 1);
                }));
            }
            if (original instanceof String number && number.matches("-?[0-9.]+")) {
                for (String bad : List.of(".nan", ".inf", "-.inf", ".NaN", "1e400", "-1e400")) {
                    tests.add(DynamicTest.dynamicTest(path + " = " + bad + " (YAML)", () -> refused(path, bad, false)));
                }
                for (String bad : List.of("1e400", "-1e400")) {
                    tests.add(DynamicTest.dynamicTest(path + " = " + bad + " (JSON)", () -> refused(path, bad, true)));
                }
            }
        }
        Text plain = new Text();
        plain.yaml(full(), 0, List.of("none"), List.of());
        String doc = plain.out.toString();
        int lines = (int) doc.chars().filter(c -> c == '\n').count();
        Map<String, Object[]> documents = new LinkedHashMap<>();
        documents.put("two empty documents first", new Object[] {"---\n---\n" + doc, 2});
        documents.put("a second document after", new Object[] {doc + "---\nminPercent: 1\n", lines + 1});
        documents.put("content after the end marker", new Object[] {doc + "...\nminPercent: 1\n", lines + 2});
        documents.put("an empty second document", new Object[] {doc + "---\n", lines + 1});
        documents.forEach((name, text) -> tests.add(DynamicTest.dynamicTest(name,
                () -> refusedAt((String) text[0], "policy.yml", (Integer) text[1]))));
        assertTrue(tests.size() > 60, "cases: " + tests.size());
        return tests.stream();
    }

    private void refusedAt(String text, String source, int line) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.parse(text, source),
                () -> "accepted:\n" + text);
        assertEquals(source, e.source());
        assertEquals(line, e.line(), () -> e.getMessage() + "\n" + text);
        PolicyReaderBadInputTest.assertOwnWords(e);
    }

    private void refused(List<Object> path, Object value, boolean json) {
        Map<String, Object> policy = replaced(path, value);
        Text text = new Text();
        String source = json ? "policy.json" : "policy.yml";
        if (json) {
            text.json(policy, 0, path, List.of());
        } else {
            text.yaml(policy, 0, path, List.of());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.parse(text.out.toString(), source),
                () -> "accepted:\n" + text.out);
        assertEquals(source, e.source());
        assertEquals(text.line, e.line(), () -> e.getMessage() + "\n" + text.out);
        assertTrue(e.getMessage().startsWith(source + " (line " + text.line + ", column "), e.getMessage());
        PolicyReaderBadInputTest.assertOwnWords(e);
    }

    /** Block YAML or one-key-a-line JSON, noting the line the replaced path starts on. */
    private static final class Text {
        final StringBuilder out = new StringBuilder();
        int line;
        private int lines = 1;

        private void write(String s, List<Object> here, List<Object> target) {
            if (here.equals(target)) {
                line = lines;
            }
            out.append(s);
            lines += (int) s.chars().filter(c -> c == '\n').count();
        }

        void yaml(Object node, int indent, List<Object> target, List<Object> here) {
            String pad = " ".repeat(indent);
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    List<Object> path = append(here, k);
                    if (v instanceof String s) {
                        write(pad + k + ":" + (s.isEmpty() ? "" : " " + s) + "\n", path, target);
                    } else {
                        write(pad + k + ":\n", path, target);
                        yaml(v, indent + 2, target, path);
                    }
                });
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    List<Object> path = append(here, i);
                    Object item = list.get(i);
                    if (item instanceof String s) {
                        write(pad + "- " + s + "\n", path, target);
                    } else {
                        // an item on its own line, then its content indented
                        write(pad + "-\n", path, target);
                        yaml(item, indent + 2, target, path);
                    }
                }
            }
        }

        void json(Object node, int indent, List<Object> target, List<Object> here) {
            String pad = " ".repeat(indent);
            if (node instanceof Map<?, ?> map) {
                out.append("{\n");
                lines++;
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    List<Object> path = append(here, e.getKey());
                    write(pad + "  \"" + e.getKey() + "\": ", path, target);
                    value(e.getValue(), indent + 2, target, path);
                    out.append(++i < map.size() ? ",\n" : "\n");
                    lines++;
                }
                out.append(pad).append("}");
            } else {
                List<?> list = (List<?>) node;
                out.append("[\n");
                lines++;
                for (int i = 0; i < list.size(); i++) {
                    List<Object> path = append(here, i);
                    write(pad + "  ", path, target);
                    value(list.get(i), indent + 2, target, path);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                    lines++;
                }
                out.append(pad).append("]");
            }
        }

        private void value(Object v, int indent, List<Object> target, List<Object> path) {
            if (v instanceof String s) {
                out.append(s);
            } else {
                json(v, indent, target, path);
            }
        }

        private static List<Object> append(List<Object> path, Object step) {
            List<Object> result = new ArrayList<>(path);
            result.add(step);
            return result;
        }
    }
}
