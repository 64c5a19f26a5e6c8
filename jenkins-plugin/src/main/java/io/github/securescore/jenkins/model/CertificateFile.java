package io.github.securescore.jenkins.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;

/**
 * Writes a certificate credential's key store as a PKCS#12 file that only the Jenkins user can
 * read, because the engine's {@code Authentication.ClientCertificate} signs in from a file.
 * The caller deletes the file as soon as the collection is over.
 */
public final class CertificateFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private CertificateFile() {
    }

    /**
     * @param keyStore the credential's key store (the credentials plugin keeps PKCS#12)
     * @param password the store's password; empty for none
     * @param file     where to write; must not exist yet
     */
    public static Path write(KeyStore keyStore, char[] password, Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore pkcs12 = asPkcs12(keyStore, password);
            pkcs12.store(out, password);
        } catch (GeneralSecurityException e) {
            Files.deleteIfExists(file);
            // the exception's message names the algorithm at most, never the password
            throw new IOException("the certificate credential's key store could not be written as PKCS#12: "
                    + e.getClass().getSimpleName(), e);
        }
        return file;
    }

    private static KeyStore asPkcs12(KeyStore keyStore, char[] password) throws GeneralSecurityException,
            IOException {
        if ("PKCS12".equalsIgnoreCase(keyStore.getType())) {
            return keyStore;
        }
        KeyStore copy = KeyStore.getInstance("PKCS12");
        copy.load(null, null);
        var aliases = keyStore.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            if (keyStore.isKeyEntry(alias)) {
                copy.setKeyEntry(alias, keyStore.getKey(alias, password), password,
                        keyStore.getCertificateChain(alias));
            } else {
                copy.setCertificateEntry(alias, keyStore.getCertificate(alias));
            }
        }
        return copy;
    }
}
