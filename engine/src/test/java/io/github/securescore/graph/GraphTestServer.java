package io.github.securescore.graph;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * An in-process Microsoft Graph v1.0 on 127.0.0.1 that serves a tenant (any snapshot file) with
 * Graph's paging ({@code $top}, {@code @odata.nextLink} with a skip token), {@code $select} and
 * {@code $expand} honoured loosely, bearer-token checks, and faults injected on demand: 429 with
 * and without {@code Retry-After}, 503/504, slow answers, dropped connections, 403 on chosen
 * resources, malformed JSON. Shipped in the engine's test-jar for the other modules' tests.
 */
public final class GraphTestServer implements AutoCloseable {

    static {
        // without it the JDK server delays small responses ~50 ms (Nagle + delayed ACK)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** The access token {@link #credential()} hands out; the server requires it. */
    public static final String ACCESS_TOKEN = "test-access-token-7f3c";

    /** A fault answered instead of the data. */
    public sealed interface Fault permits Throttled, Status, Slow, Dropped, Malformed, Forbidden {
    }

    /** 429; {@code retryAfterSeconds} null leaves the header out. */
    public record Throttled(Integer retryAfterSeconds) implements Fault {
    }

    /** Any status with a Graph error body (503, 504, 500...). */
    public record Status(int status) implements Fault {
    }

    /** Answers correctly, but only after a delay. */
    public record Slow(Duration delay) implements Fault {
    }

    /** Sends the headers and half the body, then closes the connection. */
    public record Dropped() implements Fault {
    }

    /** 200 with a body that is not valid JSON. */
    public record Malformed() implements Fault {
    }

    /** 403 Authorization_RequestDenied. */
    public record Forbidden() implements Fault {
    }

    private static final JsonFactory JSON = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 999;

    private final TenantData data;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Fault>> faults = new ConcurrentHashMap<>();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean keepLog = true;
    private volatile int pageLimit = MAX_PAGE;
    private volatile String nextLinkRoot;
    private final Map<String, String> preferHeaders = new ConcurrentHashMap<>();

    private GraphTestServer(TenantData data) throws IOException {
        this.data = data;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "graph-test-server-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static GraphTestServer serve(Path snapshot) throws IOException {
        return new GraphTestServer(TenantData.fromSnapshot(snapshot));
    }

    public static GraphTestServer serve(TenantData data) throws IOException {
        return new GraphTestServer(data);
    }

    /** The Graph root to point a connection at, e.g. {@code http://127.0.0.1:PORT/v1.0}. */
    public String graphRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
    }

    /** A connection to this server (client secret sign-in; pair it with {@link #credential()}). */
    public TenantConnection connection(Secret secret) {
        return new TenantConnection(data.tenantId(), "00000000-0000-4000-8000-00000000a11c", NationalCloud.GLOBAL,
                new Authentication.ClientSecret(secret), graphRoot());
    }

    /**
     * A connection for front ends that build their own credential from options (the CLI, the Maven
     * and Jenkins plugins): writes {@link #ACCESS_TOKEN} to {@code tokenFile} and signs in with it.
     * On the command line: {@code --auth access-token --access-token-file FILE --graph-url ROOT}.
     */
    public TenantConnection tokenFileConnection(Path tokenFile) throws IOException {
        java.nio.file.Files.writeString(tokenFile, ACCESS_TOKEN);
        return new TenantConnection(data.tenantId(), null, NationalCloud.GLOBAL,
                new Authentication.AccessToken(tokenFile), graphRoot());
    }

    /** A token source that hands out {@link #ACCESS_TOKEN}, as azure-identity would after sign-in. */
    public static TokenCredential credential() {
        return request -> Mono.just(new AccessToken(ACCESS_TOKEN, OffsetDateTime.now().plusHours(1)));
    }

    /** The {@code nth} request (1-based, retries count) for a resource key gets this fault. */
    public GraphTestServer inject(String key, int nth, Fault fault) {
        faults.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(nth, fault);
        return this;
    }

    /** Pages hold at most this many entities whatever {@code $top} asks (Graph may send fewer). */
    public GraphTestServer pageLimit(int limit) {
        this.pageLimit = limit;
        return this;
    }

    /** Next links point at this root instead of the server's own (a misbehaving or hostile endpoint). */
    public GraphTestServer nextLinkRoot(String root) {
        this.nextLinkRoot = root;
        return this;
    }

    /** Every request for this key is refused with 403. */
    public GraphTestServer deny(String key) {
        denied.add(key);
        return this;
    }

    /** The {@code Prefer} header of the last request for a key ("" when it had none, null when never asked). */
    public String preferHeader(String key) {
        return preferHeaders.get(key);
    }

