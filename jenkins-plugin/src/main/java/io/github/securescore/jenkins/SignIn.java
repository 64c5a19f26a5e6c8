package io.github.securescore.jenkins;

import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.CertificateFile;
import io.github.securescore.graph.Secret;
import io.github.securescore.graph.SecretRedactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

/**
 * What an agent needs to sign in to Microsoft Graph, resolved from a Jenkins credential on the
 * controller. It crosses the remoting channel (which is the controller's own, encrypted
 * connection to its agent) and holds only this one credential's material: never a credential id
 * to look up, so the agent cannot ask for any other secret. {@link #toString()} shows no value.
 *
 * @param kind      which of the engine's sign-ins
 * @param tenantId  the tenant the credential names (Azure service principal), or null
 * @param clientId  the app or user-assigned identity the credential names, or null
 * @param cloud     the cloud the credential names (Azure credentials), or null for the step's
 * @param secret    the client secret, or a certificate store's password
 * @param keyStore  a certificate credential's key store, serialised in its own type
 * @param storeType that key store's type, e.g. PKCS12
 */
record SignIn(Kind kind, String tenantId, String clientId, String cloud, char[] secret, byte[] keyStore,
              String storeType) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The engine sign-ins a Jenkins credential maps onto. */
    enum Kind { CLIENT_SECRET, CLIENT_CERTIFICATE, MANAGED_IDENTITY }

    static SignIn clientSecret(String tenantId, String clientId, String cloud, char[] secret) {
        return new SignIn(Kind.CLIENT_SECRET, tenantId, clientId, cloud, secret, null, null);
    }

    /** Serialises the store with its own password, so it arrives on the agent as it was in Jenkins. */
    static SignIn clientCertificate(String tenantId, String clientId, String cloud, KeyStore store, char[] password)
            throws IOException {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            store.store(bytes, password);
            return new SignIn(Kind.CLIENT_CERTIFICATE, tenantId, clientId, cloud, password, bytes.toByteArray(),
                    store.getType());
        } catch (GeneralSecurityException e) {
            // the message names an algorithm at most; the cause may carry more, so it is dropped
            throw new IOException("the certificate credential's key store cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    static SignIn managedIdentity(String clientId, String cloud) {
        return new SignIn(Kind.MANAGED_IDENTITY, null, clientId, cloud, null, null, null);
    }

    /**
     * The engine's sign-in, on the side that runs the engine. A certificate is written to an
     * owner-only PKCS#12 file in {@code work}, which the caller deletes with the directory.
     */
    Authentication authentication(Path work) throws IOException {
        return switch (kind) {
            case CLIENT_SECRET -> new Authentication.ClientSecret(Secret.of(new String(secret)));
            case CLIENT_CERTIFICATE -> {
                KeyStore store = load();
                Path file = CertificateFile.write(store, secret, work.resolve("client-certificate.pfx"));
                yield new Authentication.ClientCertificate(file, Secret.of(new String(secret)));
            }
            case MANAGED_IDENTITY -> new Authentication.ManagedIdentity(clientId);
        };
    }

    /** The values to mask in anything printed or thrown. */
    SecretRedactor mask() {
        List<Secret> values = new ArrayList<>();
        if (secret != null && secret.length > 0) {
            values.add(Secret.of(new String(secret)));
        }
        return values.isEmpty() ? SecretRedactor.none() : SecretRedactor.of(values);
    }

    private KeyStore load() throws IOException {
        try {
            KeyStore store = KeyStore.getInstance(storeType);
            store.load(new ByteArrayInputStream(keyStore), secret);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate credential's key store cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "SignIn[" + kind + ", tenant " + tenantId + ", client " + clientId + ", cloud " + cloud + "]";
    }
}
