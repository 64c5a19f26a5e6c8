package io.github.securescore.policy;

import io.github.securescore.InvalidInputException;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.policy.PolicyNode.Entry;
import io.github.securescore.policy.PolicyNode.Kind;
import io.github.securescore.policy.PolicyNode.Mapping;
import io.github.securescore.policy.PolicyNode.Position;
import io.github.securescore.policy.PolicyNode.Scalar;
import io.github.securescore.policy.PolicyNode.Sequence;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.StatusOverride;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The policy format's rules, applied to the parsed tree of a YAML or JSON file: which keys exist,
 * each value's type exactly (nothing is coerced: {@code "70"} is not a number, {@code 0} is not a
 * criticality, no value is never a default) and its range. Every error names the file, line and
 * column, the key's path and what was expected.
 */
final class PolicyBinder {

    static final Map<String, Metric> GATE_KEYS = new LinkedHashMap<>();

    static {
        GATE_KEYS.put("minPercent", Metric.SCORE_PERCENT);
        GATE_KEYS.put("minPoints", Metric.POINTS);
        GATE_KEYS.put("maxDrop", Metric.DROP_SINCE_PREVIOUS);
        GATE_KEYS.put("maxNotEvaluated", Metric.NOT_EVALUATED);
        GATE_KEYS.put("maxExpiredOverrides", Metric.EXPIRED_OVERRIDES);
    }

    private static final List<String> TOP_KEYS = List.of("version", "minPercent", "minPoints", "maxDrop",
            "maxNotEvaluated", "maxExpiredOverrides", "criticality", "controls", "overrides", "zones",
            "packs", "packGates", "omissions", "exclusions");
    private static final List<String> FLOOR_KEYS = List.of("minPercent", "criticality");
    private static final List<String> OVERRIDE_KEYS = List.of("control", "status", "justification", "owner",
            "expires");
    private static final List<String> ZONE_KEYS = List.of("good", "okay");

    /** Decimal numbers as YAML's core schema and JSON write them (no hex, octal, .inf or .nan). */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String PERCENT = "a number from 0 to 100 (percent)";
    private static final int SHOWN = 60;
    /** NOTE and ERROR are stage-only (see gate.Criticality). */
    private static final String CRITICALITIES = "FAIL, UNSTABLE, NOTE or ERROR";

    private final String source;
    private final ControlCatalog catalog;
    private final PackCatalog packs;
    private final List<String> warnings = new ArrayList<>();
    /** The front end's pack selection, which replaces the file's; empty for the file's own. */
    private final List<String> frontEndSelection;

    PolicyBinder(String source, ControlCatalog catalog, PackCatalog packs, List<String> frontEndSelection) {
        this.source = source;
        this.catalog = catalog;
        this.packs = packs;
        this.frontEndSelection = List.copyOf(frontEndSelection);
    }

    /** @param root the file's tree; null for a file with no document (no gates, no overrides) */
    Policy bind(PolicyNode root) {
        if (root == null) {
            return new Policy(List.of(), List.of(), ScoreZones.DEFAULT, List.of());
        }
        Map<String, Entry> top = keys(mapping(root, root.at(), null, "a mapping of policy keys ("
                + String.join(", ", TOP_KEYS) + ")"), null, TOP_KEYS);
        Entry version = top.get("version");
        if (version != null) {
            version(version);
        }
        Map<String, Criticality> criticality = criticality(top.get("criticality"));
        List<Gate> gates = new ArrayList<>();
        for (Map.Entry<String, Metric> gate : GATE_KEYS.entrySet()) {
            Entry entry = top.get(gate.getKey());
            if (entry != null) {
                gates.add(Gate.of(gate.getValue(), threshold(entry, gate.getValue()),
                        criticality.getOrDefault(gate.getKey(), Criticality.FAIL)));
            }
        }
        Entry controls = top.get("controls");
        if (controls != null) {
            Mapping floors = mapping(controls.value(), controls.key().at(), "controls",
                    "a mapping of improvement actions to floors");
            for (Entry floor : floors.entries()) {
                gates.add(floor(floor));
            }
        }
        Entry overrides = top.get("overrides");
        List<StatusOverride> statuses = overrides == null ? List.of() : overrides(overrides);
        Entry zones = top.get("zones");
        PackPolicyBinder packPolicy = new PackPolicyBinder(this, packs);
        List<String> selection = packPolicy.selection(top.get("packs"));
        // a gate's pack may be selected by the front end rather than the file: warn on what the check will select
        gates.addAll(packPolicy.gates(top.get("packGates"), frontEndSelection.isEmpty() ? selection : frontEndSelection));
        return new Policy(gates, statuses, zones == null ? ScoreZones.DEFAULT : zones(zones), warnings,
                selection, packPolicy.omissions(top.get("omissions")), packPolicy.exclusions(top.get("exclusions")));
    }

