package io.github.securescore.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
        try {
            file = yaml.readValue(text, PolicyFile.class);
        } catch (JsonProcessingException e) {
            throw translate(e, source);
        }
        if (file == null) {
            return Policy.EMPTY;
        }
        return toPolicy(file, source);
    }

    private Policy toPolicy(PolicyFile file, String source) {
        List<Gate> gates = new ArrayList<>();
        Map<String, Criticality> criticality = file.criticality == null ? Map.of() : file.criticality;
        for (String key : criticality.keySet()) {
            if (!PolicyFile.GATE_KEYS.containsKey(key)) {
                throw new InvalidInputException(source, 0, 0, "criticality." + key,
                        "unknown gate; expected one of " + String.join(", ", PolicyFile.GATE_KEYS.keySet()));
            }
        }
        addGate(gates, file.minPercent, "minPercent", criticality, source);
        addGate(gates, file.minPoints, "minPoints", criticality, source);
        addGate(gates, file.maxDrop, "maxDrop", criticality, source);
        addGate(gates, file.maxNotEvaluated, "maxNotEvaluated", criticality, source);
        addGate(gates, file.maxExpiredOverrides, "maxExpiredOverrides", criticality, source);
        if (file.controls != null) {
            for (Map.Entry<String, ControlFloor> entry : file.controls.entrySet()) {
                String control = knownControl(entry.getKey(), "controls." + entry.getKey(), source);
                ControlFloor floor = entry.getValue();
                if (floor == null || floor.minPercent == null) {
                    throw new InvalidInputException(source, 0, 0, "controls." + control + ".minPercent",
                            "missing; expected a percentage from 0 to 100");
                }
                percentage(floor.minPercent, "controls." + control + ".minPercent", source);
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
                    throw new InvalidInputException(source, 0, 0, field + ".control", "missing; expected a control name");
                }
                if (entry.status == null) {
                    throw new InvalidInputException(source, 0, 0, field + ".status", "missing; expected one of "
                            + settableStatuses());
                }
                String control = knownControl(entry.control, field + ".control", source);
                overrides.add(new StatusOverride(control, entry.status, entry.justification, entry.owner,
                        entry.expires, StatusOverride.POLICY));
            }
        }
        ScoreZones zones = ScoreZones.DEFAULT;
        if (file.zones != null) {
            double good = file.zones.good == null ? ScoreZones.DEFAULT.good() : file.zones.good;
            double okay = file.zones.okay == null ? ScoreZones.DEFAULT.okay() : file.zones.okay;
            percentage(good, "zones.good", source);
            percentage(okay, "zones.okay", source);
            if (okay > good) {
                throw new InvalidInputException(source, 0, 0, "zones", "okay (" + okay + ") must not be above good ("
                        + good + ")");
            }
            zones = new ScoreZones(good, okay);
        }
        return new Policy(gates, overrides, zones);
    }

    private void addGate(List<Gate> gates, Double threshold, String key, Map<String, Criticality> criticality,
                         String source) {
        if (threshold == null) {
            return;
        }
        Metric metric = PolicyFile.GATE_KEYS.get(key);
        if (metric == Metric.SCORE_PERCENT) {
            percentage(threshold, key, source);
        } else if (threshold < 0) {
            throw new InvalidInputException(source, 0, 0, key, "expected a number of at least 0, found " + threshold);
        }
        gates.add(Gate.of(metric, threshold, criticality.getOrDefault(key, Criticality.FAIL)));
    }

    private static void percentage(double value, String field, String source) {
        if (value < 0 || value > 100) {
            throw new InvalidInputException(source, 0, 0, field, "expected a percentage from 0 to 100, found " + value);
        }
    }

    private String knownControl(String name, String field, String source) {
        if (!catalog.contains(name)) {
            throw new InvalidInputException(source, 0, 0, field, "unknown improvement action '" + name
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
            problem = "expected " + expected(mismatch.getTargetType()) + ", found another type";
        } else if (e instanceof JsonMappingException) {
            problem = e.getOriginalMessage();
        } else {
            problem = "malformed YAML/JSON: " + e.getOriginalMessage();
        }
        return new InvalidInputException(source, line, column, field, problem);
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
        return "a " + type.getSimpleName();
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
