package io.github.securescore.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.microsoft.azure.util.AzureCredentials;
import com.microsoft.azure.util.AzureImdsCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import io.github.securescore.graph.NationalCloud;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Azure Credentials plugin's two kinds, mapped onto the engine's sign-ins: a service
 * principal (client secret, or a certificate credential named by id) and a managed identity.
 *
 * <p>The plugin is an optional dependency: this class is loaded only after
 * {@link TenantCredentials#azurePluginActive()} said yes, so its references to
 * {@code com.microsoft.azure.util} are never resolved on a Jenkins without the plugin.
 */
final class AzurePluginCredentials {

    private AzurePluginCredentials() {
    }

    static CredentialsMatcher matcher() {
        return CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(AzureCredentials.class),
                CredentialsMatchers.instanceOf(AzureImdsCredentials.class));
    }

    /**
     * The sign-in for an Azure credential, or null for any other kind. A service principal without
     * a client secret uses the certificate credential its {@code certificateId} names, found with
     * {@code certificates} (seen from the build or the form being configured).
     */
    @CheckForNull
    static SignIn signIn(StandardCredentials credentials,
                         Function<String, StandardCertificateCredentials> certificates) throws IOException {
        if (credentials instanceof AzureImdsCredentials managed) {
            return SignIn.managedIdentity(Util.fixEmptyAndTrim(managed.getClientId()),
                    cloud(managed.getAzureEnvironmentName()));
        }
        if (!(credentials instanceof AzureCredentials principal)) {
            return null;
        }
        // Unfinished: a service principal's custom endpoint overrides (authentication, Graph) are not
        // passed on; the engine's NationalCloud has no authority override, so the named cloud decides.
        String tenant = Util.fixEmptyAndTrim(principal.getTenant());
        String client = Util.fixEmptyAndTrim(principal.getClientId());
        String cloud = cloud(principal.getAzureEnvironmentName());
        String secret = principal.getPlainClientSecret();
        if (secret != null && !secret.isEmpty()) {
            return SignIn.clientSecret(tenant, client, cloud, secret.toCharArray());
        }
        String certificateId = Util.fixEmptyAndTrim(principal.getCertificateId());
        StandardCertificateCredentials certificate = certificateId == null ? null : certificates.apply(certificateId);
        if (certificate == null) {
            throw new AbortException("the Azure service principal '" + principal.getId() + "' has neither a client"
                    + " secret nor a certificate credential this build may use"
                    + (certificateId == null ? "" : " (certificateId '" + certificateId + "')"));
        }
        return SignIn.clientCertificate(tenant, client, cloud, certificate.getKeyStore(),
                certificate.getPassword().getPlainText().toCharArray());
    }

    /**
     * The engine's cloud for the plugin's environment names ("Azure", "Azure China",
     * "Azure US Government"); Azure Germany is closed and has no Graph endpoint the engine knows.
     */
    static String cloud(@CheckForNull String environment) throws AbortException {
        String name = Util.fixEmptyAndTrim(environment);
        if (name == null) {
            return NationalCloud.GLOBAL.name();
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "azure" -> NationalCloud.GLOBAL.name();
            case "azure china" -> NationalCloud.CHINA.name();
            case "azure us government" -> NationalCloud.US_GOVERNMENT.name();
            default -> throw new AbortException("the Azure environment '" + name + "' is not supported: expected"
                    + " Azure, Azure China or Azure US Government");
        };
    }
}
