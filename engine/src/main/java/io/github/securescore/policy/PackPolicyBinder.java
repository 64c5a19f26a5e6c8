package io.github.securescore.policy;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.PackSelection;
import io.github.securescore.pack.Requirement;
import io.github.securescore.policy.PolicyNode.Entry;
import io.github.securescore.policy.PolicyNode.Kind;
import io.github.securescore.policy.PolicyNode.Mapping;
import io.github.securescore.policy.PolicyNode.Position;
import io.github.securescore.policy.PolicyNode.Scalar;
import io.github.securescore.policy.PolicyNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policy keys of baseline packs: {@code packs} (the selection), {@code packGates} (per-pack
 * gates and requirement floors), {@code omissions} and {@code exclusions}; as strict as the rest
 * of the format ({@link PolicyBinder}, whose value and shape rules it uses).
 */
final class PackPolicyBinder {

    private static final List<String> PACK_GATE_KEYS = List.of("minimumShallPercent", "maximumFailures",
            "criticality", "requirements");
    private static final List<String> PACK_METRIC_KEYS = List.of("minimumShallPercent", "maximumFailures");
    private static final List<String> REQUIREMENT_FLOOR_KEYS = List.of("criticality");
    private static final List<String> OMISSION_KEYS = List.of("pack", "requirement", "justification", "owner",
            "expires");
    private static final List<String> EXCLUSION_KEYS = List.of("account", "group", "justification", "owner",
            "expires", "requirements");

    private final PolicyBinder binder;
    private final PackCatalog catalog;

    PackPolicyBinder(PolicyBinder binder, PackCatalog catalog) {
        this.binder = binder;
        this.catalog = catalog;
    }

    /** {@code packs: [identity-secure-score, scuba-aad]}; absent: the score alone. */
    List<String> selection(Entry entry) {
        if (entry == null) {
            return Policy.DEFAULT_PACKS;
        }
        Sequence list = binder.sequence(entry.value(), entry.valueAt(), "packs", "a list of pack ids ("
                + knownPacks() + ")");
        if (list.items().isEmpty()) {
            throw binder.error(entry.valueAt(), "packs", "expected at least one pack id (" + knownPacks() + ")");
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            PolicyNode item = list.items().get(i);
            String field = "packs[" + i + "]";
            String id = selectable(binder.scalar(item, item.at(), field, "a pack id", Kind.STRING), field);
            if (!result.add(id)) {
                throw binder.error(item.at(), field, id + " is listed twice; expected each pack once");
            }
        }
        return List.copyOf(result);
    }

    List<Gate> gates(Entry entry, List<String> selection) {
        if (entry == null) {
            return List.of();
        }
        Mapping perPack = binder.mapping(entry.value(), entry.valueAt(), "packGates",
                "a mapping of pack ids to their gates");
        List<Gate> gates = new ArrayList<>();
        for (Entry packEntry : perPack.entries()) {
            String field = "packGates." + packEntry.key().text();
            Pack pack = pack(packEntry.key(), field);
            if (!selection.contains(pack.id())) {
                binder.warn(packEntry.key().at(), field, "pack " + pack.id()
                        + " is not selected in packs, so its gates have no data unless --pack selects it");
            }
            Map<String, Entry> keys = binder.keys(binder.mapping(packEntry.value(), packEntry.valueAt(), field,
                    "a mapping with " + String.join(", ", PACK_GATE_KEYS)), field, PACK_GATE_KEYS);
            Map<String, Criticality> criticality = criticality(keys.get("criticality"), field + ".criticality");
            Entry shall = keys.get("minimumShallPercent");
            if (shall != null) {
                gates.add(Gate.pack(pack.id(), Metric.PACK_SHALL_PERCENT,
                        binder.percent(shall, field + ".minimumShallPercent"),
                        criticality.getOrDefault("minimumShallPercent", Criticality.FAIL)));
            }
            Entry failures = keys.get("maximumFailures");
            if (failures != null) {
                gates.add(Gate.pack(pack.id(), Metric.PACK_FAILURES,
                        binder.count(failures.value(), failures.valueAt(), field + ".maximumFailures"),
                        criticality.getOrDefault("maximumFailures", Criticality.FAIL)));
            }
            Entry requirements = keys.get("requirements");
            if (requirements != null) {
                gates.addAll(floors(pack, requirements, field + ".requirements"));
            }
        }
        return gates;
    }

