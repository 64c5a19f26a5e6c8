package io.github.securescore.graph;

import java.util.Objects;

/**
 * Which tenant to read and how to sign in. {@code graphBaseUrl} overrides the cloud's Graph
 * endpoint (the test Graph server on 127.0.0.1); null means the cloud's own.
 */
public record TenantConnection(String tenantId, String clientId, NationalCloud cloud, Authentication authentication,
                               String graphBaseUrl) {

    public TenantConnection {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(authentication, "authentication");
    }

    /** The Graph v1.0 root to call. */
    public String graphRoot() {
        String base = graphBaseUrl != null ? graphBaseUrl : cloud.graphEndpoint() + "/v1.0";
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
