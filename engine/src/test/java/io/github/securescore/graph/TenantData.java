package io.github.securescore.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link GraphTestServer} serves: Graph resources by snapshot key. Collections hand out
 * entities by index so that a generated million-user tenant costs no memory.
 */
public final class TenantData {

    /** One served resource. */
    public sealed interface Resource permits Collection, Singleton, Failure {
    }

    /** Entities by index. */
    public non-sealed interface Collection extends Resource {
        int size();

        void write(int index, Query query, JsonGenerator generator) throws IOException;
    }

    /** A request's OData options: {@code select} null means Graph's default fields. */
    public record Query(Set<String> select, Set<String> expand) {
    }

    public record Singleton(JsonNode entity) implements Resource {
    }

    public record Failure(int status, String code, String message) implements Resource {
    }

    private final String tenantId;
    private final Map<String, Resource> resources;

    private TenantData(String tenantId, Map<String, Resource> resources) {
        this.tenantId = tenantId;
        this.resources = resources;
    }

    /** Serves a snapshot file (the DESIGN format), entity for entity. */
    public static TenantData fromSnapshot(Path snapshot) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(snapshot)) {
            return fromSnapshot(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small example tenant the graph tests use (300 users), from the test-jar. */
    public static TenantData contoso() {
        try (java.io.InputStream in = TenantData.class.getResourceAsStream("contoso-snapshot.json")) {
            return fromSnapshot(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TenantData fromSnapshot(java.io.InputStream snapshot) {
        try {
            JsonNode root = new ObjectMapper().readTree(snapshot);
            Map<String, Resource> resources = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("resources").properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                resources.put(field.getKey(), resourceOf(field.getValue()));
            }
            if (!resources.containsKey("groups")) {
                // Graph lists the groups whose members a snapshot records
                com.fasterxml.jackson.databind.node.ArrayNode groups = new ObjectMapper().createArrayNode();
                resources.keySet().stream().sorted()
                        .map(io.github.securescore.snapshot.GraphResource::groupIdOf)
                        .flatMap(java.util.Optional::stream)
                        .forEach(id -> groups.addObject().put("id", id));
                resources.put("groups", new NodeCollection(groups));
            }
            JsonNode tenant = root.path("tenantId");
            return new TenantData(tenant.isTextual() ? tenant.asText() : null, resources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource resourceOf(JsonNode node) {
        JsonNode error = node.get("error");
        if (error != null && node.size() == 1) {
            return new Failure(error.path("status").asInt(), error.path("code").asText(null),
                    error.path("message").asText(null));
        }
        JsonNode value = node.get("value");
        if (value != null && value.isArray()) {
            return new NodeCollection(value);
        }
        return new Singleton(node);
    }

    public String tenantId() {
        return tenantId;
    }

    /** The resource at a key, or null (the server answers 404). */
    public Resource resource(String key) {
        return resources.get(key);
    }

    /** A copy with one resource replaced (or added). */
    public TenantData with(String key, Resource resource) {
        Map<String, Resource> copy = new HashMap<>(resources);
        copy.put(key, resource);
        return new TenantData(tenantId, copy);
    }

    /** A copy without a resource (the server answers 404 for it). */
    public TenantData without(String key) {
        Map<String, Resource> copy = new HashMap<>(resources);
        copy.remove(key);
        return new TenantData(tenantId, copy);
    }

    /** Entities from a snapshot: {@code $select} keeps the named fields, {@code id} and {@code @odata.type}. */
    record NodeCollection(JsonNode entities) implements Collection {
        @Override
        public int size() {
            return entities.size();
        }

        @Override
        public void write(int index, Query query, JsonGenerator generator) throws IOException {
            ObjectNode entity = (ObjectNode) entities.get(index);
            boolean expanded = !entity.has("principal") || query.expand().contains("principal");
            if (query.select() == null && expanded) {
                generator.writeTree(entity);
                return;
            }
            ObjectNode selected = entity.deepCopy();
            if (query.select() != null) {
                Set<String> keep = new java.util.HashSet<>(query.select());
                keep.add("id");
                keep.add("@odata.type");
                keep.add("principal");   // an expanded navigation property comes whatever $select says
                selected.retain(List.copyOf(keep));
            }
            if (!expanded) {
                selected.remove("principal");   // roleAssignments: the principal only comes with $expand
            }
            generator.writeTree(selected);
        }
    }
}
