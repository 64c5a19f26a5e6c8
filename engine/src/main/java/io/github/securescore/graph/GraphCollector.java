package io.github.securescore.graph;

import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.FileReplacement;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Records a tenant's identity configuration from Microsoft Graph into a snapshot file (the
 * format {@link io.github.securescore.snapshot.SnapshotReader} reads). Independent resources are
 * read concurrently, each into its own fragment file, page by page with only the fields the
 * evaluators use; then the groups that conditional access policies name and that hold directory
 * roles are read; finally the fragments are joined into the snapshot, written to a temporary
 * file and moved into place atomically. Memory stays bounded by a page, whatever the tenant's size.
 */
public final class GraphCollector {

    private final TenantConnection connection;
    private final CollectionProgress progress;
    private final CollectionSettings settings;
    private final TokenCredential credential;
    private final ObjectMapper mapper = new ObjectMapper();

    public GraphCollector(TenantConnection connection, Consumer<String> progress) {
        this(connection, progress, CollectionSettings.defaults(), null);
    }

    /**
     * @param credential the token source to use instead of the one the connection's authentication
     *                   describes (a front end that holds its own credential); null builds it from the connection
     */
    public GraphCollector(TenantConnection connection, Consumer<String> progress, CollectionSettings settings,
                          TokenCredential credential) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.progress = new CollectionProgress(progress != null ? progress : line -> { });
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credential = credential;
    }

    /** Reads the tenant and writes the snapshot; the file is either complete or untouched. */
    public void record(Path snapshotFile) {
        // a device, a directory or a link's odd target is refused before the collection starts
        Path target = FileReplacement.resolve(snapshotFile);
        Instant capturedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TokenCredential tokens = credential != null ? credential : AzureCredentials.of(connection);
        Path work = null;
        try {
            work = Files.createTempDirectory("identity-secure-score-graph-");
            Map<String, Fragment> fragments = collect(tokens, work);
            write(target, capturedAt, fragments);
        } catch (IOException e) {
            throw new CollectionException("cannot write the snapshot " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** A resource's recorded JSON, waiting to be joined into the snapshot. */
    private record Fragment(Path file, ResourceRecorder.Outcome outcome) {
    }

    private Map<String, Fragment> collect(TokenCredential tokens, Path work) throws IOException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "graph-collector-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try (GraphTransport transport = new GraphTransport(connection, tokens, settings)) {
            ResourceRecorder recorder = new ResourceRecorder(transport, settings, mapper, progress,
                    Redaction.of(connection), connection.graphRoot());
            AtomicInteger names = new AtomicInteger();
            Map<String, Future<Fragment>> pending = new TreeMap<>();
            for (ResourceRequest request : ResourceRequest.directory(settings)) {
                pending.put(request.key(), submit(pool, recorder, request, work.resolve(names.incrementAndGet() + ".json")));
            }
            Map<String, Fragment> done = new TreeMap<>();
            // the groups to expand depend on the policies and role assignments: wait for those first
            for (String key : List.of(GraphResource.CONDITIONAL_ACCESS_POLICIES.key(),
                    GraphResource.ROLE_ASSIGNMENTS.key(), GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key())) {
                done.put(key, await(pending.remove(key), pool));
            }
            for (String groupId : groupsToExpand(done)) {
                ResourceRequest request = ResourceRequest.groupMembers(groupId);
                pending.put(request.key(), submit(pool, recorder, request, work.resolve(names.incrementAndGet() + ".json")));
            }
            for (Map.Entry<String, Future<Fragment>> entry : pending.entrySet()) {
                done.put(entry.getKey(), await(entry.getValue(), pool));
            }
            if (done.values().stream().allMatch(f -> f.outcome().error() != null)) {
                ResourceRecorder.Outcome first = done.values().iterator().next().outcome();
                throw new CollectionException("Graph refused every resource (first: " + first.key() + ", HTTP "
                        + first.error().status() + " " + first.error().code() + "); check the app's permissions");
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<Fragment> submit(ExecutorService pool, ResourceRecorder recorder, ResourceRequest request,
                                           Path file) {
        return pool.submit(() -> new Fragment(file, recorder.record(request, file)));
    }

    private static Fragment await(Future<Fragment> future, ExecutorService pool) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new CollectionException("collection was interrupted");
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof CollectionException collection) {
                throw collection;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Groups a conditional access policy includes or excludes, and groups that hold a directory role
     * actively or (PIM) as eligible.
     */
    private TreeSet<String> groupsToExpand(Map<String, Fragment> done) throws IOException {
        TreeSet<String> groups = new TreeSet<>();
        Fragment policies = done.get(GraphResource.CONDITIONAL_ACCESS_POLICIES.key());
        if (policies.outcome().error() == null) {
            for (JsonNode policy : mapper.readTree(policies.file().toFile()).path("value")) {
                JsonNode users = policy.path("conditions").path("users");
                for (String field : List.of("includeGroups", "excludeGroups")) {
                    users.path(field).forEach(id -> addGroup(groups, id.asText()));
                }
            }
        }
        for (GraphResource holders : List.of(GraphResource.ROLE_ASSIGNMENTS,
                GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES)) {
            Fragment assignments = done.get(holders.key());
            if (assignments.outcome().error() != null) {
                continue;
            }
            for (JsonNode assignment : mapper.readTree(assignments.file().toFile()).path("value")) {
                String type = assignment.path("principal").path("@odata.type").asText("");
                if (type.endsWith(".group")) {
                    addGroup(groups, assignment.path("principalId").asText(""));
                }
            }
        }
        return groups;
    }

    private static void addGroup(TreeSet<String> groups, String id) {
        // ids go into a URL path: accept Graph's GUIDs only, never a path a policy could inject
        if (id.matches("[0-9A-Fa-f-]{36}")) {
            groups.add(id.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void write(Path target, Instant capturedAt, Map<String, Fragment> fragments) throws IOException {
        Path temp = FileReplacement.tempBeside(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                String tenantId = tenantId(fragments);
                out.write(("{\n\"format\":" + quote(TenantSnapshot.FORMAT) + ",\n\"capturedAt\":"
                        + quote(capturedAt.toString()) + ",\n\"tenantId\":" + (tenantId == null ? "null" : quote(tenantId))
                        + ",\n\"resources\":{").getBytes(StandardCharsets.UTF_8));
                boolean first = true;
                for (String key : order(fragments)) {
                    out.write(((first ? "\n" : ",\n") + quote(key) + ":").getBytes(StandardCharsets.UTF_8));
                    Files.copy(fragments.get(key).file(), out);
                    first = false;
                }
                out.write("\n}\n}\n".getBytes(StandardCharsets.UTF_8));
            }
            FileReplacement.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The format's order: GraphResource order, the groups (sorted) where their template key stands. */
    private static List<String> order(Map<String, Fragment> fragments) {
        List<String> keys = new ArrayList<>();
        for (GraphResource resource : GraphResource.values()) {
            if (resource == GraphResource.GROUP_TRANSITIVE_MEMBERS) {
                fragments.keySet().stream().filter(k -> GraphResource.groupIdOf(k).isPresent()).sorted()
                        .forEach(keys::add);
            } else if (fragments.containsKey(resource.key())) {
                keys.add(resource.key());
            }
        }
        return keys;
    }

    /** The organization's id is the tenant id (the connection may name the tenant by a domain). */
    private String tenantId(Map<String, Fragment> fragments) throws IOException {
        Fragment organization = fragments.get(GraphResource.ORGANIZATION.key());
        if (organization != null && organization.outcome().error() == null) {
            JsonNode id = mapper.readTree(organization.file().toFile()).path("value").path(0).path("id");
            if (id.isTextual()) {
                return id.asText();
            }
        }
        return connection.tenantId();
    }

    private String quote(String text) throws IOException {
        return mapper.writeValueAsString(text);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
