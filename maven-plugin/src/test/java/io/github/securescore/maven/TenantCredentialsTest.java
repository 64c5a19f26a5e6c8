package io.github.securescore.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.TenantConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Credentials from settings.xml servers (with Maven's real decrypter) and from the environment. */
class TenantCredentialsTest {

    private static final String MASTER = "correct horse battery staple";
    private static final String SECRET = "s3cr3t~Value.from-Entra";

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private final Settings settings = new Settings();
    private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    private SettingsDecrypter decrypter;

    @BeforeEach
    void masterPassword() throws Exception {
        // a settings-security.xml as `mvn --encrypt-master-password` makes it
        Path security = temp.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    private TenantCredentials credentials() {
        return new TenantCredentials(settings, decrypter, environment::get);
    }

    private Server server(String id) {
        Server server = new Server();
        server.setId(id);
        settings.addServer(server);
        return server;
    }

    @Test
    void aServerWithAnEncryptedPasswordIsAClientSecret() throws Exception {
        Server server = server("entra");
        server.setUsername("app-client-id");
        server.setPassword(cipher.encryptAndDecorate(SECRET, MASTER));   // as `mvn --encrypt-password` writes it

        TenantCredentials.Resolved resolved = credentials().resolve("entra", null);

        assertEquals("app-client-id", resolved.clientId());
        Authentication.ClientSecret secret = assertInstanceOf(Authentication.ClientSecret.class,
                resolved.authentication());
        assertEquals(SECRET, secret.secret().reveal());
        assertFalse(resolved.toString().contains(SECRET), resolved.toString());
    }

    @Test
    void aServerWithAPlainPasswordWorksAndThePomClientIdWins() throws Exception {
        Server server = server("entra");
        server.setUsername("from-settings");
        server.setPassword(SECRET);

        TenantCredentials.Resolved resolved = credentials().resolve("entra", "from-pom");

        assertEquals("from-pom", resolved.clientId());
        assertEquals(SECRET, ((Authentication.ClientSecret) resolved.authentication()).secret().reveal());
    }

    @Test
    void aServerWithAPrivateKeyIsACertificate() throws Exception {
        Server server = server("entra");
        server.setUsername("app-client-id");
        server.setPrivateKey("/secure/app.pfx");
        server.setPassphrase(cipher.encryptAndDecorate("pfx-password", MASTER));

        Authentication.ClientCertificate certificate = assertInstanceOf(Authentication.ClientCertificate.class,
                credentials().resolve("entra", null).authentication());

        assertEquals(Path.of("/secure/app.pfx"), certificate.file());
        assertEquals("pfx-password", certificate.password().reveal());
    }

    @Test
    void aPasswordThatCannotBeDecryptedIsAnErrorWithoutTheCiphertextsCleartext() throws Exception {
        Server server = server("entra");
        server.setUsername("app-client-id");
        server.setPassword(cipher.encryptAndDecorate(SECRET, "another master password"));

        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> credentials().resolve("entra", null));

        assertTrue(error.getMessage().startsWith("settings.xml <server> entra: "), error.getMessage());
        assertFalse(error.getMessage().contains(SECRET), error.getMessage());
    }

    @Test
    void aMissingServerIsNamed() {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> credentials().resolve("entra", null));

        assertTrue(error.getMessage().startsWith("identitySecureScore.serverId: settings.xml has no <server> with"
                + " <id>entra</id>"), error.getMessage());
    }

    @Test
    void aServerNeedsASecretOrACertificateAndAClientId() {
        Server server = server("entra");
        server.setUsername("app-client-id");
        assertEquals("settings.xml <server> entra has neither a <password> (the client secret) nor a <privateKey>"
                + " (a certificate file)", assertThrows(MojoExecutionException.class,
                        () -> credentials().resolve("entra", null)).getMessage());

        server.setUsername(null);
        server.setPassword(SECRET);
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> credentials().resolve("entra", null));
        assertTrue(error.getMessage().contains("has no <username>"), error.getMessage());
        assertFalse(error.getMessage().contains(SECRET));
    }

    @Test
    void theEnvironmentsClientSecretComesFirst() throws Exception {
        environment.put("AZURE_CLIENT_ID", "env-client");
        environment.put("AZURE_CLIENT_SECRET", SECRET);
        environment.put("AZURE_FEDERATED_TOKEN_FILE", "/var/run/token");

        TenantCredentials.Resolved resolved = credentials().resolve(null, null);

        assertEquals("env-client", resolved.clientId());
        assertEquals(SECRET, ((Authentication.ClientSecret) resolved.authentication()).secret().reveal());
    }

    @Test
    void theEnvironmentsCertificateAndFederatedToken() throws Exception {
        environment.put("AZURE_CLIENT_CERTIFICATE_PATH", "/certs/app.pem");
        TenantCredentials.Resolved certificate = credentials().resolve(null, "pom-client");
        assertEquals("pom-client", certificate.clientId());
        Authentication.ClientCertificate pem = (Authentication.ClientCertificate) certificate.authentication();
        assertEquals(Path.of("/certs/app.pem"), pem.file());
        assertNull(pem.password());

        environment.clear();
        environment.put("AZURE_FEDERATED_TOKEN_FILE", "/var/run/token");
        assertEquals(new Authentication.WorkloadIdentity(Path.of("/var/run/token")),
                credentials().resolve(null, "pom-client").authentication());
    }

    @Test
    void aSecretWithoutAClientIdSaysWhichIsMissing() {
        environment.put("AZURE_CLIENT_SECRET", SECRET);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, () -> credentials().resolve(null, null));

        assertEquals("AZURE_CLIENT_SECRET is set, so the app's client id is needed too: set identitySecureScore.clientId"
                + " or AZURE_CLIENT_ID", error.getMessage());
    }

    @Test
    void withNothingConfiguredTheDefaultChainDecides() throws Exception {
        TenantCredentials.Resolved resolved = credentials().resolve(null, null);

        assertNull(resolved.clientId());
        assertEquals(new Authentication.DefaultChain(), resolved.authentication());
    }

    @Test
    void theMojoBuildsTheConnectionFromItsParameters() throws Exception {
        Server server = server("entra");
        server.setUsername("app-client-id");
        server.setPassword(SECRET);
        SnapshotMojo mojo = new SnapshotMojo();
        mojo.settings = settings;
        mojo.settingsDecrypter = decrypter;
        mojo.environment = Map.of("AZURE_TENANT_ID", "env-tenant")::get;
        mojo.serverId = "entra";
        mojo.cloud = "US Government";
        mojo.graphUrl = "http://127.0.0.1:8080/v1.0/";

        TenantConnection connection = mojo.connection();

        assertEquals("env-tenant", connection.tenantId());
        assertEquals("app-client-id", connection.clientId());
        assertEquals(NationalCloud.US_GOVERNMENT, connection.cloud());
        assertEquals("http://127.0.0.1:8080/v1.0", connection.graphRoot());

        mojo.cloud = "mars";
        assertEquals("identitySecureScore.cloud: unknown cloud 'mars'; expected global, usgov or china",
                assertThrows(MojoExecutionException.class, mojo::connection).getMessage());

        mojo.environment = Map.<String, String>of()::get;
        assertEquals("identitySecureScore.tenantId is not set (nor AZURE_TENANT_ID)",
                assertThrows(MojoExecutionException.class, mojo::connection).getMessage());
    }
}
