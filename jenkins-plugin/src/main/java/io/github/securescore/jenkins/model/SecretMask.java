package io.github.securescore.jenkins.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces known secret values in text before it reaches the console log. The engine already
 * promises never to put secrets into messages; this is the second fence, because the build log
 * is readable by everyone who can read the job.
 */
public final class SecretMask {

    public static final String MASK = "****";

    private final List<String> secrets;

    public SecretMask(List<String> secrets) {
        List<String> known = new ArrayList<>();
        for (String secret : secrets) {
            // a very short "secret" would mask half the log and protects nothing
            if (secret != null && secret.length() >= 4) {
                known.add(secret);
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(known);
    }

    public static SecretMask none() {
        return new SecretMask(List.of());
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
