package io.github.securescore.maven;

import com.azure.core.credential.TokenCredential;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.TenantConnection;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What both goals share: skipping, and which live tenant to read and how to sign in. */
abstract class AbstractTenantMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "identitySecureScore.skip", defaultValue = "false")
    boolean skip;

    /**
     * The tenant (directory) id to read live from Microsoft Graph; defaults to the
     * {@code AZURE_TENANT_ID} environment variable.
     */
    @Parameter(property = "identitySecureScore.tenantId")
    String tenantId;

    /**
     * The app registration's client id; defaults to the {@code <username>} of the
     * {@link #serverId} server, else the {@code AZURE_CLIENT_ID} environment variable.
     */
    @Parameter(property = "identitySecureScore.clientId")
    String clientId;

    /** The Microsoft cloud of the tenant: {@code global}, {@code usgov} or {@code china}. */
    @Parameter(property = "identitySecureScore.cloud", defaultValue = "global")
    String cloud;

    /**
     * The id of a {@code settings.xml} {@code <server>} holding the credentials: {@code <username>}
     * is the client id, {@code <password>} the client secret (encrypted the Maven way, if you like),
     * or {@code <privateKey>} a certificate file with {@code <passphrase>} its password. Without it,
     * the {@code AZURE_CLIENT_SECRET}, {@code AZURE_CLIENT_CERTIFICATE_PATH} or
     * {@code AZURE_FEDERATED_TOKEN_FILE} environment variables are used, else azure-identity's
     * default credential chain.
     */
    @Parameter(property = "identitySecureScore.serverId")
    String serverId;

    /**
     * Another Microsoft Graph v1.0 root than the cloud's own (a proxy or a test server), e.g.
     * {@code http://127.0.0.1:8080/v1.0}.
     */
    @Parameter(property = "identitySecureScore.graphUrl")
    String graphUrl;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    // @Component is deprecated for JSR-330 @Inject, which Maven 3.6.3 (the prerequisite) injects into mojos less reliably
    @SuppressWarnings("deprecation")
    @Component
    SettingsDecrypter settingsDecrypter;

    /** The process environment; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** Signs in instead of the connection's authentication; only tests set it (to the test Graph server's). */
    TokenCredential tokenCredential;

    /** The live tenant this goal reads. */
    LiveTenant liveTenant() throws MojoExecutionException {
        TenantConnection connection = connection();
        if (!getLog().isDebugEnabled()) {
            quietAzureLogging();
        }
        return new LiveTenant(connection, getLog()::info, tokenCredential);
    }

    /**
     * azure-identity and MSAL log every failed sign-in attempt with its stack trace through
     * Maven's SLF4J logger; the goal already reports the failure in one sentence, so their
     * loggers only speak in debug runs (mvn -X) or where the user chose a level for them.
     */
    static void quietAzureLogging() {
        for (String logger : new String[] {"com.azure", "com.microsoft.aad.msal4j"}) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "off");
            }
        }
    }

    /** The connection to the configured live tenant. */
    TenantConnection connection() throws MojoExecutionException {
        String tenant = isSet(tenantId) ? tenantId.trim() : environment.apply("AZURE_TENANT_ID");
        if (!isSet(tenant)) {
            throw new MojoExecutionException("identitySecureScore.tenantId is not set (nor AZURE_TENANT_ID)");
        }
        NationalCloud nationalCloud = NationalCloud.parse(cloud == null ? "global" : cloud).orElseThrow(
                () -> new MojoExecutionException("identitySecureScore.cloud: unknown cloud '" + cloud
                        + "'; expected global, usgov or china"));
        TenantCredentials.Resolved credentials = new TenantCredentials(settings, settingsDecrypter, environment)
                .resolve(serverId, clientId);
        return new TenantConnection(tenant, credentials.clientId(), nationalCloud, credentials.authentication(),
                isSet(graphUrl) ? graphUrl.trim() : null);
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
