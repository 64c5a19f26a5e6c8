package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A PIM schedule instance of Graph v1.0: a {@code unifiedRoleEligibilityScheduleInstance} (an
 * eligible assignment) or a {@code unifiedRoleAssignmentScheduleInstance} (an active one, made
 * through PIM or directly through the role assignments API). Both share these fields of
 * {@code unifiedRoleScheduleInstanceBase}; {@code assignmentType} (Assigned / Activated) is the
 * active kind's. {@code principal} is present when read with {@code $expand=principal}.
 *
 * @param startDateTime when the instance starts; null on an active assignment made outside PIM
 * @param endDateTime   when it ends; null when it never ends (permanent)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleScheduleInstance(String id, String principalId, String roleDefinitionId, String directoryScopeId,
                                   String startDateTime, String endDateTime, String assignmentType,
                                   String memberType, RoleAssignment.Principal principal) {

    /** Never ends. */
    public boolean permanent() {
        return endDateTime == null;
    }

    /** Has no start: PIM did not provision it (the portal shows "-" as its start time). */
    public boolean startless() {
        return startDateTime == null;
    }

    /** The principal's Graph type without the namespace ("user", "group", "servicePrincipal"), or null. */
    public String principalType() {
        if (principal == null || principal.odataType() == null) {
            return null;
        }
        String t = principal.odataType();
        return t.substring(t.lastIndexOf('.') + 1);
    }

    /** Tenant-wide (directory scope "/" or none). */
    public boolean tenantWide() {
        return directoryScopeId == null || "/".equals(directoryScopeId);
    }
}
