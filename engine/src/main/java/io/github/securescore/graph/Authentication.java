package io.github.securescore.graph;

import java.nio.file.Path;

/** How the tool signs in to Microsoft Graph (app-only, with azure-identity). */
public sealed interface Authentication {

    /** An app registration's client secret. */
    record ClientSecret(Secret secret) implements Authentication {
    }

    /** An app registration's certificate: a PEM file (key + certificate) or a PFX with an optional password. */
    record ClientCertificate(Path file, Secret password) implements Authentication {
    }

    /** Workload identity federation: a federated token file that the CI system issues (GitHub, GitLab, AKS...). */
    record WorkloadIdentity(Path tokenFile) implements Authentication {
    }

    /** An Azure managed identity; {@code clientId} selects a user-assigned one, null for system-assigned. */
    record ManagedIdentity(String clientId) implements Authentication {
    }

    /** The signed-in Azure CLI account. */
    record AzureCli() implements Authentication {
    }

    /**
     * A Graph access token obtained beforehand (for example {@code az account get-access-token
     * --resource https://graph.microsoft.com}), read from a file at each request so a CI step can
     * refresh it. Also how tests drive the real CLI against the local test Graph server.
     */
    record AccessToken(Path tokenFile) implements Authentication {
    }

    /** azure-identity's DefaultAzureCredential chain (environment, workload identity, managed identity, CLI...). */
    record DefaultChain() implements Authentication {
    }
}