    /** Requests received for one resource key. */
    public int requests(String key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    public int totalRequests() {
        return total.get();
    }

    /** Every request line received (path and query, decoded), in order; off for big benchmarks. */
    public List<String> log() {
        return Collections.unmodifiableList(log);
    }

    public GraphTestServer keepLog(boolean keep) {
        this.keepLog = keep;
        return this;
    }

    public void resetCounts() {
        counts.clear();
        total.set(0);
        log.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            Map<String, String> query = query(uri.getRawQuery());
            if (keepLog) {
                log.add(path + (uri.getRawQuery() == null ? "" : "?" + URLDecoder.decode(uri.getRawQuery(),
                        StandardCharsets.UTF_8)));
            }
            total.incrementAndGet();
            String key;
            if (path.startsWith("/v1.0/")) {
                key = path.substring("/v1.0/".length());
            } else if (path.startsWith("/beta/")) {
                key = "beta/" + path.substring("/beta/".length());   // beta resources are keyed beta/... in snapshots
            } else {
                error(exchange, 404, "Request_ResourceNotFound", "Unknown path " + path);
                return;
            }
            String prefer = exchange.getRequestHeaders().getFirst("Prefer");
            preferHeaders.put(key, prefer == null ? "" : prefer);
            int nth = counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + ACCESS_TOKEN).equals(authorization)) {
                error(exchange, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "Request_BadRequest", "Only GET is served");
                return;
            }
            if (denied.contains(key)) {
                forbidden(exchange);
                return;
            }
            Fault fault = faults.getOrDefault(key, Map.of()).get(nth);
            if (fault instanceof Throttled throttled) {
                if (throttled.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().add("Retry-After", throttled.retryAfterSeconds().toString());
                }
                error(exchange, 429, "TooManyRequests", "Too many requests");
                return;
            }
            if (fault instanceof Status status) {
                error(exchange, status.status(), "ServiceUnavailable", "Injected HTTP " + status.status());
                return;
            }
            if (fault instanceof Forbidden) {
                forbidden(exchange);
                return;
            }
            if (fault instanceof Slow slow) {
                sleep(slow.delay());
            }
            byte[] body;
            TenantData.Resource resource = data.resource(key);
            if (resource == null) {
                error(exchange, 404, "Request_ResourceNotFound", "Resource '" + key + "' does not exist.");
                return;
            }
            if (resource instanceof TenantData.Failure failure) {
                error(exchange, failure.status(), failure.code(), failure.message());
                return;
            }
            if (resource instanceof TenantData.Singleton singleton) {
                body = singleton(key, singleton);
            } else {
                Integer top = null;
                if (query.containsKey("$top")) {
                    try {
                        top = Integer.parseInt(query.get("$top"));
                    } catch (NumberFormatException e) {
                        top = -1;
                    }
                    if (top < 1 || top > MAX_PAGE) {
                        error(exchange, 400, "Request_UnsupportedQuery", "Invalid page size specified: '"
                                + query.get("$top") + "'. Must be between 1 and " + MAX_PAGE + " inclusive.");
                        return;
                    }
                }
                body = page(key, (TenantData.Collection) resource, query,
                        Math.min(pageLimit, top == null ? DEFAULT_PAGE : top));
            }
            if (fault instanceof Malformed) {
                body = Arrays.copyOf(body, Math.max(1, body.length / 2));
                body[body.length - 1] = '}';
                send(exchange, 200, body);
                return;
            }
            if (fault instanceof Dropped) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                // closing short of Content-Length makes the JDK server drop the connection
                throw new IOException("connection dropped on purpose");
            }
            send(exchange, 200, body);
        } catch (IOException e) {
            if (!"connection dropped on purpose".equals(e.getMessage())) {
                throw e;
            }
        } catch (RuntimeException e) {
            // a bug in the server (or a bad fixture) must be visible, not a silent dropped connection
            e.printStackTrace();
            throw e;
        }
    }

    private byte[] singleton(String key, TenantData.Singleton singleton) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", graphRoot() + "/$metadata#" + key + "/$entity");
            var fields = singleton.entity().properties().iterator();
            while (fields.hasNext()) {
                var field = fields.next();
                g.writeFieldName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeEndObject();
        }
        return buffer.toByteArray();
    }

    private byte[] page(String key, TenantData.Collection collection, Map<String, String> query, int pageSize)
            throws IOException {
        int offset = 0;
        String skip = query.get("$skiptoken");
        if (skip != null) {
            offset = Integer.parseInt(skip.substring(skip.indexOf('_') + 1));
        }
        Set<String> select = query.containsKey("$select") ? split(query.get("$select")) : null;
        Set<String> expand = query.containsKey("$expand") ? split(query.get("$expand")) : Set.of();
        TenantData.Query options = new TenantData.Query(select, expand);
        int end = Math.min(collection.size(), offset + pageSize);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(256, (end - offset) * 256));
        try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", graphRoot() + "/$metadata#" + key);
            if (end < collection.size()) {
                Map<String, String> next = new LinkedHashMap<>(query);
                next.remove("$skiptoken");
                next.put("$skiptoken", "RFNwdAIAAQAAAC_" + end);
                String root = nextLinkRoot != null ? nextLinkRoot : graphRoot();
                boolean beta = key.startsWith("beta/");
                String versioned = beta ? root.substring(0, root.lastIndexOf('/')) + "/beta" : root;
                g.writeStringField("@odata.nextLink", versioned + "/" + (beta ? key.substring(5) : key) + "?"
                        + encode(next));
            }
            g.writeArrayFieldStart("value");
            for (int i = offset; i < end; i++) {
                collection.write(i, options, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return buffer.toByteArray();
    }

    private static Set<String> split(String list) {
        Set<String> fields = new LinkedHashSet<>();
        for (String field : list.split(",")) {
            if (!field.isBlank()) {
                fields.add(field.trim());
            }
        }
        return fields;
    }

    private static String encode(Map<String, String> query) {
        List<String> parts = new ArrayList<>();
        query.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return String.join("&", parts);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private void forbidden(HttpExchange exchange) throws IOException {
        error(exchange, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeObjectFieldStart("innerError");
            g.writeStringField("request-id", "00000000-0000-0000-0000-000000000000");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        send(exchange, status, buffer.toByteArray());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json; odata.metadata=minimal");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
