package io.github.securescore.jenkins.model;

import java.util.regex.Pattern;

/**
 * The id of one check in a build: it is both a URL segment and a file name, so it is kept to
 * lower-case letters, digits, '-' and '_'.
 */
public final class ResultId {

    public static final String DEFAULT = "identity-secure-score";

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private ResultId() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The id, or {@link #DEFAULT} for blank; rejects anything else that is not valid. */
    public static String require(String id) {
        if (id == null || id.isBlank()) {
            return DEFAULT;
        }
        if (!isValid(id)) {
            throw new IllegalArgumentException("id '" + id + "' is not valid: expected 1 to 64 lower-case letters,"
                    + " digits, '-' or '_', starting with a letter or digit");
        }
        return id;
    }
}
