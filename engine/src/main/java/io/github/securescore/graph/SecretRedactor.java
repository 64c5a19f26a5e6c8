package io.github.securescore.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private SecretRedactor(List<String> secrets) {
        this.secrets = secrets;
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

    /** {@code text} with every occurrence of a known secret replaced by {@link #MASK}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "SecretRedactor(" + secrets.size() + " secrets)";
    }
}
