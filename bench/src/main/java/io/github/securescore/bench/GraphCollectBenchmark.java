package io.github.securescore.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.UserRegistrationDetails;
import com.microsoft.graph.models.UserRegistrationDetailsCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.CollectionSettings;
import io.github.securescore.graph.GraphCollector;
import io.github.securescore.graph.GraphTestServer;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.Secret;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.graph.TenantData;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The collector against the Graph SDK on an N-user tenant served by the test Graph server on
 * 127.0.0.1, in one JVM: (a) {@code GraphServiceClient} + {@code PageIterator} as a user writes
 * it by default (no {@code $select}, Graph's page of 100), (b) the same with {@code $select} and
 * {@code $top=999}, (c) {@link GraphCollector} recording the whole snapshot. Each reads
 * {@code users} and {@code userRegistrationDetails} (the two resources that grow with the
 * tenant); the collector also reads every other resource of the snapshot format. Requests per
 * resource are counted by the server. Run with {@code -Xmx256m}.
 */
@Command(name = "graph-collect", mixinStandardHelpOptions = true,
        description = "Collector vs Graph SDK (defaults; $select+$top=999) on an N-user tenant served locally.")
public final class GraphCollectBenchmark implements Callable<Integer> {

    private static final String USERS = GraphResource.USERS.key();
    private static final String REGISTRATIONS = GraphResource.USER_REGISTRATION_DETAILS.key();

    @Option(names = "--users", description = "users in the served tenant (default: ${DEFAULT-VALUE})")
    int users = 1_000_000;

    @Option(names = "--rounds", description = "measured rounds of the three ways (default: ${DEFAULT-VALUE})")
    int rounds = 1;

    @Option(names = "--warmup-users", description = "users of the unmeasured warm-up round (default: ${DEFAULT-VALUE})")
    int warmupUsers = 100_000;

    @Option(names = "--collector-only", hidden = true, description = "profile the collector alone (no comparison)")
    boolean collectorOnly;

    @Option(names = "--json", description = "where the figures go (default: graph-collect-benchmark.json next to the jar)")
    Path json;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(Benchmarks.run(CheckBenchmark.prepend("graph-collect", args)));
    }

    /** One way's figures. */
    record Run(String way, long users, long registrations, long millis, int userRequests, int registrationRequests,
               long peakHeapUsed, long maxHeapAfterGc) {
    }

    @Override
    public Integer call() throws Exception {
        out.printf(Locale.ROOT, "JVM: Java %s, max heap %s, %d cores, args %s%n", System.getProperty("java.version"),
                CheckBenchmark.mb(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        HeapWatch heap = new HeapWatch();
        out.printf(Locale.ROOT, "warm-up on %,d users ...%n", warmupUsers);
        measure(warmupUsers, heap, false);
        List<List<Run>> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            out.printf(Locale.ROOT, "round %d on %,d users%n", round, users);
            measured.add(measure(users, heap, true));
        }
        if (!collectorOnly) {
            write(report(measured));
        }
        return 0;
    }

    private List<Run> measure(int n, HeapWatch heap, boolean print) throws Exception {
        SyntheticDirectory directory = new SyntheticDirectory(42, "contoso.example");
        TenantData data = TenantData.contoso()
                .with(USERS, new GeneratedUsers(n, directory))
                .with(REGISTRATIONS, new GeneratedRegistrations(n, directory));
        List<Run> runs = new ArrayList<>();
        try (GraphTestServer server = GraphTestServer.serve(data).keepLog(false)) {
            if (!collectorOnly) {
                runs.add(timed("(a) SDK defaults", server, heap, () -> sdk(server, false)));
                runs.add(timed("(b) SDK $select+$top=999", server, heap, () -> sdk(server, true)));
            }
            Path file = Files.createTempFile("graph-collect-", ".json");
            try {
                Run run = timed("(c) GraphCollector", server, heap, () -> collector(server, file));
                runs.add(verify(run, file));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        if (print) {
            for (Run run : runs) {
                out.printf(Locale.ROOT, "  %-26s %,8d ms  users %,d (%,d requests)  registrations %,d (%,d requests)  "
                                + "peak heap %s, max after GC %s%n", run.way(), run.millis(), run.users(),
                        run.userRequests(), run.registrations(), run.registrationRequests(),
                        CheckBenchmark.mb(run.peakHeapUsed()), CheckBenchmark.mb(run.maxHeapAfterGc()));
            }
        }
        return runs;
    }

    @FunctionalInterface
    private interface Way {
        long[] read() throws Exception;
    }

    private static Run timed(String way, GraphTestServer server, HeapWatch heap, Way read) throws Exception {
        server.resetCounts();
        heap.start();
        long start = System.nanoTime();
        long[] counts = read.read();
        long millis = (System.nanoTime() - start) / 1_000_000;
        HeapWatch.Usage usage = heap.stop();
        return new Run(way, counts[0], counts[1], millis, server.requests(USERS), server.requests(REGISTRATIONS),
                usage.peakUsed(), usage.maxAfterGc());
    }

    /** The SDK as documented: GraphServiceClient, PageIterator, the default Graph middleware. */
    private static long[] sdk(GraphTestServer server, boolean tuned) throws Exception {
        AzureIdentityAuthenticationProvider auth = new AzureIdentityAuthenticationProvider(GraphTestServer.credential(),
                new String[] {"127.0.0.1"}, "https://graph.microsoft.com/.default");
        GraphServiceClient graph = new GraphServiceClient(auth, GraphClientFactory.create().build());
        graph.getRequestAdapter().setBaseUrl(server.graphRoot());

        AtomicLong users = new AtomicLong();
        AtomicLong enabledMembers = new AtomicLong();
        UserCollectionResponse firstUsers = tuned
                ? graph.users().get(request -> {
                    request.queryParameters.select = new String[] {"id", "accountEnabled", "userType", "displayName",
                        "userPrincipalName"};
                    request.queryParameters.top = 999;
                })
                : graph.users().get();
        new PageIterator.Builder<User, UserCollectionResponse>()
                .client(graph).collectionPage(firstUsers)
                .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(user -> {
                    users.incrementAndGet();
                    // without $select Graph leaves accountEnabled and userType out: null here
                    if (Boolean.TRUE.equals(user.getAccountEnabled()) && !"Guest".equals(user.getUserType())) {
                        enabledMembers.incrementAndGet();
                    }
                    return true;
                }).build().iterate();

        AtomicLong registrations = new AtomicLong();
        AtomicLong mfa = new AtomicLong();
        UserRegistrationDetailsCollectionResponse firstRegistrations = tuned
                ? graph.reports().authenticationMethods().userRegistrationDetails().get(request -> {
                    request.queryParameters.select = new String[] {"id", "userType", "isMfaRegistered", "isSsprEnabled",
                        "userDisplayName", "userPrincipalName"};
                    request.queryParameters.top = 999;
                })
                : graph.reports().authenticationMethods().userRegistrationDetails().get();
        new PageIterator.Builder<UserRegistrationDetails, UserRegistrationDetailsCollectionResponse>()
                .client(graph).collectionPage(firstRegistrations)
                .collectionPageFactory(UserRegistrationDetailsCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(registration -> {
                    registrations.incrementAndGet();
                    if (Boolean.TRUE.equals(registration.getIsMfaRegistered())) {
                        mfa.incrementAndGet();
                    }
                    return true;
                }).build().iterate();
        return new long[] {users.get(), registrations.get()};
    }

    /** The whole snapshot, to a file that {@link #verify} reads back after the timing. */
    private static long[] collector(GraphTestServer server, Path file) {
        TenantConnection connection = new TenantConnection(null, "bench", NationalCloud.GLOBAL,
                new Authentication.ClientSecret(Secret.of("unused")), server.graphRoot());
        new GraphCollector(connection, line -> { }, CollectionSettings.defaults(), GraphTestServer.credential())
                .record(file);
        return new long[] {-1, -1};
    }

    /** Users and registration records the recorded snapshot holds, read back by the engine's reader. */
    private static Run verify(Run run, Path file) {
        TenantSnapshot snapshot = new SnapshotReader().read(file);
        return new Run(run.way(), snapshot.directory().users().cardinality(),
                snapshot.directory().registrations().cardinality(), run.millis(), run.userRequests(),
                run.registrationRequests(), run.peakHeapUsed(), run.maxHeapAfterGc());
    }

    private Map<String, Object> report(List<List<Run>> measured) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "graph-collect");
        report.put("users", users);
        report.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        report.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        report.put("inputArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        report.put("rounds", measured);
        long a = median(measured, 0);
        long b = median(measured, 1);
        long c = median(measured, 2);
        long expectedRequests = (users + 998) / 999;
        Run last = measured.get(measured.size() - 1).get(2);
        boolean exact = last.userRequests() == expectedRequests && last.registrationRequests() == expectedRequests;
        report.put("medianMillis", Map.of("sdkDefaults", a, "sdkSelectTop999", b, "collector", c));
        report.put("speedupOverSdkDefaults", (double) a / c);
        report.put("speedupOverSdkSelectTop999", (double) b / c);
        report.put("expectedRequestsPerPagedResource", expectedRequests);
        report.put("collectorRequestsExact", exact);
        out.println();
        out.println("| way (median of " + measured.size() + ") | users + userRegistrationDetails | requests (users / registrations) |");
        out.println("|---|---:|---:|");
        String[] names = {"(a) SDK defaults", "(b) SDK `$select` + `$top=999`", "(c) GraphCollector (whole snapshot)"};
        long[] medians = {a, b, c};
        for (int i = 0; i < 3; i++) {
            Run run = measured.get(measured.size() - 1).get(i);
            out.printf(Locale.ROOT, "| %s | %,.1f s | %,d / %,d |%n", names[i], medians[i] / 1000.0, run.userRequests(),
                    run.registrationRequests());
        }
        out.printf(Locale.ROOT, "collector: %.1f× faster than (a) (target ≥ 7), %.1f× faster than (b) (target ≥ 4); "
                        + "requests per paged resource %s ⌈N/999⌉ = %,d%n", (double) a / c, (double) b / c,
                exact ? "=" : "≠", expectedRequests);
        return report;
    }

    private static long median(List<List<Run>> rounds, int way) {
        long[] values = rounds.stream().mapToLong(r -> r.get(way).millis()).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private void write(Map<String, Object> report) throws IOException {
        out.println("figures written to " + Benchmarks.writeFigures(json, "graph-collect-benchmark.json", report));
    }

    /** Users generated on request: Graph's default fields without {@code $select}, as real Graph does. */
    record GeneratedUsers(int size, SyntheticDirectory directory) implements TenantData.Collection {
        private static final Set<String> DEFAULT_FIELDS = Set.of("businessPhones", "displayName", "givenName", "jobTitle",
                "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id");

        @Override
        public void write(int i, TenantData.Query query, JsonGenerator g) throws IOException {
            Set<String> fields = query.select() == null ? DEFAULT_FIELDS : query.select();
            String upn = directory.userPrincipalName(i);
            g.writeStartObject();
            if (fields.contains("businessPhones")) {
                g.writeArrayFieldStart("businessPhones");
                g.writeString("+1 425 555 0" + (100 + i % 900));
                g.writeEndArray();
            }
            if (fields.contains("displayName")) {
                g.writeStringField("displayName", directory.displayName(i));
            }
            if (fields.contains("givenName")) {
                g.writeStringField("givenName", directory.displayName(i).split(" ")[0]);
            }
            if (fields.contains("jobTitle")) {
                g.writeStringField("jobTitle", "Engineer");
            }
            if (fields.contains("mail")) {
                g.writeStringField("mail", upn);
            }
            if (fields.contains("mobilePhone")) {
                g.writeNullField("mobilePhone");
            }
            if (fields.contains("officeLocation")) {
                g.writeStringField("officeLocation", "Building " + (i % 40));
            }
            if (fields.contains("preferredLanguage")) {
                g.writeStringField("preferredLanguage", "en-US");
            }
            if (fields.contains("surname")) {
                g.writeStringField("surname", directory.displayName(i).substring(directory.displayName(i).indexOf(' ') + 1));
            }
            if (fields.contains("userPrincipalName")) {
                g.writeStringField("userPrincipalName", upn);
            }
            if (fields.contains("accountEnabled")) {
                g.writeBooleanField("accountEnabled", directory.enabled(i));
            }
            if (fields.contains("userType")) {
                g.writeStringField("userType", directory.guest(i) ? "Guest" : "Member");
            }
            g.writeStringField("id", directory.id(i));
            g.writeEndObject();
        }
    }

    /** Registration details generated on request: every field without {@code $select}. */
    record GeneratedRegistrations(int size, SyntheticDirectory directory) implements TenantData.Collection {
        @Override
        public void write(int i, TenantData.Query query, JsonGenerator g) throws IOException {
            Set<String> f = query.select();
            g.writeStartObject();
            g.writeStringField("id", directory.id(i));
            if (f == null || f.contains("userPrincipalName")) {
                g.writeStringField("userPrincipalName", directory.userPrincipalName(i));
            }
            if (f == null || f.contains("userDisplayName")) {
                g.writeStringField("userDisplayName", directory.displayName(i));
            }
            if (f == null || f.contains("userType")) {
                g.writeStringField("userType", directory.guest(i) ? "guest" : "member");
            }
            if (f == null) {
                g.writeBooleanField("isAdmin", false);
                g.writeBooleanField("isSsprRegistered", directory.ssprEnabled(i));
                g.writeBooleanField("isSsprCapable", directory.ssprEnabled(i));
                g.writeBooleanField("isMfaCapable", directory.mfaRegistered(i));
                g.writeBooleanField("isPasswordlessCapable", false);
                g.writeBooleanField("isSystemPreferredAuthenticationMethodEnabled", false);
                g.writeArrayFieldStart("methodsRegistered");
                for (int m = 0; m < directory.methodCount(i); m++) {
                    g.writeString(m == 0 ? "microsoftAuthenticatorPush" : m == 1 ? "mobilePhone" : "email");
                }
                g.writeEndArray();
                g.writeArrayFieldStart("systemPreferredAuthenticationMethods");
                g.writeEndArray();
                g.writeStringField("userPreferredMethodForSecondaryAuthentication", "push");
                g.writeStringField("lastUpdatedDateTime", "2026-11-20T08:00:00Z");
            }
            if (f == null || f.contains("isMfaRegistered")) {
                g.writeBooleanField("isMfaRegistered", directory.mfaRegistered(i));
            }
            if (f == null || f.contains("isSsprEnabled")) {
                g.writeBooleanField("isSsprEnabled", directory.ssprEnabled(i));
            }
            g.writeEndObject();
        }
    }
}
