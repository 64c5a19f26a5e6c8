package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.microsoft.azure.util.AzureCredentials;
import com.microsoft.azure.util.AzureImdsCredentials;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void readsTheGlobalConfigurationFromYaml(JenkinsConfiguredWithCodeRule j) {
        IdentitySecureScoreConfiguration configuration = IdentitySecureScoreConfiguration.get();

        assertEquals("11111111-2222-3333-4444-555555555555", configuration.getTenantId());
        assertEquals("22222222-3333-4444-5555-666666666666", configuration.getClientId());
        assertEquals("entra-reader", configuration.getCredentialsId());
        assertEquals("US_GOVERNMENT", configuration.getCloud());
        assertEquals("minPercent: 70\ncriticality:\n  minPercent: UNSTABLE", configuration.getDefaultPolicy());
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void exportsWhatItReadAndReadsItsExportBack(JenkinsConfiguredWithCodeRule j, @TempDir Path directory)
            throws Exception {
        String exported = j.exportToString(false);
        assertTrue(exported.contains("identitySecureScore:"), exported);
        assertTrue(exported.contains("credentialsId: \"entra-reader\""), exported);

        IdentitySecureScoreConfiguration configuration = IdentitySecureScoreConfiguration.get();
        configuration.setTenantId("changed");
        configuration.setCloud("CHINA");
        Path file = directory.resolve("exported.yml");
        Files.writeString(file, exported, StandardCharsets.UTF_8);
        ConfigurationAsCode.get().configure(file.toString());

        assertEquals("11111111-2222-3333-4444-555555555555", configuration.getTenantId());
        assertEquals("US_GOVERNMENT", configuration.getCloud());
        assertEquals("minPercent: 70\ncriticality:\n  minPercent: UNSTABLE", configuration.getDefaultPolicy());
    }

    /** The credentials section of docs/jenkins.md: the Azure kinds load and map onto the engine's sign-ins. */
    @Test
    @ConfiguredWithCode("configuration-as-code-azure.yml")
    void readsTheAzureCredentialKindsByTheirDerivedSymbols(JenkinsConfiguredWithCodeRule j) throws Exception {
        List<Credentials> all = SystemCredentialsProvider.getInstance().getCredentials();
        AzureCredentials principal = all.stream().filter(AzureCredentials.class::isInstance)
                .map(AzureCredentials.class::cast).findFirst().orElseThrow();
        assertEquals("entra-sp", principal.getId());
        assertEquals("00000000-0000-0000-0000-000000000000", principal.getTenant());
        assertEquals("11111111-1111-1111-1111-111111111111", principal.getClientId());
        SignIn signIn = TenantCredentials.signIn(principal, id -> null);
        assertEquals(SignIn.Kind.CLIENT_SECRET, signIn.kind());
        assertEquals("US_GOVERNMENT", signIn.cloud());

        AzureImdsCredentials managed = all.stream().filter(AzureImdsCredentials.class::isInstance)
                .map(AzureImdsCredentials.class::cast).findFirst().orElseThrow();
        assertEquals("agent-identity", managed.getId());
        SignIn identity = TenantCredentials.signIn(managed, id -> null);
        assertEquals(SignIn.Kind.MANAGED_IDENTITY, identity.kind());
        assertEquals("22222222-2222-2222-2222-222222222222", identity.clientId());
    }
}