    List<PackOmission> omissions(Entry entry) {
        if (entry == null) {
            return List.of();
        }
        Sequence list = binder.sequence(entry.value(), entry.valueAt(), "omissions", "a list of omissions");
        List<PackOmission> result = new ArrayList<>();
        Map<String, Position> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            PolicyNode item = list.items().get(i);
            String field = "omissions[" + i + "]";
            Map<String, Entry> keys = binder.keys(binder.mapping(item, item.at(), field,
                    "a mapping with pack, requirement, justification, owner and expires"), field, OMISSION_KEYS);
            Entry packKey = required(keys, "pack", item, field, "a pack id (" + catalogIds() + ")");
            Pack pack = pack(binder.scalar(packKey.value(), packKey.valueAt(), field + ".pack", "a pack id",
                    Kind.STRING), field + ".pack");
            Entry requirementKey = required(keys, "requirement", item, field, "a requirement id of " + pack.id());
            Scalar requirementName = binder.scalar(requirementKey.value(), requirementKey.valueAt(),
                    field + ".requirement", "a requirement id", Kind.STRING);
            Requirement requirement = requirement(pack, requirementName, field + ".requirement");
            Position first = seen.putIfAbsent(pack.id() + " " + requirement.id(), requirementKey.valueAt());
            if (first != null) {
                // whichever one won, the other's justification and expiry would be ignored unseen
                throw binder.error(requirementKey.valueAt(), field + ".requirement", requirement.id()
                        + " has two omissions, at lines " + first.line() + " and " + requirementKey.valueAt().line()
                        + "; expected one omission per requirement");
            }
            result.add(new PackOmission(pack.id(), requirement.id(), justification(keys, item, field),
                    binder.optionalString(keys.get("owner"), field + ".owner"),
                    binder.date(keys.get("expires"), field + ".expires")));
        }
        return result;
    }

    List<AcceptedExclusion> exclusions(Entry entry) {
        if (entry == null) {
            return List.of();
        }
        Sequence list = binder.sequence(entry.value(), entry.valueAt(), "exclusions",
                "a list of accepted exclusions");
        List<AcceptedExclusion> result = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            PolicyNode item = list.items().get(i);
            String field = "exclusions[" + i + "]";
            Map<String, Entry> keys = binder.keys(binder.mapping(item, item.at(), field,
                    "a mapping with account or group, justification, owner, expires and requirements"), field,
                    EXCLUSION_KEYS);
            Entry account = keys.get("account");
            Entry group = keys.get("group");
            if ((account == null) == (group == null)) {
                throw binder.error(account != null ? group.key().at() : item.at(), field,
                        "expected exactly one of account (an object id or user principal name) or group (an object id)");
            }
            Entry subject = account != null ? account : group;
            String name = binder.scalar(subject.value(), subject.valueAt(), field + "." + subject.key().text(),
                    account != null ? "an account's object id or user principal name" : "a group's object id",
                    Kind.STRING).text().trim();
            if (name.isEmpty()) {
                throw binder.error(subject.valueAt(), field + "." + subject.key().text(), "expected a non-empty id");
            }
            result.add(new AcceptedExclusion(account != null ? AcceptedExclusion.Kind.ACCOUNT
                    : AcceptedExclusion.Kind.GROUP, name, justification(keys, item, field),
                    binder.optionalString(keys.get("owner"), field + ".owner"),
                    binder.date(keys.get("expires"), field + ".expires"),
                    requirementIds(required(keys, "requirements", item, field,
                            "a list of requirement ids, or all"), field + ".requirements")));
        }
        return result;
    }

    // ---- parts ------------------------------------------------------------------------------

    private List<Gate> floors(Pack pack, Entry entry, String field) {
        Mapping floors = binder.mapping(entry.value(), entry.valueAt(), field,
                "a mapping of " + pack.id() + " requirement ids to {criticality: ...}");
        List<Gate> gates = new ArrayList<>();
        for (Entry floor : floors.entries()) {
            Requirement requirement = requirement(pack, floor.key(), field + "." + floor.key().text());
            String floorField = field + "." + requirement.id();
            Map<String, Entry> keys = binder.keys(binder.mapping(floor.value(), floor.valueAt(), floorField,
                    "a mapping with criticality"), floorField, REQUIREMENT_FLOOR_KEYS);
            Entry criticality = keys.get("criticality");
            gates.add(Gate.requirement(pack.id(), requirement.id(), criticality == null ? Criticality.FAIL
                    : binder.criticalityOf(criticality, floorField + ".criticality")));
        }
        return gates;
    }

    private Map<String, Criticality> criticality(Entry entry, String field) {
        Map<String, Criticality> result = new LinkedHashMap<>();
        if (entry == null) {
            return result;
        }
        Mapping mapping = binder.mapping(entry.value(), entry.valueAt(), field,
                "a mapping of " + String.join(" or ", PACK_METRIC_KEYS) + " to a criticality");
        for (Entry gate : binder.keys(mapping, field, PACK_METRIC_KEYS).values()) {
            result.put(gate.key().text(), binder.criticalityOf(gate, field + "." + gate.key().text()));
        }
        return result;
    }

    /** {@code all}, or a non-empty list of requirement ids, each of some pack. */
    private Set<String> requirementIds(Entry entry, String field) {
        if (entry.value() instanceof Scalar scalar && scalar.kind() == Kind.STRING && scalar.text().equals("all")) {
            return Set.of();
        }
        Sequence list = binder.sequence(entry.value(), entry.valueAt(), field, "a list of requirement ids, or all");
        if (list.items().isEmpty()) {
            throw binder.error(entry.valueAt(), field, "expected at least one requirement id, or all");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            PolicyNode item = list.items().get(i);
            String itemField = field + "[" + i + "]";
            Scalar id = binder.scalar(item, item.at(), itemField, "a requirement id", Kind.STRING);
            if (catalog.packs().stream().noneMatch(p -> p.requirement(id.text()).isPresent())) {
                throw binder.error(item.at(), itemField, "unknown requirement '" + PolicyBinder.shown(id.text())
                        + "'; expected a requirement id of " + catalogIds() + " (see the packs command)");
            }
            if (!ids.add(id.text())) {
                throw binder.error(item.at(), itemField, id.text() + " is listed twice");
            }
        }
        return ids;
    }

    private String justification(Map<String, Entry> keys, PolicyNode item, String field) {
        Entry entry = required(keys, "justification", item, field, "why it is accepted");
        String text = binder.optionalString(entry, field + ".justification");
        if (text.isBlank()) {
            throw binder.error(entry.valueAt(), field + ".justification", "expected why it is accepted, found ''");
        }
        return text;
    }

    private Entry required(Map<String, Entry> keys, String key, PolicyNode item, String field, String expected) {
        Entry entry = keys.get(key);
        if (entry == null) {
            throw binder.error(item.at(), field + "." + key, "missing; expected " + expected);
        }
        return entry;
    }

    private String selectable(Scalar id, String field) {
        if (id.text().equals(PackSelection.SCORE)) {
            return PackSelection.SCORE;
        }
        return pack(id, field).id();
    }

    private Pack pack(Scalar id, String field) {
        return catalog.pack(id.text()).orElseThrow(() -> binder.error(id.at(), field, "unknown pack '"
                + PolicyBinder.shown(id.text()) + "'; expected one of " + (field.startsWith("packs[") ? knownPacks()
                : catalogIds())));
    }

    private Requirement requirement(Pack pack, Scalar id, String field) {
        return pack.requirement(id.text()).orElseThrow(() -> binder.error(id.at(), field, "unknown requirement '"
                + PolicyBinder.shown(id.text()) + "' of " + pack.id() + "; expected one of "
                + pack.requirements().stream().map(Requirement::id).collect(Collectors.joining(", "))));
    }

    private String knownPacks() {
        return Stream.concat(Stream.of(PackSelection.SCORE), catalog.packs().stream().map(Pack::id))
                .collect(Collectors.joining(", "));
    }

    private String catalogIds() {
        return catalog.packs().isEmpty() ? "(no packs installed)"
                : catalog.packs().stream().map(Pack::id).collect(Collectors.joining(", "));
    }
}
