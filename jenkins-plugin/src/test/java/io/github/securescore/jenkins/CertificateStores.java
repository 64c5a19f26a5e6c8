package io.github.securescore.jenkins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real key pair and self-signed certificate, made by the JDK's own keytool (test material only). */
final class CertificateStores {

    private CertificateStores() {
    }

    static byte[] pkcs12(Path directory, String password) throws IOException, InterruptedException {
        Path file = directory.resolve("client-" + System.nanoTime() + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "client",
                "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=identity-secure-score-test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return Files.readAllBytes(file);
    }
}
