package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.RoleManagementPolicyAssignment;
import io.github.securescore.snapshot.RoleManagementPolicyAssignment.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MS.AAD.7.6v1 to 7.9v1, read from each role's PIM policy (the tenant-wide policy assignment of the
 * role, its rules expanded), by Graph's fixed rule ids: {@code Approval_EndUser_Assignment} (approval
 * to activate), {@code Notification_Admin_Admin_Assignment} and {@code ..._Eligibility} (alerts when
 * an admin assigns the role active or eligible), {@code Notification_Admin_EndUser_Assignment} (alert
 * when a user activates it). An alert counts when its e-mail rule names additional recipients — the
 * security mailbox the baseline asks for; the default recipients alone do not reach it.
 */
final class PimRoleSettings {

    static final String APPROVAL = "Approval_EndUser_Assignment";
    static final String ACTIVE_ASSIGNMENT_ALERT = "Notification_Admin_Admin_Assignment";
    static final String ELIGIBLE_ASSIGNMENT_ALERT = "Notification_Admin_Admin_Eligibility";
    static final String ACTIVATION_ALERT = "Notification_Admin_EndUser_Assignment";

    static final GraphResource[] RESOURCES = {GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS};

    private PimRoleSettings() {
    }

    /** MS.AAD.7.6v1. */
    static RequirementOutcome globalAdministratorApproval(EvaluationContext context) {
        Optional<RequirementOutcome> unavailable = ResourceAccess.unavailable(context, RESOURCES);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Map<String, RoleManagementPolicyAssignment> policies = policies(context);
        Optional<Rule> rule = rule(policies, HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR, APPROVAL);
        if (rule.isEmpty()) {
            return RequirementOutcome.notEvaluated("no PIM policy with an " + APPROVAL
                    + " rule was recorded for Global Administrator", List.of());
        }
        Evidence evidence = new Evidence(Map.of(), List.of("PIM policy of Global Administrator"), List.of(),
                List.of(APPROVAL + ": isApprovalRequired " + approval(rule.get())));
        if (!Boolean.TRUE.equals(approval(rule.get()))) {
            return RequirementOutcome.fail("activating Global Administrator does not require approval", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    /** MS.AAD.7.7v1: both assignment alerts of every highly privileged role. */
    static RequirementOutcome assignmentAlerts(EvaluationContext context) {
        return alerts(context, List.copyOf(HighlyPrivilegedRoles.ALL.keySet()),
                List.of(ACTIVE_ASSIGNMENT_ALERT, ELIGIBLE_ASSIGNMENT_ALERT), "assigning");
    }

    /** MS.AAD.7.8v1. */
    static RequirementOutcome globalAdministratorActivationAlert(EvaluationContext context) {
        return alerts(context, List.of(HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR), List.of(ACTIVATION_ALERT),
                "activating");
    }

    /** MS.AAD.7.9v1. */
    static RequirementOutcome otherActivationAlerts(EvaluationContext context) {
        List<String> roles = new ArrayList<>(HighlyPrivilegedRoles.ALL.keySet());
        roles.remove(HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR);
        return alerts(context, roles, List.of(ACTIVATION_ALERT), "activating");
    }

    private static RequirementOutcome alerts(EvaluationContext context, List<String> roles, List<String> ruleIds,
                                             String action) {
        Optional<RequirementOutcome> unavailable = ResourceAccess.unavailable(context, RESOURCES);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Map<String, RoleManagementPolicyAssignment> policies = policies(context);
        List<String> silent = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String role : roles) {
            for (String ruleId : ruleIds) {
                String what = HighlyPrivilegedRoles.name(role) + " (" + ruleId + ")";
                Optional<Rule> rule = rule(policies, role, ruleId);
                if (rule.isEmpty()) {
                    unknown.add(what);
                } else if (!alerts(rule.get())) {
                    silent.add(what);
                } else {
                    checked.add(what + " → " + String.join(", ", rule.get().notificationRecipients()));
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("alert rules with recipients", (long) checked.size());
        counts.put("without recipients", (long) silent.size());
        List<String> notes = new ArrayList<>(checked);
        if (!unknown.isEmpty()) {
            notes.add("not recorded: " + String.join(", ", unknown));
        }
        Evidence evidence = new Evidence(counts, List.of(), silent, notes);
        if (!silent.isEmpty()) {
            return RequirementOutcome.fail(silent.size() + " alert rule(s) for " + action
                    + " a highly privileged role send no e-mail to additional recipients (a security mailbox)", evidence);
        }
        if (!unknown.isEmpty()) {
            return RequirementOutcome.notEvaluated("no PIM policy rule was recorded for " + String.join(", ", unknown),
                    List.of());
        }
        return RequirementOutcome.pass(evidence);
    }

    /** An e-mail notification with at least one additional recipient. */
    private static boolean alerts(Rule rule) {
        boolean email = rule.notificationType() == null || "Email".equalsIgnoreCase(rule.notificationType());
        return email && rule.notificationRecipients().stream().anyMatch(r -> r != null && !r.isBlank());
    }

    private static Boolean approval(Rule rule) {
        return rule.setting() == null ? null : rule.setting().isApprovalRequired();
    }

    private static Optional<Rule> rule(Map<String, RoleManagementPolicyAssignment> policies, String role, String id) {
        RoleManagementPolicyAssignment assignment = policies.get(role);
        return assignment == null ? Optional.empty() : assignment.rule(id);
    }

    /** The tenant-wide policy assignment of each directory role, by role template id. */
    private static Map<String, RoleManagementPolicyAssignment> policies(EvaluationContext context) {
        RoleTemplates templates = new RoleTemplates(context.snapshot());
        Map<String, RoleManagementPolicyAssignment> byRole = new HashMap<>();
        for (RoleManagementPolicyAssignment assignment : context.snapshot().roleManagementPolicyAssignments()) {
            boolean directoryRole = assignment.scopeType() == null
                    || assignment.scopeType().toLowerCase(Locale.ROOT).startsWith("directory");
            if (directoryRole && (assignment.scopeId() == null || "/".equals(assignment.scopeId()))
                    && assignment.roleDefinitionId() != null) {
                byRole.putIfAbsent(templates.template(assignment.roleDefinitionId()), assignment);
            }
        }
        return byRole;
    }
}
