package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.github.securescore.graph.GraphTestServer;
import io.github.securescore.graph.TenantData;
import io.github.securescore.snapshot.GraphResource;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * "Test connection" runs the engine's access check, through the real Graph SDK, against the engine's test Graph
 * server on 127.0.0.1: one small request per resource, and the missing permissions by name.
 */
@WithJenkins
class TestConnectionTest {

    private static final String SECRET = "client-secret-TEST-CONNECTION-3a9e";
    private static final String CLIENT = "22222222-3333-4444-5555-666666666666";

    private GraphTestServer server;

    @BeforeEach
    void credential(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "entra-reader", "Entra reader app", Secret.fromString(SECRET)));
        SystemCredentialsProvider.getInstance().save();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void namesTheMissingPermissionsAfterOneRequestPerResource(JenkinsRule j) throws Exception {
        server = GraphTestServer.serve(TenantData.contoso())
                .deny(GraphResource.USER_REGISTRATION_DETAILS.key())
                .deny(GraphResource.SECURE_SCORES.key());

        FormValidation answer = test(TenantData.contoso().tenantId());

        assertEquals(FormValidation.Kind.WARNING, answer.kind, answer.getMessage());
        assertTrue(answer.getMessage().contains("Missing application permissions"), answer.getMessage());
        assertTrue(answer.getMessage().contains("AuditLog.Read.All"), answer.getMessage());
        assertTrue(answer.getMessage().contains("SecurityEvents.Read.All"), answer.getMessage());
        assertFalse(answer.getMessage().contains("User.Read.All"), "users could be read: " + answer.getMessage());
        assertFalse(answer.getMessage().contains(SECRET));
        // an access check, not a collection: the 300 users are not read page after page
        assertEquals(1, server.requests(GraphResource.USERS.key()));
    }

    @Test
    void aRefusedTokenIsNeverReportedAsConnected(JenkinsRule j) throws Exception {
        server = GraphTestServer.serve(TenantData.contoso())
                .inject(GraphResource.ORGANIZATION.key(), 1, new GraphTestServer.Status(401));

        FormValidation answer = test(TenantData.contoso().tenantId());

        assertTrue(answer.kind != FormValidation.Kind.OK, answer.getMessage());
        assertFalse(answer.getMessage().contains(SECRET));
    }

    @Test
    void missingFieldsAreAnErrorBeforeAnyRequest(JenkinsRule j) throws Exception {
        server = GraphTestServer.serve(TenantData.contoso());

        FormValidation answer = TenantCredentials.testConnection(null, "", CLIENT, "entra-reader", "GLOBAL",
                server.graphRoot(), GraphTestServer.credential());

        assertEquals(FormValidation.Kind.ERROR, answer.kind);
        assertEquals(0, server.totalRequests());
    }

    private FormValidation test(String tenant) {
        return TenantCredentials.testConnection(null, tenant, CLIENT, "entra-reader", "GLOBAL", server.graphRoot(),
                GraphTestServer.credential());
    }
}
