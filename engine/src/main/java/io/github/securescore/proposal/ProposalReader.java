package io.github.securescore.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.securescore.InputFile;
import io.github.securescore.InvalidInputException;
import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.GraphDocument;
import io.github.securescore.snapshot.SecurityDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads proposed changes: files or folders (every {@code *.json} below, in path order) of Graph
 * JSON — conditionalAccessPolicy (one, an array, or a {@code {"value": [...]}} page),
 * identitySecurityDefaultsEnforcementPolicy, authorizationPolicy — and Terraform plans in JSON
 * ({@code terraform show -json}). What a file is, is told by its {@code @odata.type}, else by its
 * keys. Everything is read before anything is evaluated, so bad input changes nothing.
 */
public final class ProposalReader {

    private static final String CA_TYPE = "#microsoft.graph.conditionalAccessPolicy";
    private static final String DEFAULTS_TYPE = "#microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
    private static final String AUTHORIZATION_TYPE = "#microsoft.graph.authorizationPolicy";

    private final GraphDocument documents = new GraphDocument();

    /**
     * @param paths   files and folders of proposed changes
     * @param removed ids of conditional access policies to delete ({@code --remove ID})
     */
    public Proposal read(List<Path> paths, List<String> removed) {
        Collector into = new Collector();
        for (Path path : paths) {
            for (Path file : files(path)) {
                readFile(file, into);
            }
        }
        for (String id : removed) {
            if (id == null || id.isBlank()) {
                throw new InvalidInputException("--remove", 0, 0, null, "empty policy id; expected the id of a conditional access policy");
            }
            into.changes.add(ProposedChange.delete(id.trim(), "--remove " + id.trim()));
        }
        return new Proposal(into.changes, into.securityDefaults, into.authorization, into.unknowns, into.sources);
    }

    private static List<Path> files(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new InvalidInputException(path.toString(), 0, 0, null,
                            "is a folder with no *.json file; expected proposed policies or a Terraform plan");
                }
                return found;
            } catch (IOException e) {
                throw new InvalidInputException(path.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
            }
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(path.toString(), 0, 0, null, "no such file or folder");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path.toString(), 0, 0, null,
                    "is " + InputFile.kind(path) + ", expected a JSON file or a folder");
        }
        return List.of(path);
    }

    private void readFile(Path file, Collector into) {
        String name = file.toString();
        JsonNode tree = documents.tree(file);
        into.sources.add(name);
        if (tree.isArray()) {
            policies(tree, name, "", into);
            return;
        }
        if (!tree.isObject()) {
            throw new InvalidInputException(name, 1, 1, null, "expected a JSON object or array");
        }
        String type = tree.path("@odata.type").isTextual() ? tree.get("@odata.type").asText() : null;
        if (tree.has("resource_changes") || tree.has("terraform_version")) {
            new TerraformPlan(documents, name).read(tree, into.changes, into.unknowns);
        } else if (CA_TYPE.equals(type) || type == null && (tree.has("conditions") || tree.has("@removed"))) {
            into.changes.add(policyFile(file, tree));
        } else if (DEFAULTS_TYPE.equals(type) || type == null && tree.has("isEnabled")) {
            into.securityDefaults = documents.bind(file, SecurityDefaults.class);
        } else if (AUTHORIZATION_TYPE.equals(type) || type == null && tree.has("defaultUserRolePermissions")) {
            into.authorization = documents.bind(file, AuthorizationPolicy.class);
        } else if (type == null && tree.has("value") && tree.get("value").isArray()) {
            policies(tree.get("value"), name, "/value", into);
        } else {
            throw new InvalidInputException(name, 1, 1, type == null ? null : "@odata.type",
                    "expected a Graph conditionalAccessPolicy, identitySecurityDefaultsEnforcementPolicy or"
                            + " authorizationPolicy, or a Terraform plan (terraform show -json)"
                            + (type == null ? "" : ", found " + PolicyStates.abbreviate(type)));
        }
    }

    private ProposedChange policyFile(Path file, JsonNode tree) {
        String name = file.toString();
        JsonNode id = tree.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw new InvalidInputException(name, 0, 0, "/id", "expected the policy id as a string");
        }
        String policyId = id == null || id.isNull() || id.asText().isBlank() ? null : id.asText();
        if (tree.has("@removed")) {
            if (policyId == null) {
                throw new InvalidInputException(name, 0, 0, "/id",
                        "a removal (\"@removed\") without the id of the policy to delete; expected \"id\"");
            }
            return ProposedChange.delete(policyId, name);
        }
        ConditionalAccessPolicy policy = documents.bind(file, ConditionalAccessPolicy.class);
        PolicyStates.check(policy.state(), name, 0, 0, "/state");
        return upsert(policyId, policy, name, "proposed:" + file.getFileName());
    }

    private void policies(JsonNode array, String name, String pointer, Collector into) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String at = pointer + "/" + i;
            if (!element.isObject()) {
                throw new InvalidInputException(name, 0, 0, at, "expected a conditionalAccessPolicy object");
            }
            String policyId = element.path("id").isTextual() && !element.get("id").asText().isBlank()
                    ? element.get("id").asText() : null;
            if (element.has("@removed")) {
                if (policyId == null) {
                    throw new InvalidInputException(name, 0, 0, at + "/id",
                            "a removal (\"@removed\") without the id of the policy to delete; expected \"id\"");
                }
                into.changes.add(ProposedChange.delete(policyId, name + "#" + at));
                continue;
            }
            ConditionalAccessPolicy policy = documents.bind(element, ConditionalAccessPolicy.class, name, at);
            PolicyStates.check(policy.state(), name, 0, 0, at + "/state");
            into.changes.add(upsert(policyId, policy, name + "#" + at, "proposed:" + name + "#" + at));
        }
    }

    /** A policy without an id is new; it gets a stable name from where it was read. */
    static ProposedChange upsert(String policyId, ConditionalAccessPolicy policy, String origin, String newId) {
        String id = policyId != null ? policyId : newId;
        ConditionalAccessPolicy withId = new ConditionalAccessPolicy(id, policy.displayName(), policy.state(),
                policy.conditions(), policy.grantControls());
        return ProposedChange.upsert(id, withId, origin);
    }

    /** What the files add up to while they are read. */
    static final class Collector {
        final List<ProposedChange> changes = new ArrayList<>();
        final List<String> unknowns = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        SecurityDefaults securityDefaults;
        AuthorizationPolicy authorization;
    }
}
