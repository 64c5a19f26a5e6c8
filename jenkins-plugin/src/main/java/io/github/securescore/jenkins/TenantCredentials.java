package io.github.securescore.jenkins;

import com.azure.core.credential.TokenCredential;
import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.PluginWrapper;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.graph.AccessCheck;
import io.github.securescore.graph.AccessReport;
import io.github.securescore.graph.CollectionException;
import io.github.securescore.graph.CollectionSettings;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.SecretRedactor;
import io.github.securescore.graph.TenantConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Everything between the credentials plugin and the engine's {@link TenantConnection}: which
 * credentials a form may list, and how a Secret text (client secret), a certificate credential or,
 * with the Azure Credentials plugin installed, an Azure service principal or managed identity
 * becomes a {@link SignIn}. Credentials are resolved on the controller; only the one sign-in's
 * material goes to the agent. Secrets are never logged, and every message is passed through a
 * {@link SecretRedactor}.
 */
final class TenantCredentials {

    /** Whether the optional Azure Credentials plugin is there; asked before {@link AzurePluginCredentials} is touched. */
    static boolean azurePluginActive() {
        Jenkins jenkins = Jenkins.getInstanceOrNull();
        PluginWrapper plugin = jenkins == null ? null : jenkins.getPluginManager().getPlugin("azure-credentials");
        return plugin != null && plugin.isActive();
    }

