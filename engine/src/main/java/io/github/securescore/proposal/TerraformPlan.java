package io.github.securescore.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.GraphDocument;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code azuread_conditional_access_policy} changes of a Terraform plan in JSON
 * ({@code terraform show -json}), translated from the azuread provider's schema to Graph's shape.
 * The provider nests every block as a one-element list ({@code conditions[0].users[0]}); its
 * attribute names are Graph's in snake case, with "included"/"excluded" for Graph's
 * "include"/"exclude". An attribute this translation does not know, and a value Terraform knows
 * only after apply ({@code after_unknown}), is reported and left out: never guessed.
 */
final class TerraformPlan {

    static final String RESOURCE = "azuread_conditional_access_policy";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Provider attributes read nowhere in scoring: accepted without a word. */
    private static final Set<String> NOT_SCORED = Set.of("session_controls", "client_applications",
            "service_principal_risk_levels", "timeouts", "object_id");

    private final GraphDocument documents;
    private final String source;

    TerraformPlan(GraphDocument documents, String source) {
        this.documents = documents;
        this.source = source;
    }

    void read(JsonNode plan, List<ProposedChange> changes, List<String> unknowns) {
        JsonNode resources = plan.get("resource_changes");
        if (resources == null || resources.isNull()) {
            return;   // a plan with nothing to change
        }
        if (!resources.isArray()) {
            throw bad("/resource_changes", "expected an array of resource changes");
        }
        for (int i = 0; i < resources.size(); i++) {
            String at = "/resource_changes/" + i;
            JsonNode resource = resources.get(i);
            if (!resource.isObject()) {
                throw bad(at, "expected a resource change object");
            }
            String type = text(resource, "type", at);
            String address = text(resource, "address", at);
            if (!"managed".equals(resource.path("mode").asText("managed"))) {
                continue;   // data sources are read, never changed
            }
            JsonNode change = resource.get("change");
            if (change == null || !change.isObject()) {
                throw bad(at + "/change", "expected the change object of " + address);
            }
            List<String> actions = actions(change, at + "/change/actions");
            if (actions.equals(List.of("no-op")) || actions.equals(List.of("read")) || actions.equals(List.of("forget"))) {
                continue;
            }
            if (!RESOURCE.equals(type)) {
                if (type.startsWith("azuread_")) {
                    unknowns.add(address + " (" + String.join(", ", actions) + "): " + type
                            + " is not translated; only " + RESOURCE + " changes are scored");
                }
                continue;
            }
            translate(address, actions, change, at + "/change", changes, unknowns);
        }
    }

    private void translate(String address, List<String> actions, JsonNode change, String at,
                           List<ProposedChange> changes, List<String> unknowns) {
        String origin = source + " " + address;
        boolean create = actions.contains("create");
        boolean delete = actions.contains("delete");
        boolean update = actions.contains("update");
        if (!(create || delete || update) || update && (create || delete)) {
            throw bad(at + "/actions", "unexpected actions " + actions
                    + "; expected create, update, delete, or delete and create (replace)");
        }
        String beforeId = delete || update ? id(change.get("before"), at + "/before", address) : null;
        if (delete) {
            changes.add(ProposedChange.delete(beforeId, origin));
        }
        if (create || update) {
            JsonNode after = object(change.get("after"), at + "/after", address);
            JsonNode afterUnknown = change.has("after_unknown") ? change.get("after_unknown") : NODES.objectNode();
            for (String path : unknownPaths(afterUnknown, "")) {
                if (!path.equals("id") && !path.equals("object_id")) {
                    unknowns.add(address + ": " + path + " is known only after apply; scored without it");
                }
            }
            String id = update ? beforeId
                    : after.path("id").isTextual() ? after.get("id").asText() : "terraform:" + address;
            ConditionalAccessPolicy policy = documents.bind(graph(after, at + "/after", address, unknowns),
                    ConditionalAccessPolicy.class, source, at + "/after");
            PolicyStates.check(policy.state(), source, 0, 0, at + "/after/state");
            changes.add(ProposalReader.upsert(id, policy, origin, id));
        }
    }

