package io.github.securescore.graph;

import io.github.securescore.snapshot.ResourceError;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an {@link AccessCheck} found: for each resource, whether Graph let the app read it.
 *
 * @param tenantId the tenant as the connection names it
 */
public record AccessReport(String tenantId, List<Access> accesses) {

    public AccessReport {
        accesses = List.copyOf(accesses);
    }

    /**
     * One resource's answer.
     *
     * @param resource   the Graph path (a snapshot key, or {@code groups} for the per-group members)
     * @param permission the least-privileged application permission that reads it
     * @param error      Graph's error, or null when one entity was read
     */
    public record Access(String resource, String permission, ResourceError error) {

        public boolean granted() {
            return error == null;
        }

        public boolean denied() {
            return error != null && error.isPermissionDenied();
        }
    }

    /** Permissions at least one of whose resources Graph refused with 401/403. */
    public Set<String> missingPermissions() {
        Set<String> missing = new TreeSet<>();
        for (Access access : accesses) {
            if (access.denied()) {
                missing.add(access.permission());
            }
        }
        return missing;
    }

    /** Resources that failed for another reason than a permission (e.g. 404 for a feature not licensed). */
    public List<Access> otherFailures() {
        return accesses.stream().filter(a -> !a.granted() && !a.denied()).toList();
    }

    public boolean complete() {
        return accesses.stream().allMatch(Access::granted);
    }
}