    private void version(Entry entry) {
        Scalar value = scalar(entry.value(), entry.valueAt(), "version", "the integer 1", Kind.NUMBER);
        if (!INTEGER.matcher(value.text()).matches()) {
            throw error(entry.valueAt(), "version", "expected the integer 1, found " + value.text());
        }
        if (!value.text().equals("1")) {
            // a newer format may mean something this engine would silently ignore
            throw error(entry.valueAt(), "version", "unsupported policy version " + shown(value.text())
                    + "; expected 1");
        }
    }

    private Map<String, Criticality> criticality(Entry entry) {
        Map<String, Criticality> result = new LinkedHashMap<>();
        if (entry == null) {
            return result;
        }
        Mapping mapping = mapping(entry.value(), entry.valueAt(), "criticality",
                "a mapping of gates (" + String.join(", ", GATE_KEYS.keySet()) + ") to " + CRITICALITIES);
        for (Entry gate : mapping.entries()) {
            String field = "criticality." + gate.key().text();
            if (!GATE_KEYS.containsKey(gate.key().text())) {
                throw error(gate.key().at(), field, "unknown gate '" + shown(gate.key().text())
                        + "'; expected one of " + String.join(", ", GATE_KEYS.keySet()));
            }
            result.put(gate.key().text(), criticalityOf(gate, field));
        }
        return result;
    }

    private double threshold(Entry entry, Metric metric) {
        String key = entry.key().text();
        Position at = entry.key().at();
        return switch (metric) {
            case SCORE_PERCENT -> percent(entry, key);
            case DROP_SINCE_PREVIOUS -> number(entry.value(), at, key, "a number of percentage points from 0 to 100",
                    0, 100);
            case NOT_EVALUATED, EXPIRED_OVERRIDES -> count(entry.value(), at, key);
            default -> number(entry.value(), at, key, "a number of at least 0", 0, Double.MAX_VALUE);
        };
    }

    private Gate floor(Entry entry) {
        String control = knownControl(entry.key(), entry.key().at(), "controls." + entry.key().text());
        String field = "controls." + control;
        Map<String, Entry> keys = keys(mapping(entry.value(), entry.valueAt(), field,
                "a mapping with minPercent and criticality"), field, FLOOR_KEYS);
        Entry minPercent = keys.get("minPercent");
        if (minPercent == null) {
            throw error(entry.key().at(), field + ".minPercent", "missing; expected " + PERCENT);
        }
        double threshold = percent(minPercent, field + ".minPercent");
        Entry criticality = keys.get("criticality");
        return Gate.control(control, threshold,
                criticality == null ? Criticality.FAIL : criticalityOf(criticality, field + ".criticality"));
    }

