package io.github.securescore.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.StatusOverride;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a policy file: YAML, or JSON (YAML's subset). Unknown keys are errors, so a typo never
 * silently drops a gate. The file format is documented in the README.
 */
public final class PolicyReader {

    private final ControlCatalog catalog;
    private final ObjectMapper yaml;

    public PolicyReader(ControlCatalog catalog) {
        this.catalog = catalog;
        this.yaml = YAMLMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // a repeated key (two floors for one control) would otherwise drop the first silently
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public Policy read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, 0, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, 0, null, "cannot be read: " + e.getMessage());
        }
        return parse(text, source);
    }

    /** Parses policy text; {@code source} names it in messages. */
    public Policy parse(String text, String source) {
        if (text.isBlank()) {
            return Policy.EMPTY;
        }
        PolicyFile file;
        try (JsonParser parser = yaml.createParser(text)) {
            if (parser.nextToken() == null) {
                return Policy.EMPTY;   // only comments: nothing enforced yet
            }
            file = yaml.readValue(parser, PolicyFile.class);
        } catch (JsonProcessingException e) {
            throw translate(e, source);
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, 0, null, "cannot be read: " + e.getMessage());
        }
        if (file == null) {
            return Policy.EMPTY;
        }
        return toPolicy(file, new Located(source, text));
    }

    private Policy toPolicy(PolicyFile file, Located where) {
        if (file.version != null && file.version != 1) {
            // a newer format may mean something this engine would silently ignore
            throw where.error("version", "unsupported policy version " + file.version + "; expected 1");
        }
        List<Gate> gates = new ArrayList<>();
        Map<String, Criticality> criticality = file.criticality == null ? Map.of() : file.criticality;
        for (String key : criticality.keySet()) {
            if (!PolicyFile.GATE_KEYS.containsKey(key)) {
                throw where.error("criticality." + key,
                        "unknown gate; expected one of " + String.join(", ", PolicyFile.GATE_KEYS.keySet()));
            }
        }
        addGate(gates, file.minPercent, "minPercent", criticality, where);
        addGate(gates, file.minPoints, "minPoints", criticality, where);
        addGate(gates, file.maxDrop, "maxDrop", criticality, where);
        addGate(gates, file.maxNotEvaluated, "maxNotEvaluated", criticality, where);
        addGate(gates, file.maxExpiredOverrides, "maxExpiredOverrides", criticality, where);
        if (file.controls != null) {
            for (Map.Entry<String, ControlFloor> entry : file.controls.entrySet()) {
                String control = knownControl(entry.getKey(), "controls." + entry.getKey(), where);
                ControlFloor floor = entry.getValue();
                if (floor == null || floor.minPercent == null) {
                    throw where.error("controls." + control + ".minPercent",
                            "missing; expected a percentage from 0 to 100");
                }
                percentage(floor.minPercent, "controls." + control + ".minPercent", where);
                gates.add(Gate.control(control, floor.minPercent,
                        floor.criticality == null ? Criticality.FAIL : floor.criticality));
            }
        }
        List<StatusOverride> overrides = new ArrayList<>();
        if (file.overrides != null) {
            for (int i = 0; i < file.overrides.size(); i++) {
                OverrideEntry entry = file.overrides.get(i);
                String field = "overrides[" + i + "]";
                if (entry.control == null) {
                    throw where.error(field + ".control", "missing; expected a control name");
                }
                if (entry.status == null) {
                    throw where.error(field + ".status", "missing; expected one of "
                            + settableStatuses());
                }
                String control = knownControl(entry.control, field + ".control", where);
                overrides.add(new StatusOverride(control, entry.status, entry.justification, entry.owner,
                        entry.expires, StatusOverride.POLICY));
            }
        }
        ScoreZones zones = ScoreZones.DEFAULT;
        if (file.zones != null) {
            double good = file.zones.good == null ? ScoreZones.DEFAULT.good() : file.zones.good;
            double okay = file.zones.okay == null ? ScoreZones.DEFAULT.okay() : file.zones.okay;
            percentage(good, "zones.good", where);
            percentage(okay, "zones.okay", where);
            if (okay > good) {
                throw where.error("zones", "okay (" + okay + ") must not be above good ("
                        + good + ")");
            }
            zones = new ScoreZones(good, okay);
        }
        return new Policy(gates, overrides, zones);
    }

    private void addGate(List<Gate> gates, Double threshold, String key, Map<String, Criticality> criticality,
                         Located where) {
        if (threshold == null) {
            return;
        }
        Metric metric = PolicyFile.GATE_KEYS.get(key);
        if (metric == Metric.SCORE_PERCENT) {
            percentage(threshold, key, where);
        } else if (threshold < 0) {
            throw where.error(key, "expected a number of at least 0, found " + threshold);
        }
        gates.add(Gate.of(metric, threshold, criticality.getOrDefault(key, Criticality.FAIL)));
    }

    private static void percentage(double value, String field, Located where) {
        if (value < 0 || value > 100) {
            throw where.error(field, "expected a percentage from 0 to 100, found " + value);
        }
    }

    private String knownControl(String name, String field, Located where) {
        if (!catalog.contains(name)) {
            throw where.error(field, "unknown improvement action '" + name
                    + "'; expected one of " + catalog.controls().stream().map(c -> c.name())
                    .collect(Collectors.joining(", ")));
        }
        return name;
    }

    private static String settableStatuses() {
        return Arrays.stream(ControlStatus.values()).filter(ControlStatus::userSettable)
                .map(ControlStatus::label).collect(Collectors.joining(", "));
    }

    private InvalidInputException translate(JsonProcessingException e, String source) {
        if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException syntax) {
            // a syntax error met while binding a field: the parser's own position and words are the useful ones
            return translate(syntax, source);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String field = null;
        if (e instanceof JsonMappingException mapping) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown key '" + unknown.getPropertyName() + "'; expected one of "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
        } else if (e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException cause) {
            problem = cause.getMessage();
        } else if (e instanceof InvalidFormatException format) {
            problem = "expected " + expected(format.getTargetType()) + ", found '" + format.getValue() + "'";
        } else if (e instanceof MismatchedInputException mismatch) {
            problem = "expected " + expected(mismatch.getTargetType()) + ", found " + found(mismatch);
        } else if (e instanceof JsonMappingException) {
            problem = e.getOriginalMessage();
        } else if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // SnakeYAML knows where the problem is (Jackson reports where the enclosing block began)
            line = yaml.getProblemMark().getLine() + 1;
            column = yaml.getProblemMark().getColumn() + 1;
            problem = "malformed YAML: " + yaml.getProblem()
                    + (yaml.getContext() != null ? " " + yaml.getContext() : "");
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field '")) {
            String key = e.getOriginalMessage().substring("Duplicate field '".length()).replaceAll("'.*", "");
            problem = "the key '" + key + "' appears twice; expected each key once";
        } else {
            problem = "malformed YAML/JSON: " + String.valueOf(e.getOriginalMessage()).strip()
                    .replaceAll("\\s*\\n\\s*", " ");
        }
        return new InvalidInputException(source, line, column, field, problem);
    }

    /** What the file held instead, from Jackson's "from Array value" wording (the parser is closed by now). */
    private static String found(MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("from Array value")) {
            return "a list";
        }
        if (message.contains("from Object value")) {
            return "a mapping";
        }
        if (message.contains("from String value")) {
            return "a string";
        }
        if (message.contains("from Integer value") || message.contains("from Floating-point value")) {
            return "a number";
        }
        if (message.contains("from Boolean value")) {
            return "true or false";
        }
        return "another type";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == LocalDate.class) {
            return "a date like 2027-01-31";
        }
        if (type == Criticality.class) {
            return "UNSTABLE or FAIL";
        }
        if (type == ControlStatus.class) {
            return "one of " + settableStatuses();
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == PolicyFile.class) {
            return "a mapping of policy keys (" + String.join(", ", PolicyFile.GATE_KEYS.keySet())
                    + ", criticality, controls, overrides, zones)";
        }
        if (type == ControlFloor.class) {
            return "a mapping with minPercent and criticality";
        }
        if (type == OverrideEntry.class) {
            return "a mapping with control, status, justification, owner and expires";
        }
        if (type == Zones.class) {
            return "a mapping with good and okay";
        }
        return "a " + type.getSimpleName();
    }

    /**
     * The file being read, to put a line and column on problems found after binding (unknown
     * control, out-of-range percentage): the field path is looked up again in the text.
     */
    private final class Located {
        private final String source;
        private final String text;

        Located(String source, String text) {
            this.source = source;
            this.text = text;
        }

        InvalidInputException error(String field, String problem) {
            JsonLocation at = null;
            try (JsonParser parser = yaml.createParser(text)) {
                if (parser.nextToken() != null) {
                    at = find(parser, segments(field), parser.currentTokenLocation());
                }
            } catch (IOException e) {
                at = null;   // the text parsed once already; without a position the field path still says where
            }
            return new InvalidInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    field, problem);
        }

        /** "overrides[0].control" → [overrides, 0, control]. */
        private List<Object> segments(String field) {
            List<Object> result = new ArrayList<>();
            for (String part : field.split("\\.")) {
                int bracket = part.indexOf('[');
                if (bracket < 0) {
                    result.add(part);
                    continue;
                }
                if (bracket > 0) {
                    result.add(part.substring(0, bracket));
                }
                for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                    if (!index.isEmpty()) {
                        result.add(Integer.valueOf(index));
                    }
                }
            }
            return result;
        }

        /** The position of the path's last segment, or of the deepest part of it that exists. */
        private JsonLocation find(JsonParser parser, List<Object> path, JsonLocation here) throws IOException {
            if (path.isEmpty()) {
                return here;
            }
            Object wanted = path.get(0);
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT && wanted instanceof String name) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation key = parser.currentTokenLocation();
                    boolean match = name.equals(parser.currentName());
                    parser.nextToken();
                    if (match) {
                        return path.size() == 1 ? key : find(parser, path.subList(1, path.size()), key);
                    }
                    parser.skipChildren();
                }
            } else if (token == JsonToken.START_ARRAY && wanted instanceof Integer index) {
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
                    if (i++ == index) {
                        return find(parser, path.subList(1, path.size()), parser.currentTokenLocation());
                    }
                    parser.skipChildren();
                }
            }
            return here;
        }
    }

    // ---- the file's shape ------------------------------------------------------------------

    static final class PolicyFile {
        static final Map<String, Metric> GATE_KEYS = new LinkedHashMap<>();

        static {
            GATE_KEYS.put("minPercent", Metric.SCORE_PERCENT);
            GATE_KEYS.put("minPoints", Metric.POINTS);
            GATE_KEYS.put("maxDrop", Metric.DROP_SINCE_PREVIOUS);
            GATE_KEYS.put("maxNotEvaluated", Metric.NOT_EVALUATED);
            GATE_KEYS.put("maxExpiredOverrides", Metric.EXPIRED_OVERRIDES);
        }

        @JsonProperty Integer version;
        @JsonProperty Double minPercent;
        @JsonProperty Double minPoints;
        @JsonProperty Double maxDrop;
        @JsonProperty Double maxNotEvaluated;
        @JsonProperty Double maxExpiredOverrides;
        @JsonProperty Map<String, Criticality> criticality;
        @JsonProperty Map<String, ControlFloor> controls;
        @JsonProperty List<OverrideEntry> overrides;
        @JsonProperty Zones zones;
    }

    static final class ControlFloor {
        @JsonProperty Double minPercent;
        @JsonProperty Criticality criticality;
    }

    static final class OverrideEntry {
        @JsonProperty String control;
        ControlStatus status;
        @JsonProperty String justification;
        @JsonProperty String owner;
        @JsonProperty LocalDate expires;

        @JsonProperty("status")
        void status(String text) {
            this.status = ControlStatus.parse(text)
                    .filter(ControlStatus::userSettable)
                    .orElseThrow(() -> new IllegalArgumentException("unknown status '" + text
                            + "'; expected one of " + settableStatuses()));
        }
    }

    static final class Zones {
        @JsonProperty Double good;
        @JsonProperty Double okay;
    }
}
