package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.impl.CertificateCredentialsImpl;
import com.microsoft.azure.util.AzureCredentials;
import com.microsoft.azure.util.AzureImdsCredentials;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.securescore.graph.Authentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Each credential kind resolves, as a build sees it, into the engine's sign-in it stands for;
 * no network is needed: the tests stop at the engine's {@link Authentication}.
 */
@WithJenkins
class AzureCredentialsTest {

    private static final String TENANT = "44444444-5555-6666-7777-888888888888";
    private static final String CLIENT = "33333333-4444-5555-6666-777777777777";
    private static final String SECRET = "azure-sp-secret-VALUE-19ce";
    private static final String STORE_PASSWORD = "store-pass-0b7e";

    @TempDir
    Path work;

    @Test
    void aServicePrincipalWithASecretIsAClientSecretSignInInItsCloud(JenkinsRule j) throws Exception {
        AzureCredentials principal = new AzureCredentials(CredentialsScope.GLOBAL, "azure-sp", "SP", "",
                CLIENT, Secret.fromString(SECRET));
        principal.setTenant(TENANT);
        principal.setAzureEnvironmentName("Azure US Government");

        SignIn signIn = resolve(j, principal);

        assertEquals(SignIn.Kind.CLIENT_SECRET, signIn.kind());
        assertEquals(TENANT, signIn.tenantId());
        assertEquals(CLIENT, signIn.clientId());
        assertEquals("US_GOVERNMENT", signIn.cloud());
        Authentication authentication = signIn.authentication(work);
        assertEquals(SECRET, assertInstanceOf(Authentication.ClientSecret.class, authentication).secret().reveal());
        assertEquals("****", signIn.mask().redact(SECRET));
        assertTrue(!signIn.toString().contains(SECRET), "a sign-in's text shows no secret");
    }

    @Test
    void aServicePrincipalWithACertificateUsesTheCertificateCredentialItNames(JenkinsRule j) throws Exception {
        byte[] store = CertificateStores.pkcs12(work, STORE_PASSWORD);
        SystemCredentialsProvider.getInstance().getCredentials().add(new CertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "sp-certificate", "certificate", STORE_PASSWORD,
                new CertificateCredentialsImpl.UploadedKeyStoreSource(SecretBytes.fromBytes(store))));
        AzureCredentials principal = new AzureCredentials(CredentialsScope.GLOBAL, "azure-sp-cert", "SP", "",
                CLIENT, Secret.fromString(""));
        principal.setTenant(TENANT);
        principal.setCertificateId("sp-certificate");
        principal.setAzureEnvironmentName("Azure China");

        SignIn signIn = resolve(j, principal);

