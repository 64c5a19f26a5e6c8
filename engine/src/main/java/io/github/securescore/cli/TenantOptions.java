package io.github.securescore.cli;

import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.GraphSnapshotSource;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.Secret;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The live-tenant options a command mixes in ({@code @Mixin}). No option takes a secret value
 * (it would show in process lists and shell history): secrets come from files or from the
 * environment variables azure-identity users already know.
 */
public final class TenantOptions {

    static final String ENV_TENANT = "AZURE_TENANT_ID";
    static final String ENV_CLIENT_ID = "AZURE_CLIENT_ID";
    static final String ENV_SECRET = "AZURE_CLIENT_SECRET";
    static final String ENV_CERTIFICATE = "AZURE_CLIENT_CERTIFICATE_PATH";
    static final String ENV_CERTIFICATE_PASSWORD = "AZURE_CLIENT_CERTIFICATE_PASSWORD";
    static final String ENV_FEDERATED_TOKEN = "AZURE_FEDERATED_TOKEN_FILE";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--tenant", paramLabel = "ID",
            description = "Read this tenant live from Microsoft Graph (tenant id or primary domain; env AZURE_TENANT_ID).")
    String tenant;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Application (client) id of the app registration (env AZURE_CLIENT_ID); "
                    + "for managed identity, selects a user-assigned identity.")
    String clientId;

    @Option(names = "--cloud", paramLabel = "CLOUD", description = "global (default), usgov or china.")
    String cloud;

    @Option(names = "--auth", paramLabel = "METHOD",
            description = "secret, certificate, workload-identity, managed-identity, azure-cli, access-token or default. "
                    + "Default: secret when a client secret is given, certificate when a certificate is given, "
                    + "workload-identity when a federated token file is given, access-token when a token file is given, "
                    + "else default (DefaultAzureCredential).")
    String auth;

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "File holding the client secret (or env AZURE_CLIENT_SECRET).")
    Path clientSecretFile;

    @Option(names = "--certificate", paramLabel = "FILE",
            description = "PEM (key + certificate) or PFX file (or env AZURE_CLIENT_CERTIFICATE_PATH).")
    Path certificate;

    @Option(names = "--certificate-password-file", paramLabel = "FILE",
            description = "File holding the PFX password (or env AZURE_CLIENT_CERTIFICATE_PASSWORD).")
    Path certificatePasswordFile;

    @Option(names = "--federated-token-file", paramLabel = "FILE",
            description = "Federated token file a CI system issues, for workload identity (or env AZURE_FEDERATED_TOKEN_FILE).")
    Path federatedTokenFile;

    @Option(names = "--access-token-file", paramLabel = "FILE",
            description = "File holding a Graph access token obtained beforehand (az account get-access-token).")
    Path accessTokenFile;

    @Option(names = "--graph-url", paramLabel = "URL", hidden = true,
            description = "Graph v1.0 root to call instead of the cloud's (the local test Graph server).")
    String graphUrl;

    /** Whether live-tenant options were given at all. */
    public boolean isLive() {
        return tenant != null || auth != null || graphUrl != null;
    }

    /** The live source, when live-tenant options were given; its secrets are masked on {@code console}, progress goes there. */
    Optional<SnapshotSource> liveSource(Console console) {
        return connection().map(connection -> {
            console.protect(connection.authentication());
            return new GraphSnapshotSource(connection, console::progress);
        });
    }

    /** The connection the options describe, or empty without live-tenant options; bad combinations are usage errors. */
    public Optional<TenantConnection> connection() {
        return connection(System.getenv());
    }

    Optional<TenantConnection> connection(Map<String, String> env) {
        if (!isLive()) {
            return Optional.empty();
        }
        NationalCloud nationalCloud = NationalCloud.GLOBAL;
        if (cloud != null) {
            nationalCloud = NationalCloud.parse(cloud).orElseThrow(() -> usage(
                    "--cloud: expected global, usgov or china, found '" + cloud + "'"));
        }
        if (graphUrl != null && !graphUrl.matches("https?://.+")) {
            throw usage("--graph-url: expected an http(s) URL, found '" + graphUrl + "'");
        }
        String tenantId = tenant != null ? tenant : env.get(ENV_TENANT);
        String client = clientId != null ? clientId : env.get(ENV_CLIENT_ID);
        return Optional.of(new TenantConnection(tenantId, client, nationalCloud, authentication(env), graphUrl));
    }

    private Authentication authentication(Map<String, String> env) {
        Path certificateFile = certificate != null ? certificate : pathOf(env.get(ENV_CERTIFICATE));
        Path federated = federatedTokenFile != null ? federatedTokenFile : pathOf(env.get(ENV_FEDERATED_TOKEN));
        String method = auth != null ? auth.toLowerCase(Locale.ROOT) : defaultMethod(env, certificateFile, federated);
        return switch (method) {
            case "secret" -> new Authentication.ClientSecret(clientSecret(env));
            case "certificate" -> {
                if (certificateFile == null) {
                    throw usage("--auth certificate needs the certificate: --certificate FILE or env " + ENV_CERTIFICATE);
                }
                Secret password = certificatePasswordFile != null
                        ? readSecret(certificatePasswordFile, "--certificate-password-file")
                        : env.containsKey(ENV_CERTIFICATE_PASSWORD) ? Secret.of(env.get(ENV_CERTIFICATE_PASSWORD)) : null;
                yield new Authentication.ClientCertificate(certificateFile, password);
            }
            case "workload-identity" -> {
                if (federated == null) {
                    throw usage("--auth workload-identity needs the federated token: --federated-token-file FILE or env "
                            + ENV_FEDERATED_TOKEN);
                }
                yield new Authentication.WorkloadIdentity(federated);
            }
            case "access-token" -> {
                if (accessTokenFile == null) {
                    throw usage("--auth access-token needs --access-token-file FILE");
                }
                yield new Authentication.AccessToken(accessTokenFile);
            }
            case "managed-identity" -> new Authentication.ManagedIdentity(clientId);
            case "azure-cli" -> new Authentication.AzureCli();
            case "default" -> new Authentication.DefaultChain();
            default -> throw usage("--auth: expected secret, certificate, workload-identity, managed-identity, azure-cli, "
                    + "access-token or default, found '" + auth + "'");
        };
    }

    private String defaultMethod(Map<String, String> env, Path certificateFile, Path federated) {
        if (clientSecretFile != null || env.containsKey(ENV_SECRET)) {
            return "secret";
        }
        if (certificateFile != null) {
            return "certificate";
        }
        if (federated != null) {
            return "workload-identity";
        }
        if (accessTokenFile != null) {
            return "access-token";
        }
        return "default";
    }

    private Secret clientSecret(Map<String, String> env) {
        if (clientSecretFile != null) {
            return readSecret(clientSecretFile, "--client-secret-file");
        }
        String value = env.get(ENV_SECRET);
        if (value == null || value.isBlank()) {
            throw usage("--auth secret needs the client secret: env " + ENV_SECRET + " or --client-secret-file FILE");
        }
        return Secret.of(value.trim());
    }

    private Secret readSecret(Path file, String option) {
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (value.isEmpty()) {
                throw usage(option + ": " + file + " is empty");
            }
            return Secret.of(value);
        } catch (IOException e) {
            // name the file, never its content
            throw usage(option + ": " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Path pathOf(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