    private List<StatusOverride> overrides(Entry entry) {
        Sequence list = sequence(entry.value(), entry.valueAt(), "overrides", "a list of overrides");
        List<StatusOverride> result = new ArrayList<>();
        Map<String, Position> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            PolicyNode item = list.items().get(i);
            String field = "overrides[" + i + "]";
            Map<String, Entry> keys = keys(mapping(item, item.at(), field,
                    "a mapping with control, status, justification, owner and expires"), field, OVERRIDE_KEYS);
            Entry control = keys.get("control");
            if (control == null) {
                throw error(item.at(), field + ".control", "missing; expected an improvement action's name");
            }
            Entry status = keys.get("status");
            if (status == null) {
                throw error(item.at(), field + ".status", "missing; expected one of " + settableStatuses());
            }
            String name = knownControl(scalar(control.value(), control.key().at(), field + ".control",
                    "an improvement action's name", Kind.STRING), control.key().at(), field + ".control");
            Position first = seen.putIfAbsent(name, control.key().at());
            if (first != null) {
                // whichever one won, the other's justification and expiry would be ignored unseen
                throw error(control.key().at(), field + ".control", name + " has two overrides, at "
                        + source + ":" + first.line() + " and " + source + ":" + control.key().at().line()
                        + "; expected one override per improvement action");
            }
            result.add(new StatusOverride(name, status(status, field + ".status"),
                    optionalString(keys.get("justification"), field + ".justification"),
                    optionalString(keys.get("owner"), field + ".owner"),
                    date(keys.get("expires"), field + ".expires"), StatusOverride.POLICY));
        }
        return result;
    }

    private ScoreZones zones(Entry entry) {
        Map<String, Entry> keys = keys(mapping(entry.value(), entry.valueAt(), "zones",
                "a mapping with good and okay"), "zones", ZONE_KEYS);
        double good = keys.containsKey("good") ? zonePercent(keys.get("good")) : ScoreZones.DEFAULT.good();
        double okay = keys.containsKey("okay") ? zonePercent(keys.get("okay")) : ScoreZones.DEFAULT.okay();
        if (okay > good) {
            throw error(entry.key().at(), "zones", "okay (" + number(okay) + ") must not be above good ("
                    + number(good) + ")");
        }
        return new ScoreZones(good, okay);
    }

    private double zonePercent(Entry entry) {
        return number(entry.value(), entry.valueAt(), "zones." + entry.key().text(), PERCENT, 0, 100);
    }

    // ---- values -----------------------------------------------------------------------------

    /** A percent threshold; one that looks like a fraction (0.7 for 70 %) is kept, with a warning. */
    double percent(Entry entry, String field) {
        double value = number(entry.value(), entry.valueAt(), field, PERCENT, 0, 100);
        ThresholdGates.fractionWarning(value).ifPresent(w -> warnings.add(where(entry.key().at(), field) + w));
        return value;
    }

    double number(PolicyNode node, Position at, String field, String expected, double min, double max) {
        Scalar value = scalar(node, at, field, expected, Kind.NUMBER);
        double number = DECIMAL.matcher(value.text()).matches() ? Double.parseDouble(value.text()) : Double.NaN;
        if (!Double.isFinite(number) || number < min || number > max) {
            // .nan, .inf, 1e309 (too large for a double) and hex never reach a gate
            throw error(at, field, "expected " + expected + ", found " + shown(value.text()));
        }
        return number;
    }

    int count(PolicyNode node, Position at, String field) {
        String expected = "a whole number of at least 0";
        Scalar value = scalar(node, at, field, expected, Kind.NUMBER);
        if (!INTEGER.matcher(value.text()).matches() || value.text().startsWith("-")
                || value.text().replaceFirst("^[+]?0*", "").length() > 9) {
            throw error(at, field, "expected " + expected + " (at most 999999999), found " + shown(value.text()));
        }
        return Integer.parseInt(value.text().replaceFirst("^[+]", ""));
    }

    /** FAIL, UNSTABLE, NOTE or ERROR, in any letter case; nothing else (no numbers, no abbreviations). */
    Criticality criticalityOf(Entry entry, String field) {
        Scalar value = scalar(entry.value(), entry.valueAt(), field, CRITICALITIES, Kind.STRING);
        for (Criticality criticality : Criticality.values()) {
            if (criticality.name().equals(value.text().toUpperCase(Locale.ROOT))) {
                return criticality;
            }
        }
        throw error(entry.valueAt(), field, "expected " + CRITICALITIES + ", found '" + shown(value.text()) + "'");
    }

    private ControlStatus status(Entry entry, String field) {
        Scalar value = scalar(entry.value(), entry.valueAt(), field, "one of " + settableStatuses(), Kind.STRING);
        return ControlStatus.parse(value.text()).filter(ControlStatus::userSettable)
                .orElseThrow(() -> error(entry.valueAt(), field, "unknown status '" + shown(value.text())
                        + "'; expected one of " + settableStatuses()));
    }

    String optionalString(Entry entry, String field) {
        return entry == null ? null : scalar(entry.value(), entry.valueAt(), field, "a string", Kind.STRING).text();
    }

    LocalDate date(Entry entry, String field) {
        if (entry == null) {
            return null;
        }
        String expected = "a date like 2027-01-31";
        Scalar value = scalar(entry.value(), entry.valueAt(), field, expected, Kind.STRING);
        try {
            if (DATE.matcher(value.text()).matches()) {
                return LocalDate.parse(value.text());
            }
        } catch (DateTimeParseException e) {
            // named below like any other text that is not a date
        }
        throw error(entry.valueAt(), field, "expected " + expected + ", found '" + shown(value.text()) + "'");
    }

    private String knownControl(Scalar name, Position at, String field) {
        if (!catalog.contains(name.text())) {
            throw error(at, field, "unknown improvement action '" + shown(name.text()) + "'; expected one of "
                    + catalog.controls().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
        }
        return name.text();
    }

    // ---- shapes -----------------------------------------------------------------------------

    Mapping mapping(PolicyNode node, Position at, String field, String expected) {
        if (node instanceof Mapping mapping) {
            return mapping;
        }
        throw error(at, field, "expected " + expected + ", found " + found(node));
    }

    Sequence sequence(PolicyNode node, Position at, String field, String expected) {
        if (node instanceof Sequence sequence) {
            return sequence;
        }
        throw error(at, field, "expected " + expected + ", found " + found(node));
    }

    Scalar scalar(PolicyNode node, Position at, String field, String expected, Kind kind) {
        if (node instanceof Scalar scalar && scalar.kind() == kind) {
            return scalar;
        }
        String hint = node instanceof Scalar s && s.kind() == Kind.STRING && kind == Kind.NUMBER
                && DECIMAL.matcher(s.text().replaceFirst("\\s*%$", "")).matches()
                ? " (a string: write the number without quotes or %)" : "";
        throw error(at, field, "expected " + expected + ", found " + found(node) + hint);
    }

    /** The mapping's entries by key, refusing keys the format does not know. */
    Map<String, Entry> keys(Mapping mapping, String field, List<String> known) {
        Map<String, Entry> result = new LinkedHashMap<>();
        for (Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!known.contains(key)) {
                throw error(entry.key().at(), field == null ? key : field + "." + key, "unknown key '"
                        + shown(key) + "'; expected one of " + known.stream().sorted().collect(Collectors.joining(", ")));
            }
            result.put(key, entry);
        }
        return result;
    }

    private static String found(PolicyNode node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar scalar = (Scalar) node;
        return switch (scalar.kind()) {
            case NULL -> "no value";
            case BOOLEAN -> scalar.text() + " (true or false)";
            case NUMBER -> "the number " + shown(scalar.text());
            case STRING -> "'" + shown(scalar.text()) + "'";
        };
    }

    private static String settableStatuses() {
        return Arrays.stream(ControlStatus.values()).filter(ControlStatus::userSettable)
                .map(ControlStatus::label).collect(Collectors.joining(", "));
    }

    /** File text quoted in a message: shortened, line breaks spelled out. */
    static String shown(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    void warn(Position at, String field, String warning) {
        warnings.add(where(at, field) + warning);
    }

    String source() {
        return source;
    }

    private String where(Position at, String field) {
        return source + " (line " + at.line() + ", column " + at.column() + ", " + field + "): ";
    }

    InvalidInputException error(Position at, String field, String problem) {
        return new InvalidInputException(source, at.line(), at.column(), field, problem);
    }
}
