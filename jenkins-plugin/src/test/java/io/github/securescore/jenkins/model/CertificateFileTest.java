package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFileTest {

    private static final char[] PASSWORD = "store-pass".toCharArray();

    @TempDir
    Path directory;

    @Test
    void writesAPkcs12OnlyItsOwnerCanRead() throws Exception {
        KeyStore source = generate("PKCS12");

        Path file = CertificateFile.write(source, PASSWORD, directory.resolve("client.pfx"));

        KeyStore written = load(file, "PKCS12");
        assertEquals(Collections.list(source.aliases()), Collections.list(written.aliases()));
        assertEquals(source.getCertificate("app"), written.getCertificate("app"));
        assertTrue(written.getKey("app", PASSWORD) instanceof PrivateKey);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void convertsOtherStoreTypesToPkcs12() throws Exception {
        KeyStore jks = generate("JKS");

        Path file = CertificateFile.write(jks, PASSWORD, directory.resolve("client.pfx"));

        assertEquals(jks.getCertificate("app"), load(file, "PKCS12").getCertificate("app"));
    }

    /** A real key pair and self-signed certificate, made by the JDK's keytool. */
    private KeyStore generate(String type) throws IOException, InterruptedException, java.security.GeneralSecurityException {
        Path store = directory.resolve("generated." + type.toLowerCase(java.util.Locale.ROOT));
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "app",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=identity-secure-score-test", "-validity", "2",
                "-storetype", type, "-keystore", store.toString(), "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        return load(store, type);
    }

    private static KeyStore load(Path file, String type) throws IOException, java.security.GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
