package io.github.securescore.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The identity improvement actions this engine knows, read from {@code catalog.json}. */
public final class ControlCatalog {

    private static final String RESOURCE = "catalog.json";

    private final Map<String, Control> controls;
    /** controlName → Microsoft Entra recommendations' recommendationType of the same action. */
    private final Map<String, String> recommendationTypes;

    private ControlCatalog(Map<String, Control> controls, Map<String, String> recommendationTypes) {
        this.controls = controls;
        this.recommendationTypes = recommendationTypes;
    }

    /** The catalog bundled with the engine. */
    public static ControlCatalog bundled() {
        try (InputStream in = ControlCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog.json is missing from the engine jar");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled catalog.json cannot be read", e);
        }
    }

    private static ControlCatalog parse(JsonNode root) {
        Map<String, Control> controls = new LinkedHashMap<>();
        Map<String, String> recommendationTypes = new LinkedHashMap<>();
        for (JsonNode c : root.get("controls")) {
            if (c.path("recommendationType").isTextual()) {
                recommendationTypes.put(c.get("controlName").asText(), c.get("recommendationType").asText());
            }
            Control control = new Control(
                    c.get("controlName").asText(),
                    c.get("title").asText(),
                    c.get("category").asText(),
                    c.get("maxScore").asDouble(),
                    Control.Scoring.valueOf(c.get("scoring").asText().toUpperCase(Locale.ROOT)),
                    population(c.get("population").asText()),
                    Control.Level.valueOf(c.get("userImpact").asText().toUpperCase(Locale.ROOT)),
                    Control.Level.valueOf(c.get("implementationCost").asText().toUpperCase(Locale.ROOT)),
                    strings(c.get("threats")),
                    c.get("remediation").asText(),
                    strings(c.get("resources")),
                    c.path("notScored").asBoolean(false),
                    c.path("remediationUrl").isTextual() ? c.get("remediationUrl").asText() : null);
            controls.put(control.name(), control);
        }
        return new ControlCatalog(Collections.unmodifiableMap(controls), Collections.unmodifiableMap(recommendationTypes));
    }

    private static Control.Population population(String text) {
        return switch (text) {
            case "admins" -> Control.Population.ADMINS;
            case "enabledUsers" -> Control.Population.ENABLED_USERS;
            default -> Control.Population.NONE;
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    /** Every control in catalog order. */
    public List<Control> controls() {
        return List.copyOf(controls.values());
    }

    public Optional<Control> control(String name) {
        return Optional.ofNullable(controls.get(name));
    }

    public boolean contains(String name) {
        return controls.containsKey(name);
    }

    /** The action's name in Microsoft Entra recommendations ({@code recommendationType}), if it has one. */
    public Optional<String> recommendationType(String controlName) {
        return Optional.ofNullable(recommendationTypes.get(controlName));
    }

    /**
     * Whether a name Microsoft uses (a controlName of Secure Score, or a recommendationType of Entra
     * recommendations; case ignored) is one of this catalog's actions.
     */
    public boolean knows(String microsoftName) {
        if (microsoftName == null) {
            return false;
        }
        return controls.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(microsoftName))
                || recommendationTypes.values().stream().anyMatch(t -> t.equalsIgnoreCase(microsoftName));
    }
}