        assertEquals(SignIn.Kind.CLIENT_CERTIFICATE, signIn.kind());
        assertEquals("CHINA", signIn.cloud());
        Authentication.ClientCertificate certificate = assertInstanceOf(Authentication.ClientCertificate.class,
                signIn.authentication(work));
        KeyStore written = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(certificate.file())) {
            written.load(in, STORE_PASSWORD.toCharArray());
        }
        assertEquals(List.of("client"), java.util.Collections.list(written.aliases()));
        assertNotNull(written.getKey("client", STORE_PASSWORD.toCharArray()), "the private key crossed intact");
    }

    @Test
    void aManagedIdentityNeedsNoSecretAndKeepsItsUserAssignedClientId(JenkinsRule j) throws Exception {
        AzureImdsCredentials managed = new AzureImdsCredentials(CredentialsScope.GLOBAL, "azure-mi", "MI", "Azure");
        managed.setClientId(CLIENT);

        SignIn signIn = resolve(j, managed);

        assertEquals(SignIn.Kind.MANAGED_IDENTITY, signIn.kind());
        assertEquals("GLOBAL", signIn.cloud());
        assertNull(signIn.secret());
        assertEquals(CLIENT, assertInstanceOf(Authentication.ManagedIdentity.class,
                signIn.authentication(work)).clientId());

        AzureImdsCredentials systemAssigned = new AzureImdsCredentials(CredentialsScope.GLOBAL, "azure-mi-system",
                "MI", "Azure");
        assertNull(assertInstanceOf(Authentication.ManagedIdentity.class,
                resolve(j, systemAssigned).authentication(work)).clientId(), "system-assigned: no client id");
    }

    @Test
    void secretTextAndCertificateStayTheEngineClientSecretAndCertificate(JenkinsRule j) throws Exception {
        SignIn text = resolve(j, new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", "text",
                Secret.fromString(SECRET)));
        assertEquals(SignIn.Kind.CLIENT_SECRET, text.kind());
        assertNull(text.tenantId(), "a Secret text names no tenant: the step's tenantId is used");

        byte[] store = CertificateStores.pkcs12(work, STORE_PASSWORD);
        SignIn certificate = resolve(j, new CertificateCredentialsImpl(CredentialsScope.GLOBAL, "cert", "cert",
                STORE_PASSWORD, new CertificateCredentialsImpl.UploadedKeyStoreSource(SecretBytes.fromBytes(store))));
        assertEquals(SignIn.Kind.CLIENT_CERTIFICATE, certificate.kind());
        assertInstanceOf(Authentication.ClientCertificate.class, certificate.authentication(work));
    }

    @Test
    void anAzureEnvironmentTheEngineCannotReachStopsTheBuildWithItsName(JenkinsRule j) throws Exception {
        AzureImdsCredentials germany = new AzureImdsCredentials(CredentialsScope.GLOBAL, "azure-de", "MI",
                "Azure Germany");
        SystemCredentialsProvider.getInstance().getCredentials().add(germany);
        SystemCredentialsProvider.getInstance().save();
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setTenantId(TENANT);
        step.setCredentialsId("azure-de");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("the Azure environment 'Azure Germany' is not supported", build);
    }

    @Test
    void theServicePrincipalsClientIdMustNotBeContradicted(JenkinsRule j) throws Exception {
        AzureCredentials principal = new AzureCredentials(CredentialsScope.GLOBAL, "azure-sp", "SP", "",
                CLIENT, Secret.fromString(SECRET));
        principal.setTenant(TENANT);
        SystemCredentialsProvider.getInstance().getCredentials().add(principal);
        SystemCredentialsProvider.getInstance().save();
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder step = new IdentitySecureScoreRecorder();
        step.setClientId("99999999-0000-0000-0000-000000000000");
        step.setCredentialsId("azure-sp");
        project.getPublishersList().add(step);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("differs from the client ID of the Azure service principal credential", build);
        j.assertLogNotContains(SECRET, build);
    }

    @Test
    void theJobFormOffersTheAzureKindsNextToTheOthers(JenkinsRule j) throws Exception {
        AzureCredentials principal = new AzureCredentials(CredentialsScope.GLOBAL, "azure-sp", "SP", "",
                CLIENT, Secret.fromString(SECRET));
        SystemCredentialsProvider.getInstance().getCredentials().add(principal);
        SystemCredentialsProvider.getInstance().getCredentials().add(
                new AzureImdsCredentials(CredentialsScope.GLOBAL, "azure-mi", "MI", "Azure"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "text", "text", Secret.fromString(SECRET)));
        SystemCredentialsProvider.getInstance().save();
        FreeStyleProject project = j.createFreeStyleProject();
        IdentitySecureScoreRecorder.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(IdentitySecureScoreRecorder.DescriptorImpl.class);

        List<String> offered = descriptor.doFillCredentialsIdItems(project, "").stream()
                .map(option -> option.value).toList();

        assertTrue(offered.containsAll(List.of("azure-sp", "azure-mi", "text")), offered.toString());
    }

    /** Stores the credential globally and resolves it as a build of a fresh job may see it. */
    private static SignIn resolve(JenkinsRule j, StandardCredentials credentials) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(credentials);
        SystemCredentialsProvider.getInstance().save();
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject());
        return TenantCredentials.signIn(build, TenantCredentials.forRun(build, credentials.getId()));
    }
}