    /** The provider's attributes in Graph's shape. */
    private ObjectNode graph(JsonNode after, String at, String address, List<String> unknowns) {
        ObjectNode policy = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String pointer = at + "/" + name;
            switch (name) {
                case "id" -> { }
                case "display_name" -> policy.set("displayName", string(value, pointer));
                case "state" -> policy.set("state", string(value, pointer));
                case "conditions" -> block(value, pointer, address, unknowns)
                        .ifPresent(c -> policy.set("conditions", conditions(c, pointer + "/0", address, unknowns)));
                case "grant_controls" -> block(value, pointer, address, unknowns)
                        .ifPresent(g -> policy.set("grantControls", grantControls(g, pointer + "/0", address, unknowns)));
                default -> unknown(name, value, pointer, address, unknowns);
            }
        }
        return policy;
    }

    private ObjectNode conditions(JsonNode conditions, String at, String address, List<String> unknowns) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = conditions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = at + "/" + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "client_app_types" -> graph.set("clientAppTypes", strings(value, pointer));
                case "sign_in_risk_levels" -> graph.set("signInRiskLevels", strings(value, pointer));
                case "user_risk_levels" -> graph.set("userRiskLevels", strings(value, pointer));
                case "insider_risk_levels" -> {
                    JsonNode levels = string(value, pointer);
                    if (!levels.isNull() && !levels.asText().isEmpty()) {
                        graph.set("insiderRiskLevels", levels);
                    }
                }
                case "users" -> block(value, pointer, address, unknowns)
                        .ifPresent(u -> graph.set("users", users(u, pointer + "/0", address, unknowns)));
                case "applications" -> block(value, pointer, address, unknowns).ifPresent(a -> graph.set("applications",
                        renamed(a, pointer + "/0", address, unknowns, Map.of("included_applications", "includeApplications",
                                "excluded_applications", "excludeApplications",
                                "included_user_actions", "includeUserActions"))));
                case "locations" -> block(value, pointer, address, unknowns).ifPresent(l -> graph.set("locations",
                        renamed(l, pointer + "/0", address, unknowns, Map.of("included_locations", "includeLocations",
                                "excluded_locations", "excludeLocations"))));
                case "platforms" -> block(value, pointer, address, unknowns).ifPresent(p -> graph.set("platforms",
                        renamed(p, pointer + "/0", address, unknowns, Map.of("included_platforms", "includePlatforms",
                                "excluded_platforms", "excludePlatforms"))));
                case "devices" -> block(value, pointer, address, unknowns)
                        .ifPresent(d -> graph.set("devices", devices(d, pointer + "/0", address, unknowns)));
                default -> unknown(field.getKey(), value, pointer, address, unknowns);
            }
        }
        return graph;
    }

    private ObjectNode users(JsonNode users, String at, String address, List<String> unknowns) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = users.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            String pointer = at + "/" + name;
            JsonNode value = field.getValue();
            String list = switch (name) {
                case "included_users" -> "includeUsers";
                case "excluded_users" -> "excludeUsers";
                case "included_groups" -> "includeGroups";
                case "excluded_groups" -> "excludeGroups";
                case "included_roles" -> "includeRoles";
                case "excluded_roles" -> "excludeRoles";
                default -> null;
            };
            if (list != null) {
                graph.set(list, strings(value, pointer));
            } else if (name.equals("included_guests_or_external_users") || name.equals("excluded_guests_or_external_users")) {
                String graphName = name.startsWith("included") ? "includeGuestsOrExternalUsers" : "excludeGuestsOrExternalUsers";
                block(value, pointer, address, unknowns)
                        .ifPresent(g -> graph.set(graphName, guests(g, pointer + "/0", address, unknowns)));
            } else {
                unknown(name, value, pointer, address, unknowns);
            }
        }
        return graph;
    }

    /** Graph keeps the guest types as one comma-separated string; the provider as a list. */
    private ObjectNode guests(JsonNode guests, String at, String address, List<String> unknowns) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = guests.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = at + "/" + field.getKey();
            switch (field.getKey()) {
                case "guest_or_external_user_types" -> {
                    StringBuilder types = new StringBuilder();
                    for (JsonNode type : strings(field.getValue(), pointer)) {
                        types.append(types.length() == 0 ? "" : ",").append(type.asText());
                    }
                    graph.put("guestOrExternalUserTypes", types.toString());
                }
                case "external_tenants" -> block(field.getValue(), pointer, address, unknowns).ifPresent(t -> {
                    ObjectNode tenants = NODES.objectNode();
                    JsonNode kind = t.get("membership_kind");
                    if (kind != null) {
                        tenants.set("membershipKind", string(kind, pointer + "/0/membership_kind"));
                    }
                    if (t.has("members")) {
                        tenants.set("members", strings(t.get("members"), pointer + "/0/members"));
                    }
                    graph.set("externalTenants", tenants);
                });
                default -> unknown(field.getKey(), field.getValue(), pointer, address, unknowns);
            }
        }
        return graph;
    }

    private ObjectNode devices(JsonNode devices, String at, String address, List<String> unknowns) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = devices.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = at + "/" + field.getKey();
            if (field.getKey().equals("filter")) {
                block(field.getValue(), pointer, address, unknowns).ifPresent(f -> {
                    ObjectNode filter = NODES.objectNode();
                    filter.set("mode", string(f.path("mode"), pointer + "/0/mode"));
                    filter.set("rule", string(f.path("rule"), pointer + "/0/rule"));
                    graph.set("deviceFilter", filter);
                });
            } else {
                unknown(field.getKey(), field.getValue(), pointer, address, unknowns);
            }
        }
        return graph;
    }

    private ObjectNode grantControls(JsonNode grant, String at, String address, List<String> unknowns) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = grant.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = at + "/" + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "operator" -> graph.set("operator", string(value, pointer));
                case "built_in_controls" -> graph.set("builtInControls", strings(value, pointer));
                case "custom_authentication_factors" -> graph.set("customAuthenticationFactors", strings(value, pointer));
                case "terms_of_use" -> graph.set("termsOfUse", strings(value, pointer));
                case "authentication_strength_policy_id" -> {
                    // the provider keeps the strength as a path, /policies/authenticationStrengthPolicies/{id}
                    JsonNode path = string(value, pointer);
                    if (!path.isNull() && !path.asText().isEmpty()) {
                        String text = path.asText();
                        ObjectNode strength = NODES.objectNode();
                        strength.put("id", text.substring(text.lastIndexOf('/') + 1));
                        graph.set("authenticationStrength", strength);
                    }
                }
                default -> unknown(field.getKey(), value, pointer, address, unknowns);
            }
        }
        return graph;
    }

    private ObjectNode renamed(JsonNode block, String at, String address, List<String> unknowns, Map<String, String> names) {
        ObjectNode graph = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String graphName = names.get(field.getKey());
            if (graphName != null) {
                graph.set(graphName, strings(field.getValue(), at + "/" + field.getKey()));
            } else {
                unknown(field.getKey(), field.getValue(), at + "/" + field.getKey(), address, unknowns);
            }
        }
        return graph;
    }

    private void unknown(String name, JsonNode value, String pointer, String address, List<String> unknowns) {
        if (NOT_SCORED.contains(name) || value.isNull() || value.isArray() && value.isEmpty()
                || value.isTextual() && value.asText().isEmpty()) {
            return;   // unset, or set where scoring does not look
        }
        unknowns.add(address + ": attribute " + pointer + " is unknown to this tool; not scored");
    }

    /** A provider block: a list of at most one object; empty or null is "not set". */
    private java.util.Optional<JsonNode> block(JsonNode value, String pointer, String address, List<String> unknowns) {
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!value.isArray() || value.size() != 1 || !value.get(0).isObject()) {
            throw bad(pointer, "expected a block: a list of one object, as terraform show -json writes it");
        }
        return java.util.Optional.of(value.get(0));
    }

    private JsonNode strings(JsonNode value, String pointer) {
        if (value == null || value.isNull()) {
            return NODES.arrayNode();
        }
        if (!value.isArray()) {
            throw bad(pointer, "expected a list of strings");
        }
        ArrayNode copy = NODES.arrayNode();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isNull()) {
                continue;   // an element known only after apply: reported from after_unknown
            }
            if (!element.isTextual()) {
                throw bad(pointer + "/" + i, "expected a string");
            }
            copy.add(element);
        }
        return copy;
    }

    private JsonNode string(JsonNode value, String pointer) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return NODES.nullNode();
        }
        if (!value.isTextual()) {
            throw bad(pointer, "expected a string");
        }
        return value;
    }

    /** Paths (provider notation, e.g. conditions[0].users[0].excluded_groups) marked true in after_unknown. */
    static List<String> unknownPaths(JsonNode node, String prefix) {
        List<String> paths = new java.util.ArrayList<>();
        if (node.isBoolean() && node.booleanValue()) {
            paths.add(prefix);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(unknownPaths(node.get(i), prefix + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                paths.addAll(unknownPaths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey()));
            }
        }
        return paths;
    }

    private List<String> actions(JsonNode change, String pointer) {
        JsonNode actions = change.get("actions");
        if (actions == null || !actions.isArray() || actions.isEmpty()) {
            throw bad(pointer, "expected the list of actions (create, update, delete, no-op)");
        }
        List<String> list = new java.util.ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).isTextual()) {
                throw bad(pointer + "/" + i, "expected an action name");
            }
            list.add(actions.get(i).asText());
        }
        return List.copyOf(list);
    }

    private String id(JsonNode before, String pointer, String address) {
        JsonNode object = object(before, pointer, address);
        JsonNode id = object.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw bad(pointer + "/id", "expected the id of the existing policy " + address);
        }
        return id.asText();
    }

    private JsonNode object(JsonNode value, String pointer, String address) {
        if (value == null || !value.isObject()) {
            throw bad(pointer, "expected the attributes of " + address + " as an object");
        }
        return value;
    }

    private String text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw bad(at + "/" + key, "expected a string");
        }
        return value.asText();
    }

    private InvalidInputException bad(String pointer, String problem) {
        return new InvalidInputException(source, 0, 0, pointer, problem);
    }
}
