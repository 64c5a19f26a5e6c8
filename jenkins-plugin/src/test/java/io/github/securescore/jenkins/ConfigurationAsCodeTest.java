package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