    /** Only the kinds the engine can sign in with (the Azure plugin's only when it is installed). */
    static CredentialsMatcher usable() {
        CredentialsMatcher own = CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(StringCredentials.class),
                CredentialsMatchers.instanceOf(StandardCertificateCredentials.class));
        return azurePluginActive() ? CredentialsMatchers.anyOf(own, AzurePluginCredentials.matcher())
                : own;
    }

    private TenantCredentials() {
    }

    /**
     * The credentials a form may offer: in a job, to users who may configure it; globally, to
     * administrators. Others see only the current value, so ids do not leak.
     */
    static ListBoxModel listBox(@CheckForNull Item item, String credentialsId) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!canConfigure(item)) {
            model.includeCurrentValue(credentialsId);
            return model;
        }
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatching(Jenkins.get(), StandardCredentials.class, List.of(), usable());
        } else {
            model.includeMatching(item, StandardCredentials.class, List.of(), usable());
        }
        model.includeCurrentValue(credentialsId);
        return model;
    }

    static ListBoxModel clouds(@CheckForNull Item item, String current) {
        ListBoxModel model = new ListBoxModel();
        if (!canConfigure(item)) {
            return model;
        }
        for (NationalCloud cloud : NationalCloud.values()) {
            model.add(new ListBoxModel.Option(cloud.name(), cloud.name(), cloud.name().equals(current)));
        }
        return model;
    }

    static boolean canConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    static FormValidation checkCloud(String value) {
        if (Util.fixEmptyAndTrim(value) == null || NationalCloud.parse(value).isPresent()) {
            return FormValidation.ok();
        }
        return FormValidation.error("Unknown cloud '" + value + "': expected GLOBAL, US_GOVERNMENT or CHINA");
    }

    static NationalCloud cloud(String value) throws AbortException {
        if (Util.fixEmptyAndTrim(value) == null) {
            return NationalCloud.GLOBAL;
        }
        return NationalCloud.parse(value).orElseThrow(() -> new AbortException(
                "cloud '" + value + "' is not valid: expected GLOBAL, US_GOVERNMENT or CHINA"));
    }

    /** The credential a build may use, resolved as the build's authentication (credentials plugin rules). */
    static StandardCredentials forRun(Run<?, ?> run, String credentialsId) throws AbortException {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(credentialsId,
                StandardCredentials.class, run);
        if (credentials == null || !usable().matches(credentials)) {
            throw new AbortException("credentialsId '" + credentialsId + "' does not name a Secret text,"
                    + " certificate or Azure credential this build may use");
        }
        return credentials;
    }

    /** The credential for a form's connection test, seen from the item (or Jenkins) being configured. */
    @CheckForNull
    static StandardCredentials forForm(@CheckForNull Item item, String credentialsId) {
        List<StandardCredentials> all = item == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class, Jenkins.get(),
                        ACL.SYSTEM2, List.of())
                : CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, item, ACL.SYSTEM2,
                        List.of());
        return CredentialsMatchers.firstOrNull(all,
                CredentialsMatchers.allOf(CredentialsMatchers.withId(credentialsId), usable()));
    }

    /** The sign-in for a build: a service principal's certificate is looked up as the build may see it. */
    static SignIn signIn(Run<?, ?> run, StandardCredentials credentials) throws IOException {
        return signIn(credentials, id -> CredentialsProvider.findCredentialById(id,
                StandardCertificateCredentials.class, run));
    }

    /**
     * The engine sign-in for a credential: Secret text is a client secret; a certificate
     * credential a client certificate; the Azure plugin's kinds carry their own tenant, app and cloud.
     */
    static SignIn signIn(StandardCredentials credentials,
                         Function<String, StandardCertificateCredentials> certificates) throws IOException {
        if (credentials instanceof StringCredentials text) {
            return SignIn.clientSecret(null, null, null, text.getSecret().getPlainText().toCharArray());
        }
        if (credentials instanceof StandardCertificateCredentials certificate) {
            return SignIn.clientCertificate(null, null, null, certificate.getKeyStore(),
                    certificate.getPassword().getPlainText().toCharArray());
        }
        SignIn azure = azurePluginActive() ? AzurePluginCredentials.signIn(credentials, certificates)
                : null;
        if (azure == null) {
            throw new AbortException("credential '" + credentials.getId() + "' is not of a kind the engine can sign"
                    + " in with (Secret text, certificate, Azure service principal or managed identity)");
        }
        return azure;
    }

    /**
     * Signs in and reads one entity of each resource a collection reads (the engine's {@link AccessCheck}), so the
     * form says in seconds whether tenant, app and secret fit, and which application permissions are missing.
     */
    static FormValidation testConnection(@CheckForNull Item item, String tenantId, String clientId,
                                         String credentialsId, String cloudName, String graphBaseUrl) {
        return testConnection(item, tenantId, clientId, credentialsId, cloudName, graphBaseUrl, null);
    }

    /**
     * @param tokens the token source to use instead of the sign-in the credential describes; null in Jenkins (a
     *               test's local Graph server hands out its own token)
     */
    static FormValidation testConnection(@CheckForNull Item item, String tenantId, String clientId,
                                         String credentialsId, String cloudName, String graphBaseUrl,
                                         @CheckForNull TokenCredential tokens) {
        if (Util.fixEmptyAndTrim(tenantId) == null || Util.fixEmptyAndTrim(clientId) == null
                || Util.fixEmptyAndTrim(credentialsId) == null) {
            return FormValidation.error("Tenant ID, client ID and credentials are all needed to connect");
        }
        StandardCredentials credentials = forForm(item, credentialsId);
        if (credentials == null) {
            return FormValidation.error("No usable credential with id '" + credentialsId + "'");
        }
        Path work = null;
        SecretRedactor mask = SecretRedactor.none();
        try {
            work = Files.createTempDirectory("identity-secure-score-test");
            SignIn signIn = signIn(credentials, id -> certificateForForm(item, id));
            mask = signIn.mask();
            TenantConnection connection = new TenantConnection(tenantId.trim(),
                    signIn.clientId() != null ? signIn.clientId() : clientId.trim(),
                    cloud(signIn.cloud() != null ? signIn.cloud() : cloudName), signIn.authentication(work),
                    Util.fixEmptyAndTrim(graphBaseUrl));
            AccessReport report = new AccessCheck(connection, CollectionSettings.defaults(), tokens, null).run();
            return answer(report, mask);
        } catch (CollectionException | AbortException e) {
            return FormValidation.error(mask.redact(e.getMessage()));
        } catch (IOException e) {
            return FormValidation.error("Could not prepare the sign-in: " + mask.redact(e.getMessage()));
        } finally {
            AgentCheck.deleteQuietly(work);
        }
    }

    /**
     * The access check's answer as the form shows it: OK when every resource was read, a warning naming the
     * missing permissions (a build still runs; the actions that need them are "not evaluated") and the
     * resources that failed for another reason.
     */
    private static FormValidation answer(AccessReport report, SecretRedactor mask) {
        String tenant = "Signed in to tenant " + report.tenantId();
        if (report.complete()) {
            return FormValidation.ok(tenant + " and read every resource a check reads");
        }
        StringBuilder text = new StringBuilder(tenant);
        if (!report.missingPermissions().isEmpty()) {
            text.append(". Missing application permissions (grant them with admin consent; until then the actions that"
                    + " need them are reported as not evaluated): ")
                    .append(String.join(", ", report.missingPermissions()));
        }
        List<String> others = report.otherFailures().stream()
                .map(a -> a.resource() + " (HTTP " + a.error().status() + ")").toList();
        if (!others.isEmpty()) {
            text.append(". Not readable for another reason than a permission: ").append(String.join(", ", others));
        }
        return FormValidation.warning(mask.redact(text.toString()));
    }

    @CheckForNull
    private static StandardCertificateCredentials certificateForForm(@CheckForNull Item item, String id) {
        List<StandardCertificateCredentials> all = item == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StandardCertificateCredentials.class,
                        Jenkins.get(), ACL.SYSTEM2, List.of())
                : CredentialsProvider.lookupCredentialsInItem(StandardCertificateCredentials.class, item,
                        ACL.SYSTEM2, List.of());
        return CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(id));
    }
}
