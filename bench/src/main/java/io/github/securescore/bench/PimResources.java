package io.github.securescore.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.securescore.snapshot.GraphResource;
import java.io.IOException;
import java.util.List;

/**
 * The generated tenant's Privileged Identity Management resources (SCuBA section 7): PIM's view of
 * the role assignments, some of them also eligible, and every highly privileged role's PIM policy.
 * Small: a few dozen entities, whatever the number of users.
 */
final class PimResources {

    /** The highly privileged roles of CISA's list, by template id. */
    static final List<String> HIGHLY_PRIVILEGED = List.of("62e90394-69f5-4237-9190-012177145e10",
            "e8611ab8-c189-46e8-94e1-60213ab1f814", "fe930be7-5e62-47db-91af-98c3a49a38b1",
            "f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "29232cdf-9323-42fd-ade2-1d097af3e4de",
            "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
            "158c047a-c907-4556-b7ef-446551a6b5f7");

    /** An active role assignment as PIM lists it; {@code direct}: made outside PIM (no start, no end). */
    record Holder(String instanceId, String principalId, String principalType, String roleTemplateId, boolean direct) {
    }

    private PimResources() {
    }

    static void write(JsonGenerator json, List<Holder> holders) throws IOException {
        json.writeObjectFieldStart(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES.key());
        json.writeArrayFieldStart("value");
        for (int i = 0; i < holders.size(); i += 2) {
            // every other holder is also eligible, as admins who keep a standing and a just-in-time path
            instance(json, holders.get(i), "e-" + holders.get(i).instanceId(), "2026-01-01T00:00:00Z",
                    "2027-01-01T00:00:00Z", null);
        }
        json.writeEndArray();
        json.writeEndObject();

        json.writeObjectFieldStart(GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES.key());
        json.writeArrayFieldStart("value");
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            boolean permanent = h.direct() || i % 3 == 0;
            instance(json, h, h.instanceId(), h.direct() ? null : "2026-11-20T08:00:00Z",
                    permanent ? null : "2026-11-21T16:00:00Z", h.direct() || permanent ? "Assigned" : "Activated");
        }
        json.writeEndArray();
        json.writeEndObject();

        json.writeObjectFieldStart(GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS.key());
        json.writeArrayFieldStart("value");
        for (String role : HIGHLY_PRIVILEGED) {
            policy(json, role);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void instance(JsonGenerator json, Holder h, String id, String start, String end,
                                 String assignmentType) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("principalId", h.principalId());
        json.writeStringField("roleDefinitionId", h.roleTemplateId());
        json.writeStringField("directoryScopeId", "/");
        json.writeStringField("startDateTime", start);
        json.writeStringField("endDateTime", end);
        if (assignmentType != null) {
            json.writeStringField("assignmentType", assignmentType);
        }
        json.writeStringField("memberType", "Direct");
        json.writeObjectFieldStart("principal");
        json.writeStringField("@odata.type", "#microsoft.graph." + h.principalType());
        json.writeStringField("id", h.principalId());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void policy(JsonGenerator json, String role) throws IOException {
        String policyId = "DirectoryRole_bench_" + role;
        json.writeStartObject();
        json.writeStringField("id", policyId + "_" + role);
        json.writeStringField("policyId", policyId);
        json.writeStringField("scopeId", "/");
        json.writeStringField("scopeType", "DirectoryRole");
        json.writeStringField("roleDefinitionId", role);
        json.writeObjectFieldStart("policy");
        json.writeStringField("id", policyId);
        json.writeArrayFieldStart("rules");
        json.writeStartObject();
        json.writeStringField("@odata.type", "#microsoft.graph.unifiedRoleManagementPolicyApprovalRule");
        json.writeStringField("id", "Approval_EndUser_Assignment");
        json.writeObjectFieldStart("setting");
        json.writeBooleanField("isApprovalRequired", role.equals(HIGHLY_PRIVILEGED.get(0)));
        json.writeEndObject();
        json.writeEndObject();
        for (String rule : List.of("Notification_Admin_Admin_Assignment", "Notification_Admin_Admin_Eligibility",
                "Notification_Admin_EndUser_Assignment")) {
            json.writeStartObject();
            json.writeStringField("@odata.type", "#microsoft.graph.unifiedRoleManagementPolicyNotificationRule");
            json.writeStringField("id", rule);
            json.writeStringField("notificationType", "Email");
            json.writeStringField("recipientType", "Admin");
            json.writeStringField("notificationLevel", "All");
            json.writeBooleanField("isDefaultRecipientsEnabled", true);
            json.writeArrayFieldStart("notificationRecipients");
            json.writeString("soc@" + SnapshotGenerator.TENANT_DOMAIN);
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }
}
