package io.github.securescore.snapshot;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Checks a PIM schedule instance once bound: its start and end are Graph DateTimeOffsets or null,
 * since "permanent" and "outside PIM" are decided on them being null.
 */
final class RoleScheduleReader {

    private final SnapshotCursor cursor;

    RoleScheduleReader(SnapshotCursor cursor) {
        this.cursor = cursor;
    }

    RoleScheduleInstance checked(RoleScheduleInstance instance, String field) {
        String at = instance.id() != null ? " (id \"" + SnapshotCursor.abbreviate(instance.id()) + "\")" : "";
        timestamp(instance.startDateTime(), field + ".startDateTime", at);
        timestamp(instance.endDateTime(), field + ".endDateTime", at);
        if (instance.principalId() == null || instance.roleDefinitionId() == null) {
            throw cursor.error(field, "expected principalId and roleDefinitionId in every schedule instance" + at);
        }
        return instance;
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
