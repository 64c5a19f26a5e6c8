package io.github.securescore.snapshot;

/**
 * The error Graph answered for a resource, as recorded in a snapshot
 * ({@code {"error": {"status": 403, "code": "...", "message": "..."}}}).
 */
public record ResourceError(int status, String code, String message) {

    public boolean isPermissionDenied() {
        return status == 401 || status == 403;
    }
}
