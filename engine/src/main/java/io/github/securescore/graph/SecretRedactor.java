package io.github.securescore.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces known secret values in text before a front end prints it. The engine already never
 * puts secrets into its messages; this is the second fence for text the engine does not write
 * (a sign-in library's message, a progress line), because a build log is readable by everyone
 * who can read the job.
 */
public final class SecretRedactor {

    public static final String MASK = "****";

    /** Shorter "secrets" would blank out half a log and protect nothing. */
    static final int MINIMUM_LENGTH = 4;

    private static final SecretRedactor NONE = new SecretRedactor(List.of());

    private final List<String> secrets;
    /** Every encoding of every secret ({@link SecretForms}); null when there are none. */
    private final Pattern forms;

    private SecretRedactor(List<String> secrets) {
        this.secrets = secrets;
        this.forms = secrets.isEmpty() ? null : SecretForms.pattern(secrets);
    }

    /** Redacts the values of {@code secrets}; nulls, empty secrets and values shorter than four characters are left out. */
    public static SecretRedactor of(List<Secret> secrets) {
        List<String> known = new ArrayList<>();
        for (Secret secret : secrets) {
            if (secret != null) {
                String value = secret.reveal();
                if (value.length() >= MINIMUM_LENGTH) {
                    known.add(value);
                }
            }
        }
        // longest first, so a secret that contains another is masked whole
        known.sort(Comparator.comparingInt(String::length).reversed());
        return known.isEmpty() ? NONE : new SecretRedactor(List.copyOf(known));
    }

    public static SecretRedactor none() {
        return NONE;
    }

    /**
     * {@code text} with every occurrence of a known secret replaced by {@link #MASK}: as it is,
     * URL-encoded, JSON-escaped or base64-encoded (also inside a longer base64 value); null stays null.
     */
    public String redact(String text) {
        if (text == null || forms == null) {
            return text;
        }
        return forms.matcher(text).replaceAll(MASK);
    }

    @Override
    public String toString() {
        return "SecretRedactor(" + secrets.size() + " secrets)";
    }
}
