package io.github.securescore.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.CollectionException;
import io.github.securescore.graph.GraphSnapshotSource;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.Secret;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.jenkins.model.CertificateFile;
import io.github.securescore.jenkins.model.SecretMask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Everything between the credentials plugin and the engine's {@link TenantConnection}: which
 * credentials a form may list, and how a Secret text (client secret) or a certificate credential
 * becomes an {@link Authentication}. Secrets go straight from the credential into the engine's
 * {@link Secret}; they are never logged, and every message is passed through a {@link SecretMask}.
 */
final class TenantCredentials {

    /** Only the two kinds the engine can sign in with. */
    static final CredentialsMatcher USABLE = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.instanceOf(StandardCertificateCredentials.class));

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
            model.includeMatching(Jenkins.get(), StandardCredentials.class, List.of(), USABLE);
        } else {
            model.includeMatching(item, StandardCredentials.class, List.of(), USABLE);
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
        if (credentials == null || !USABLE.matches(credentials)) {
            throw new AbortException("credentialsId '" + credentialsId + "' does not name a Secret text or"
                    + " certificate credential this build may use");
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
                CredentialsMatchers.allOf(CredentialsMatchers.withId(credentialsId), USABLE));
    }

    /**
     * A sign-in for the engine. A certificate is written to a PKCS#12 file in {@code workDirectory}
     * (owner-only), which the caller deletes with the directory.
     */
    static Login login(StandardCredentials credentials, Path workDirectory) throws IOException {
        if (credentials instanceof StringCredentials text) {
            String value = text.getSecret().getPlainText();
            return new Login(new Authentication.ClientSecret(Secret.of(value)), new SecretMask(List.of(value)));
        }
        if (credentials instanceof StandardCertificateCredentials certificate) {
            String password = certificate.getPassword().getPlainText();
            Path file = CertificateFile.write(certificate.getKeyStore(), password.toCharArray(),
                    workDirectory.resolve("client-certificate.pfx"));
            return new Login(new Authentication.ClientCertificate(file, Secret.of(password)),
                    new SecretMask(List.of(password)));
        }
        throw new AbortException("credential '" + credentials.getId() + "' is neither Secret text nor a certificate");
    }

    /** The engine's sign-in and the values to mask in anything printed. */
    record Login(Authentication authentication, SecretMask mask) {
    }

    /**
     * Signs in and collects once, so the form says whether tenant, app, secret and permissions fit.
     *
     * <p>UNFINISHED: needs engine API {@code GraphSnapshotSource#checkAccess()} (sign in and read one
     * small resource per permission, reporting the missing ones); until then this runs a whole
     * collection, which can take a while on a large tenant.
     */
    static FormValidation testConnection(@CheckForNull Item item, String tenantId, String clientId,
                                         String credentialsId, String cloudName, String graphBaseUrl) {
        if (Util.fixEmptyAndTrim(tenantId) == null || Util.fixEmptyAndTrim(clientId) == null
                || Util.fixEmptyAndTrim(credentialsId) == null) {
            return FormValidation.error("Tenant ID, client ID and credentials are all needed to connect");
        }
        StandardCredentials credentials = forForm(item, credentialsId);
        if (credentials == null) {
            return FormValidation.error("No Secret text or certificate credential with id '" + credentialsId + "'");
        }
        Path work = null;
        SecretMask mask = SecretMask.none();
        try {
            work = Files.createTempDirectory("identity-secure-score-test");
            Login login = login(credentials, work);
            mask = login.mask();
            TenantConnection connection = new TenantConnection(tenantId.trim(), clientId.trim(), cloud(cloudName),
                    login.authentication(), Util.fixEmptyAndTrim(graphBaseUrl));
            List<String> progress = new ArrayList<>();
            new GraphSnapshotSource(connection, progress::add).load();
            return FormValidation.ok("Signed in to tenant " + tenantId.trim() + " and read its identity configuration");
        } catch (CollectionException | AbortException e) {
            return FormValidation.error(mask.mask(e.getMessage()));
        } catch (IOException e) {
            return FormValidation.error("Could not prepare the sign-in: " + mask.mask(e.getMessage()));
        } finally {
            deleteQuietly(work);
        }
    }

    static void deleteQuietly(@CheckForNull Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a left-over temporary directory is not worth failing a build over
        }
    }
}
