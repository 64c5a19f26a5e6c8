package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** A recognisable fake secret and token must appear nowhere: output, progress, snapshot, exceptions, toString. */
class SecretHandlingTest {

    static final String SECRET = GraphCollectorTest.SECRET;
    static final String JWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl";

    @TempDir
    Path dir;

    GraphTestServer server;
    final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = GraphTestServer.serve(GraphCollectorTest.fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    void assertClean(String text) {
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(GraphTestServer.ACCESS_TOKEN), text);
        assertFalse(text.contains(JWT), text);
        assertFalse(text.contains("zq8~Xv4"), "not even a part of the secret: " + text);
    }

    static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void successfulCollectionLeavesNoSecretOrTokenAnywhere() throws IOException {
        TenantConnection connection = server.connection(Secret.of(SECRET));
        Path out = dir.resolve("tenant.json");

        new GraphCollector(connection, progress::add, GraphCollectorTest.fast(), GraphTestServer.credential()).record(out);

        assertClean(Files.readString(out));
        assertClean(String.join("\n", progress));
        assertClean(connection.toString());
        assertClean(connection.authentication().toString());
        assertClean(new GraphSnapshotSource(connection, progress::add).describe());
    }

    @Test
    void signInFailureMessageNeverCarriesTheSecretOrATokenEvenIfTheLibraryDoes() {
        TenantConnection connection = server.connection(Secret.of(SECRET));
        // a credential library that echoes what it was given: the collector still must not pass it on
        TokenCredential leaky = request -> Mono.error(new ClientAuthenticationException(
                "AADSTS7000215: Invalid client secret provided '" + SECRET + "' (last token Bearer " + JWT + ")", null));

        CollectionException e = assertThrows(CollectionException.class, () -> new GraphCollector(connection,
                progress::add, GraphCollectorTest.fast(), leaky).record(dir.resolve("tenant.json")));

        assertTrue(e.getMessage().startsWith("sign-in to Microsoft Entra failed: AADSTS7000215"), e.getMessage());
        assertClean(e.getMessage());
        assertClean(String.join("\n", progress));
        assertFalse(Files.exists(dir.resolve("tenant.json")));
    }

    @Test
    void realClientSecretCredentialIsBuiltOfflineAndHidesTheSecret() {
        TenantConnection connection = new TenantConnection("00000000-0000-4000-8000-00000000c0de",
                "00000000-0000-4000-8000-00000000a11c", NationalCloud.CHINA,
                new Authentication.ClientSecret(Secret.of(SECRET)), null);

        TokenCredential credential = AzureCredentials.of(connection);

        assertEquals("com.azure.identity.ClientSecretCredential", credential.getClass().getName());
        assertClean(credential.toString());
        assertEquals("https://microsoftgraph.chinacloudapi.cn/v1.0", connection.graphRoot());
        assertEquals("https://microsoftgraph.chinacloudapi.cn/.default", connection.cloud().defaultScope());
    }

    @Test
    void emptySecretIsAClearErrorWithoutValues() {
        TenantConnection connection = new TenantConnection("t", "c", NationalCloud.GLOBAL,
                new Authentication.ClientSecret(Secret.of("")), null);

        CollectionException e = assertThrows(CollectionException.class, () -> AzureCredentials.of(connection));

        assertEquals("the client secret is empty", e.getMessage());
    }

    @Test
    void missingCertificateOrTokenFileIsNamed() {
        Path missing = dir.resolve("missing.pem");
        TenantConnection certificate = new TenantConnection("t", "c", NationalCloud.GLOBAL,
                new Authentication.ClientCertificate(missing, Secret.of(SECRET)), null);
        TenantConnection workload = new TenantConnection("t", "c", NationalCloud.GLOBAL,
                new Authentication.WorkloadIdentity(missing), null);

        CollectionException e1 = assertThrows(CollectionException.class, () -> AzureCredentials.of(certificate));
        CollectionException e2 = assertThrows(CollectionException.class, () -> AzureCredentials.of(workload));

        assertEquals("the certificate file " + missing + " cannot be read", e1.getMessage());
        assertEquals("the federated token file " + missing + " cannot be read", e2.getMessage());
        assertClean(stackTrace(e1));
        assertClean(certificate.toString());
    }

    @Test
    void liveSourceReadsBackThroughTheSnapshotReader() {
        TenantConnection connection = server.connection(Secret.of(SECRET));
        GraphSnapshotSource source = new GraphSnapshotSource(connection,
                new GraphCollector(connection, progress::add, GraphCollectorTest.fast(), GraphTestServer.credential()));

        TenantSnapshot snapshot = source.load();

        assertEquals("00000000-0000-4000-8000-00000000c0de", snapshot.tenantId());
        assertEquals(source.describe(), snapshot.source());
        assertEquals(300, snapshot.directory().users().cardinality());
        // three groups named by policies and role assignments, one eligible for a role through PIM
        assertEquals(4, snapshot.groupMembers().size());
        assertEquals(41.5, snapshot.latestSecureScore().orElseThrow().currentScore());
        assertEquals("Ignored", snapshot.controlProfiles().get(1).controlStateUpdates().get(0).state());
    }
}
