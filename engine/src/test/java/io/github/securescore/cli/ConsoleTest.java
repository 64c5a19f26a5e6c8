package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.Secret;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every kind of line the CLI prints is one neutral line with the run's secrets masked, in any encoding. */
class ConsoleTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new PrintWriter(out), new PrintWriter(err));

    @Test
    void progressWarningsErrorsAndResultsAreOneLineEach() {
        console.progress("users: HTTP 500 x\n::error title=pwned::INJECTED");
        console.warning("\u001b]0;title\u0007 \u202Eevil");
        console.error("bad \r::warning::x");
        console.result("Report: /tmp/\u2028::notice::r");

        assertEquals(String.join(System.lineSeparator(),
                "users: HTTP 500 x\\u000A::error title=pwned::INJECTED",
                "identity-secure-score: warning: \\u001B]0;title\\u0007 \\u202Eevil",
                "identity-secure-score: bad \\u000D::warning::x", ""), err.toString());
        assertEquals("Report: /tmp/\\u2028::notice::r" + System.lineSeparator(), out.toString());
    }

    @Test
    void theRunsSecretsAreMaskedInEveryLineAndInStrayLibraryOutput() {
        String secret = "zq8~Xv4+sec/ret=";
        console.protect(new Authentication.ClientSecret(Secret.of(secret)));
        console.progress("retrying: client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
        try (PrintStream library = new PrintStream(new StrayOutput(console), true, StandardCharsets.UTF_8)) {
            library.print("{\"body\":\"client_secret=" + secret.replace("/", "\\/") + "\"}\r\nsecond line");
        }

        assertEquals(String.join(System.lineSeparator(), "retrying: client_secret=****",
                "{\"body\":\"client_secret=****\"}", "second line", ""), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void documentsKeepTheirLineFeedsOnly() {
        console.document("Score\r\n  name \u202E\t\u009b31m\nVerdict: PASS\n");

        assertEquals("Score\n  name \\u202E\\u0009\\u009B31m\nVerdict: PASS\n", out.toString());
    }
}
