package io.github.securescore.snapshot;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Checks PIM entities once bound: a schedule instance's start and end are Graph DateTimeOffsets or
 * null, since "permanent" and "outside PIM" are decided on them being null; a policy assignment
 * names its role and its approval rules say whether approval is required.
 */
final class RoleScheduleReader {

    private final SnapshotCursor cursor;
    private final java.util.Map<String, String> governedRoles = new java.util.HashMap<>();

    RoleScheduleReader(SnapshotCursor cursor) {
        this.cursor = cursor;
    }

    RoleScheduleInstance checked(RoleScheduleInstance instance, String field) {
        // the id is what tells one instance listed twice from two: without it a holder could count twice
        if (instance.id() == null || instance.id().isBlank()) {
            throw cursor.error(field + ".id", "expected the schedule instance's id; it is missing, null or blank");
        }
        String at = instance.id() != null ? " (id \"" + SnapshotCursor.abbreviate(instance.id()) + "\")" : "";
        timestamp(instance.startDateTime(), field + ".startDateTime", at);
        timestamp(instance.endDateTime(), field + ".endDateTime", at);
        if (instance.principalId() == null || instance.roleDefinitionId() == null) {
            throw cursor.error(field, "expected principalId and roleDefinitionId in every schedule instance" + at);
        }
        return instance;
    }

    /**
     * A role's PIM policy assignment: the role it governs, and each approval rule's decision, since
     * MS.AAD.7.6v1 turns on {@code isApprovalRequired} (missing is not "no approval").
     */
    RoleManagementPolicyAssignment checked(RoleManagementPolicyAssignment assignment, String field) {
        if (assignment.id() == null || assignment.id().isBlank()) {
            throw cursor.error(field + ".id", "expected the policy assignment's id; it is missing, null or blank");
        }
        String at = " (id \"" + SnapshotCursor.abbreviate(assignment.id()) + "\")";
        if (assignment.roleDefinitionId() == null || assignment.roleDefinitionId().isBlank()) {
            throw cursor.error(field + ".roleDefinitionId", "expected the role template id the policy governs" + at);
        }
        // one role, two policies: which one's approval and alerts apply cannot be decided
        String previous = governedRoles.putIfAbsent(assignment.roleDefinitionId().toLowerCase(java.util.Locale.ROOT),
                assignment.id());
        if (previous != null) {
            throw cursor.error(field + ".roleDefinitionId", "role " + SnapshotCursor.abbreviate(assignment.roleDefinitionId())
                    + " is governed by two policy assignments, \"" + SnapshotCursor.abbreviate(previous) + "\" and"
                    + at.replace(" (id ", " ").replace(")", "") + "; expected one per role");
        }
        if (assignment.policy() != null) {
            for (RoleManagementPolicyAssignment.Rule rule : assignment.policy().rules()) {
                if (rule == null || rule.id() == null || rule.id().isBlank()) {
                    throw cursor.error(field + ".policy.rules", "expected every rule to have its id" + at);
                }
                boolean approval = rule.odataType() != null && rule.odataType().endsWith("ApprovalRule");
                if (approval && (rule.setting() == null || rule.setting().isApprovalRequired() == null)) {
                    throw cursor.error(field + ".policy.rules[" + SnapshotCursor.abbreviate(rule.id())
                            + "].setting.isApprovalRequired", "expected true or false; it is missing or null" + at);
                }
            }
        }
        return assignment;
    }

    private void timestamp(String value, String field, String at) {
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw cursor.error(field, "expected an ISO-8601 date and time like 2026-11-21T10:00:00Z or null, found \""
                    + SnapshotCursor.abbreviate(value) + "\"" + at);
        }
    }
}
