package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.graph.GraphTestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure SDK's own debugging switches, set the way a user debugging sign-in sets them, in a
 * child JVM (they are read once per process): the token request (whose body carries the client
 * secret) must not be logged with its body, and SDK logging must stay off stdout, where
 * {@code --format json} writes the report. The sign-in goes through a proxy that refuses the
 * connection, so the request is built, logged and sent, but never reaches Microsoft.
 */
class SdkLoggingTest {

    static final String SECRET = "zq8~Xv4PLANTED+sec/ret=%&\u00fc";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "AZURE_LOG_LEVEL={0}")
    @ValueSource(strings = {"informational", "verbose"})
    void theTokenRequestBodyIsNeverLoggedAndSdkLogsStayOffStdout(String level) throws Exception {
        try (GraphTestServer server = GraphTestServer.serve(SnapshotCommandTest.fixture())) {
            Path stdout = dir.resolve("stdout");
            Path stderr = dir.resolve("stderr");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + closedPort(),
                    IdentitySecureScoreCommand.class.getName(),
                    "check", "--tenant", "00000000-0000-4000-8000-00000000c0de", "--client-id", "app",
                    "--auth", "secret", "--graph-url", server.graphRoot(), "--format", "json"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            Map<String, String> env = builder.environment();
            env.put("AZURE_CLIENT_SECRET", SECRET);
            env.put("AZURE_LOG_LEVEL", level);
            env.put("AZURE_HTTP_LOG_DETAIL_LEVEL", "BODY_AND_HEADERS");
            env.put("AZURE_REQUEST_RETRY_COUNT", "0"); // the refused connection fails at once, not after backoff
            Process process = builder.start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI did not end");

            String out = Files.readString(stdout);
            String err = Files.readString(stderr);
            assertEquals(3, process.exitValue(), err);
            assertEquals("", out, "nothing but the report belongs on stdout");
            assertTrue(err.contains("sign-in to Microsoft Entra failed"), err);
            assertTrue(err.contains("\"az.sdk.message\":\"HTTP request\""), "the SDK did log, to stderr: " + err);
            assertTrue(err.contains("oauth2/v2.0/token"), "the token request was logged (without its body): " + err);
            for (String form : encodings(SECRET)) {
                assertFalse(err.contains(form), "the secret as '" + form + "' on stderr");
            }
            assertFalse(err.contains("PLANTED"), "no part of the secret, in any encoding");
            assertFalse(err.contains("client_secret"), err);
        }
    }

    static List<String> encodings(String secret) {
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return List.of(secret, url, url.replace("~", "%7E"), url.toLowerCase(Locale.ROOT),
                Base64.getEncoder().encodeToString(bytes), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
