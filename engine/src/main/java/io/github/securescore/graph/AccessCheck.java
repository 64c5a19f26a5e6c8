package io.github.securescore.graph;

import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Signs in and reads one entity of every resource a collection reads, so that a new app
 * registration's permissions can be checked in seconds instead of by a whole collection of a
 * large tenant. Same transport, retries and throttling as {@link GraphCollector}; nothing is kept.
 */
public final class AccessCheck {

    /** The resource that stands for the per-group members: listing groups needs the same permission. */
    static final String GROUPS_PROBE = "groups";

    private final TenantConnection connection;
    private final CollectionSettings settings;
    private final TokenCredential credential;
    private final Consumer<String> progress;

    /**
     * @param credential the token source to use instead of the one the connection describes; null builds it
     */
    public AccessCheck(TenantConnection connection, CollectionSettings settings, TokenCredential credential,
                       Consumer<String> progress) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credential = credential;
        this.progress = progress != null ? progress : line -> { };
    }

    /** Reads one entity of each resource; a sign-in failure or a server that never answers throws. */
    public AccessReport run() {
        TokenCredential tokens = credential != null ? credential : AzureCredentials.of(connection);
        Path work = null;
        try (GraphTransport transport = new GraphTransport(connection, tokens, settings)) {
            work = Files.createTempDirectory("identity-secure-score-access-");
            ResourceRecorder recorder = new ResourceRecorder(transport, settings, new ObjectMapper(),
                    new CollectionProgress(progress), Redaction.of(connection), connection.graphRoot());
            List<AccessReport.Access> accesses = new ArrayList<>();
            int n = 0;
            for (ResourceRequest probe : probes(settings)) {
                Path fragment = work.resolve(++n + ".json");
                ResourceError error = recorder.record(probe, fragment).error();
                accesses.add(new AccessReport.Access(probe.key(), permission(probe.key()), error));
            }
            return new AccessReport(connection.tenantId(), accesses);
        } catch (IOException e) {
            throw new CollectionException("cannot check access: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Also after a refused sign-in, which throws with a probe's fragment still open. */
    private static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary directory left behind holds one entity at most, never a secret
        }
    }

    /** Each request of a collection, asking for one entity and one page only. */
    static List<ResourceRequest> probes(CollectionSettings settings) {
        List<ResourceRequest> probes = new ArrayList<>();
        for (ResourceRequest request : ResourceRequest.directory(settings)) {
            Map<String, String> query = new LinkedHashMap<>(request.query());
            query.computeIfPresent("$top", (name, value) -> "1");
            probes.add(new ResourceRequest(request.key(), request.shape(), Map.copyOf(query), request.selection(),
                    true));
        }
        // the members of a group are read per group, so the group list stands in for them
        probes.add(new ResourceRequest(GROUPS_PROBE, GraphResource.Shape.COLLECTION,
                orderedQuery("$select", "id", "$top", "1"), FieldSelection.of("id"), true));
        return probes;
    }

    private static Map<String, String> orderedQuery(String... pairs) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(query);
    }

    private static String permission(String key) {
        if (key.equals(GROUPS_PROBE)) {
            return GraphResource.GROUP_TRANSITIVE_MEMBERS.permission();
        }
        return GraphResource.ofKey(key).map(GraphResource::permission).orElse("(unknown)");
    }
}
