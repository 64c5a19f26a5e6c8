package io.github.securescore.maven;

import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.Secret;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Where the app registration's secret comes from: a {@code settings.xml} {@code <server>}
 * (decrypted the Maven way), else the azure-identity environment variables, else the default
 * credential chain. The POM never holds a secret: there is no parameter for one.
 */
final class TenantCredentials {

    /** What signs in: the app's client id (may be null for managed identity / CLI) and how. */
    record Resolved(String clientId, Authentication authentication) {
    }

    static final String CLIENT_ID = "AZURE_CLIENT_ID";
    static final String CLIENT_SECRET = "AZURE_CLIENT_SECRET";
    static final String CERTIFICATE_PATH = "AZURE_CLIENT_CERTIFICATE_PATH";
    static final String CERTIFICATE_PASSWORD = "AZURE_CLIENT_CERTIFICATE_PASSWORD";
    static final String FEDERATED_TOKEN_FILE = "AZURE_FEDERATED_TOKEN_FILE";

    private final Settings settings;
    private final SettingsDecrypter decrypter;
    private final UnaryOperator<String> environment;

    TenantCredentials(Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> environment) {
        this.settings = settings;
        this.decrypter = decrypter;
        this.environment = environment;
    }

    /**
     * @param serverId a settings.xml server id, or null to use the environment
     * @param clientId the POM's client id, or null to take it from the server or the environment
     */
    Resolved resolve(String serverId, String clientId) throws MojoExecutionException {
        if (isSet(serverId)) {
            return fromServer(serverId.trim(), clientId);
        }
        String client = isSet(clientId) ? clientId : environment.apply(CLIENT_ID);
        String secret = environment.apply(CLIENT_SECRET);
        if (isSet(secret)) {
            return new Resolved(required(client, CLIENT_SECRET), new Authentication.ClientSecret(Secret.of(secret)));
        }
        String certificate = environment.apply(CERTIFICATE_PATH);
        if (isSet(certificate)) {
            String password = environment.apply(CERTIFICATE_PASSWORD);
            return new Resolved(required(client, CERTIFICATE_PATH), new Authentication.ClientCertificate(
                    Path.of(certificate), isSet(password) ? Secret.of(password) : null));
        }
        String tokenFile = environment.apply(FEDERATED_TOKEN_FILE);
        if (isSet(tokenFile)) {
            return new Resolved(required(client, FEDERATED_TOKEN_FILE),
                    new Authentication.WorkloadIdentity(Path.of(tokenFile)));
        }
        return new Resolved(isSet(client) ? client : null, new Authentication.DefaultChain());
    }

    private Resolved fromServer(String serverId, String clientId) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("identitySecureScore.serverId: settings.xml has no <server> with <id>"
                    + serverId + "</id>; add one with the app's client id as <username> and its client secret as"
                    + " <password> (or a certificate file as <privateKey>)");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                // the problem names the server and the cause, never the cleartext
                throw new MojoExecutionException("settings.xml <server> " + serverId + ": " + problem.getMessage());
            }
        }
        Server decrypted = result.getServer();
        String client = isSet(clientId) ? clientId : decrypted.getUsername();
        if (isSet(decrypted.getPrivateKey())) {
            String passphrase = decrypted.getPassphrase();
            return new Resolved(requiredFromServer(client, serverId), new Authentication.ClientCertificate(
                    Path.of(decrypted.getPrivateKey()), isSet(passphrase) ? Secret.of(passphrase) : null));
        }
        if (isSet(decrypted.getPassword())) {
            return new Resolved(requiredFromServer(client, serverId),
                    new Authentication.ClientSecret(Secret.of(decrypted.getPassword())));
        }
        throw new MojoExecutionException("settings.xml <server> " + serverId + " has neither a <password> (the client"
                + " secret) nor a <privateKey> (a certificate file)");
    }

    private static String required(String clientId, String variable) throws MojoExecutionException {
        if (!isSet(clientId)) {
            throw new MojoExecutionException(variable + " is set, so the app's client id is needed too: set"
                    + " identitySecureScore.clientId or " + CLIENT_ID);
        }
        return clientId;
    }

    private static String requiredFromServer(String clientId, String serverId) throws MojoExecutionException {
        if (!isSet(clientId)) {
            throw new MojoExecutionException("settings.xml <server> " + serverId + " has no <username> (the app's client"
                    + " id) and identitySecureScore.clientId is not set");
        }
        return clientId;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
