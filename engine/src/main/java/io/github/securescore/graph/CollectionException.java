package io.github.securescore.graph;

/**
 * Collecting from Microsoft Graph failed as a whole: unreachable, sign-in refused, or a
 * resource every action needs could not be read (CLI exit code 3). A 403 on one resource is
 * not this: it is recorded in the snapshot and only the actions that need it are not evaluated.
 * Messages never include secrets or tokens.
 */
public class CollectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CollectionException(String message) {
        super(message);
    }

    public CollectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
