package io.github.securescore.graph;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import java.nio.file.Files;
import java.util.Locale;

/** Builds the azure-identity credential for a connection: one place that touches secret values (and logs none: {@link SdkLogging}). */
final class AzureCredentials {

    private AzureCredentials() {
    }

    static TokenCredential of(TenantConnection connection) {
        String authority = connection.cloud().authorityHost();
        try {
            Authentication auth = connection.authentication();
            if (auth instanceof Authentication.ClientSecret secret) {
                return new ClientSecretCredentialBuilder()
                        .httpLogOptions(SdkLogging.httpLogOptions())
                        .authorityHost(authority)
                        .tenantId(required(connection.tenantId(), "tenant id"))
                        .clientId(required(connection.clientId(), "client id"))
                        .clientSecret(secretValue(secret.secret(), "client secret"))
                        .build();
            }
            if (auth instanceof Authentication.ClientCertificate certificate) {
                return certificate(connection, certificate);
            }
            if (auth instanceof Authentication.WorkloadIdentity workload) {
                if (workload.tokenFile() == null || !Files.isReadable(workload.tokenFile())) {
                    throw new CollectionException("the federated token file " + workload.tokenFile()
                            + " cannot be read");
                }
                return new WorkloadIdentityCredentialBuilder()
                        .httpLogOptions(SdkLogging.httpLogOptions())
                        .authorityHost(authority)
                        .tenantId(required(connection.tenantId(), "tenant id"))
                        .clientId(required(connection.clientId(), "client id"))
                        .tokenFilePath(workload.tokenFile().toString())
                        .build();
            }
            if (auth instanceof Authentication.ManagedIdentity managed) {
                ManagedIdentityCredentialBuilder builder = new ManagedIdentityCredentialBuilder()
                        .httpLogOptions(SdkLogging.httpLogOptions());
                String clientId = managed.clientId() != null ? managed.clientId() : connection.clientId();
                return clientId == null ? builder.build() : builder.clientId(clientId).build();
            }
            if (auth instanceof Authentication.AccessToken token) {
                return new TokenFileCredential(token.tokenFile());
            }
            if (auth instanceof Authentication.AzureCli) {
                AzureCliCredentialBuilder builder = new AzureCliCredentialBuilder()
                        .httpLogOptions(SdkLogging.httpLogOptions());
                return connection.tenantId() == null ? builder.build() : builder.tenantId(connection.tenantId()).build();
            }
            DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder()
                    .httpLogOptions(SdkLogging.httpLogOptions())
                    .authorityHost(authority);
            if (connection.tenantId() != null) {
                builder.tenantId(connection.tenantId());
            }
            if (connection.clientId() != null) {
                builder.managedIdentityClientId(connection.clientId()).workloadIdentityClientId(connection.clientId());
            }
            return builder.build();
        } catch (CollectionException e) {
            throw e;
        } catch (RuntimeException e) {
            // builder messages name options, never values; still drop the cause, which may carry arguments
            throw new CollectionException("cannot set up " + describe(connection.authentication()) + " sign-in: "
                    + Redaction.of(connection).apply(e.getMessage()));
        }
    }

    private static TokenCredential certificate(TenantConnection connection, Authentication.ClientCertificate certificate) {
        if (!Files.isReadable(certificate.file())) {
            throw new CollectionException("the certificate file " + certificate.file() + " cannot be read");
        }
        String file = certificate.file().toString();
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                .httpLogOptions(SdkLogging.httpLogOptions())
                .authorityHost(connection.cloud().authorityHost())
                .tenantId(required(connection.tenantId(), "tenant id"))
                .clientId(required(connection.clientId(), "client id"));
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pfx") || lower.endsWith(".p12")) {
            builder.pfxCertificate(file);
            if (certificate.password() != null && !certificate.password().isEmpty()) {
                builder.clientCertificatePassword(certificate.password().reveal());
            }
        } else {
            builder.pemCertificate(file);
        }
        return builder.build();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CollectionException("the " + what + " is required for this sign-in method");
        }
        return value;
    }

    private static String secretValue(Secret secret, String what) {
        if (secret == null || secret.isEmpty()) {
            throw new CollectionException("the " + what + " is empty");
        }
        return secret.reveal();
    }

    /** The sign-in method in words, for messages. */
    static String describe(Authentication authentication) {
        if (authentication instanceof Authentication.ClientSecret) {
            return "client secret";
        }
        if (authentication instanceof Authentication.ClientCertificate) {
            return "client certificate";
        }
        if (authentication instanceof Authentication.WorkloadIdentity) {
            return "workload identity federation";
        }
        if (authentication instanceof Authentication.ManagedIdentity) {
            return "managed identity";
        }
        if (authentication instanceof Authentication.AccessToken) {
            return "access token file";
        }
        if (authentication instanceof Authentication.AzureCli) {
            return "Azure CLI";
        }
        return "DefaultAzureCredential";
    }
}
