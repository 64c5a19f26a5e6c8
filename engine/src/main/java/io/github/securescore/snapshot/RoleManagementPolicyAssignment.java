package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A Graph {@code unifiedRoleManagementPolicyAssignment}: which PIM policy governs one directory
 * role (by template id), read with {@code $expand=policy($expand=rules)} so that the policy's
 * rules come with it. Only the rules SCuBA's section 7 reads are bound: approval and notification.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleManagementPolicyAssignment(String id, String policyId, String scopeId, String scopeType,
                                             String roleDefinitionId, Policy policy) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(String id, List<Rule> rules) {
        public Policy {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /**
     * One {@code unifiedRoleManagementPolicyRule}; its fields depend on its {@code @odata.type}
     * (approval rules carry {@code setting}, notification rules the recipients).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(@JsonProperty("@odata.type") String odataType, String id, ApprovalSetting setting,
                       String notificationType, String recipientType, String notificationLevel,
                       Boolean isDefaultRecipientsEnabled, List<String> notificationRecipients) {
        public Rule {
            notificationRecipients = notificationRecipients == null ? List.of() : List.copyOf(notificationRecipients);
        }
    }

    /** The approval rule's {@code approvalSettings}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ApprovalSetting(Boolean isApprovalRequired) {
    }

    /** The rule with this id (Graph's fixed ids, e.g. {@code Approval_EndUser_Assignment}), if the policy has it. */
    public Optional<Rule> rule(String ruleId) {
        if (policy == null) {
            return Optional.empty();
        }
        return policy.rules().stream().filter(r -> ruleId.equalsIgnoreCase(r.id())).findFirst();
    }

    /** Whether the policy (and so its rules) was expanded. */
    public boolean rulesRecorded() {
        return policy != null;
    }
}
