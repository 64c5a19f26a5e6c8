package io.github.securescore.cli;

import io.github.securescore.UntrustedText;
import io.github.securescore.graph.Authentication;
import io.github.securescore.graph.Secret;
import io.github.securescore.graph.SecretRedactor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place the CLI's words are printed: errors, warnings, progress and result lines. Each
 * passes the secret redaction of the run and {@link UntrustedText}, so a message that quotes a
 * file, a tenant or a library can neither leak a secret nor move the cursor, set the terminal
 * title or start a line of its own (a CI workflow command such as {@code ::error::}).
 */
final class Console {

    static final String PREFIX = "identity-secure-score: ";

    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Secret> secrets = new ArrayList<>();
    private volatile SecretRedactor redactor = SecretRedactor.none();
    private volatile boolean verbose;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The console of the command line {@code spec} belongs to. */
    static Console of(CommandSpec spec) {
        return ((IdentitySecureScoreCommand) spec.root().userObject()).console();
    }

    /** From now on, {@code secret} (and its encodings) is masked in everything printed. */
    synchronized void protect(Secret secret) {
        if (secret != null) {
            secrets.add(secret);
            redactor = SecretRedactor.of(secrets);
        }
    }

    /** Masks the secrets a sign-in method carries (client secret, certificate password). */
    void protect(Authentication authentication) {
        if (authentication instanceof Authentication.ClientSecret s) {
            protect(s.secret());
        } else if (authentication instanceof Authentication.ClientCertificate c) {
            protect(c.password());
        }
    }

    void verbose(boolean on) {
        this.verbose = on;
    }

    boolean verbose() {
        return verbose;
    }

    /** A failure, on stderr: {@code identity-secure-score: message}. */
    void error(String message) {
        line(err, PREFIX + message);
    }

    void warning(String message) {
        line(err, PREFIX + "warning: " + message);
    }

    /** Progress of a long step, on stderr (stdout may be the JSON report). */
    void progress(String message) {
        line(err, message);
    }

    /** Shown with {@code --verbose} only, on stderr; multi-line text keeps its lines. */
    void detail(String text) {
        if (verbose) {
            synchronized (err) {
                err.println(UntrustedText.lines(redact(text)));
                err.flush();
            }
        }
    }

    /** One result line on stdout (a report's path, what was written). */
    void result(String message) {
        line(out, message);
    }

    /**
     * A rendered document on stdout (the table, the JSON report, a diff): its line breaks are its
     * own, every other unsafe character is escaped. In JSON the escape is JSON's own, so the
     * document still parses to the same values.
     */
    void document(String text) {
        synchronized (out) {
            out.print(UntrustedText.lines(redact(text)));
            out.flush();
        }
    }

    /** Output of a library that writes to System.out or System.err (Azure SDK logging): to stderr, one line each. */
    void stray(String line) {
        line(err, line);
    }

    String redact(String text) {
        return redactor.redact(text);
    }

    private void line(PrintWriter target, String message) {
        synchronized (target) {
            target.println(UntrustedText.line(redact(message)));
            target.flush();
        }
    }
}
