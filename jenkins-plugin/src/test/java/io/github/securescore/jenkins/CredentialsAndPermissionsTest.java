package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class CredentialsAndPermissionsTest {

    private static final String SECRET = "client-secret-VALUE-7d41c0";

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "entra-reader", "Entra reader app", Secret.fromString(SECRET)));
        SystemCredentialsProvider.getInstance().save();
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("configurer"));
    }

    /**
     * The secret reaches the engine, the engine fails to reach Graph (nothing listens on the
     * discard port), and neither the log nor the build's files show the secret.
     */
    @Test
    void neverPrintsOrStoresTheClientSecret(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setTenantId("11111111-2222-3333-4444-555555555555");
        step.setClientId("22222222-3333-4444-5555-666666666666");
        step.setCredentialsId("entra-reader");
        step.setGraphBaseUrl("http://127.0.0.1:9/v1.0");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("[Identity Secure Score] collecting tenant 11111111-2222-3333-4444-555555555555", build);
        j.assertLogNotContains(SECRET, build);
        try (var files = Files.walk(build.getRootDir().toPath())) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(SECRET), file.toString());
            }
        }
        assertFalse(Files.readString(project.getConfigFile().getFile().toPath()).contains(SECRET));
    }

    @Test
    void rejectsACredentialOfTheWrongKindOrAnUnknownOne(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setTenantId("t");
        step.setClientId("c");
        step.setCredentialsId("does-not-exist");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("credentialsId 'does-not-exist' does not name a Secret text, certificate or Azure credential",
                build);
    }

    @Test
    void listsCredentialsOnlyToThoseWhoMayConfigure(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("job");
        IdentitySecureScoreRecorder.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(IdentitySecureScoreRecorder.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            ListBoxModel seen = descriptor.doFillCredentialsIdItems(project, "");
            assertFalse(values(seen).contains("entra-reader"), "a reader must not enumerate credential ids");
            assertEquals(FormValidation.Kind.OK, descriptor.doCheckSnapshot(project, "/etc/passwd").kind,
                    "a reader gets no validation answers");
            assertThrows(AccessDeniedException3.class,
                    () -> descriptor.doTestConnection(project, "t", "c", "entra-reader", "GLOBAL", null));
        }
        try (ACLContext ignored = ACL.as2(User.getById("configurer", true).impersonate2())) {
            assertTrue(values(descriptor.doFillCredentialsIdItems(project, "")).contains("entra-reader"));
            assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckSnapshot(project, "/etc/passwd").kind);
            assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckId(project, "Not Valid").kind);
            assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckMinimumScore(project, "120").kind);
            ControlGate.DescriptorImpl gates = j.jenkins.getDescriptorByType(ControlGate.DescriptorImpl.class);
            // the engine's parser: Double.parseDouble would take "1e2" and "NaN"
            assertEquals(FormValidation.Kind.ERROR, gates.doCheckMinimum(project, "1e2").kind);
            assertEquals(FormValidation.Kind.ERROR, gates.doCheckMinimum(project, "NaN").kind);
            assertEquals(FormValidation.Kind.OK, gates.doCheckMinimum(project, "70%").kind);
            // a job configurer is not an administrator: the global form stays closed
            assertFalse(values(IdentitySecureScoreConfiguration.get().doFillCredentialsIdItems(""))
                    .contains("entra-reader"));
            assertThrows(AccessDeniedException3.class, () -> IdentitySecureScoreConfiguration.get()
                    .doTestConnection("t", "c", "entra-reader", "GLOBAL"));
        }
        try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
            assertTrue(values(IdentitySecureScoreConfiguration.get().doFillCredentialsIdItems(""))
                    .contains("entra-reader"));
        }
    }

    @Test
    void answersFormRequestsOnlyByPost(JenkinsRule j) throws Exception {
        j.createFreeStyleProject("job");
        JenkinsRule.WebClient client = j.createWebClient().login("configurer");
        client.setThrowExceptionOnFailingStatusCode(false);
        String url = j.getURL() + "job/job/descriptorByName/" + IdentitySecureScoreRecorder.class.getName()
                + "/fillCredentialsIdItems";

        WebResponse get = client.getPage(new WebRequest(java.net.URI.create(url).toURL(), HttpMethod.GET)).getWebResponse();
        assertEquals(405, get.getStatusCode());

        WebResponse post = client.getPage(client.addCrumb(new WebRequest(java.net.URI.create(url).toURL(), HttpMethod.POST)))
                .getWebResponse();
        assertEquals(200, post.getStatusCode());
        assertTrue(post.getContentAsString().contains("entra-reader"));
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
