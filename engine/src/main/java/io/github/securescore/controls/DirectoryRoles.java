package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GroupMembers;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.RoleAssignment;
import io.github.securescore.snapshot.RoleDefinition;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds which directory role, by role template id: active assignments at any scope, to a
 * user directly or through a role-assignable group's transitive members. Service principals
 * hold roles too but are not accounts, so they are left out.
 */
public final class DirectoryRoles {

    public static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";

    /** The privileged roles whose holders are "admins" for the identity actions, by template id. */
    public static final Map<String, String> ADMIN_ROLES = Map.ofEntries(
            Map.entry(GLOBAL_ADMINISTRATOR, "Global Administrator"),
            Map.entry("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
            Map.entry("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
            Map.entry("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator"),
            Map.entry("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
            Map.entry("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
            Map.entry("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
            Map.entry("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"),
            Map.entry("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"),
            Map.entry("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"));

    private final DirectoryUsers directory;
    private final Map<String, BitSet> holdersByTemplate = new HashMap<>();
    private final Map<String, BitSet> tenantWideHoldersByTemplate = new HashMap<>();
    private final Set<String> unreadableGroups = new LinkedHashSet<>();

    DirectoryRoles(TenantSnapshot snapshot) {
        this.directory = snapshot.directory();
        Map<String, String> templateByDefinition = new HashMap<>();
        for (RoleDefinition definition : snapshot.roleDefinitions()) {
            templateByDefinition.put(definition.id(), definition.effectiveTemplateId());
        }
        for (RoleAssignment assignment : snapshot.roleAssignments()) {
            // built-in role definitions have id == templateId, so a missing definition still resolves
            String template = templateByDefinition.getOrDefault(assignment.roleDefinitionId(),
                    assignment.roleDefinitionId());
            if (template == null || assignment.principalId() == null) {
                continue;
            }
            BitSet holders = new BitSet();
            resolve(snapshot, assignment, holders);
            holdersByTemplate.computeIfAbsent(template, t -> new BitSet()).or(holders);
            if (assignment.directoryScopeId() == null || "/".equals(assignment.directoryScopeId())) {
                tenantWideHoldersByTemplate.computeIfAbsent(template, t -> new BitSet()).or(holders);
            }
        }
    }

    private void resolve(TenantSnapshot snapshot, RoleAssignment assignment, BitSet holders) {
        String principal = assignment.principalId();
        String type = assignment.principalType();
        int index = directory.indexOf(principal);
        if ("servicePrincipal".equals(type)) {
            return;
        }
        boolean group = "group".equals(type) || snapshot.groupState(principal).kind() != ResourceState.Kind.MISSING;
        if (group) {
            Optional<GroupMembers> members = snapshot.groupMembers(principal);
            if (members.isPresent() && snapshot.groupState(principal).isPresent()) {
                holders.or(members.get().users());
            } else {
                unreadableGroups.add(principal);
            }
            return;
        }
        // neither a listed user nor a recorded group: a service principal or a deleted object, not an account
        if (index >= 0 && directory.isUser(index)) {
            holders.set(index);
        }
    }

    /** Users (enabled or not) actively holding the role with this template id. */
    public BitSet holders(String templateId) {
        BitSet holders = holdersByTemplate.get(templateId);
        return holders == null ? new BitSet() : (BitSet) holders.clone();
    }

    /**
     * Users holding the role tenant-wide (directory scope "/"): the holders a conditional access
     * policy's role condition targets, since Entra does not apply role conditions to
     * administrative-unit-scoped assignments.
     */
    public BitSet tenantWideHolders(String templateId) {
        BitSet holders = tenantWideHoldersByTemplate.get(templateId);
        return holders == null ? new BitSet() : (BitSet) holders.clone();
    }

    /** Enabled accounts (members or guests) holding any of {@link #ADMIN_ROLES}. */
    public BitSet admins() {
        BitSet admins = new BitSet();
        for (String role : ADMIN_ROLES.keySet()) {
            admins.or(holders(role));
        }
        return enabledOnly(admins);
    }

    /** Enabled accounts holding Global Administrator. */
    public BitSet globalAdministrators() {
        return enabledOnly(holders(GLOBAL_ADMINISTRATOR));
    }

    /** Groups holding a role whose members could not be read. */
    public Set<String> unreadableGroups() {
        return Set.copyOf(unreadableGroups);
    }

    /** Groups holding one of the admin roles whose members could not be read. */
    public Set<String> unreadableAdminGroups(TenantSnapshot snapshot) {
        Set<String> result = new LinkedHashSet<>();
        for (RoleAssignment assignment : snapshot.roleAssignments()) {
            if (unreadableGroups.contains(assignment.principalId())
                    && ADMIN_ROLES.containsKey(templateOf(snapshot, assignment))) {
                result.add(assignment.principalId());
            }
        }
        return result;
    }

    private static String templateOf(TenantSnapshot snapshot, RoleAssignment assignment) {
        return snapshot.roleDefinitions().stream()
                .filter(d -> d.id().equals(assignment.roleDefinitionId()))
                .map(RoleDefinition::effectiveTemplateId)
                .findFirst()
                .orElse(assignment.roleDefinitionId());
    }

    private BitSet enabledOnly(BitSet users) {
        BitSet result = new BitSet();
        for (int i = users.nextSetBit(0); i >= 0; i = users.nextSetBit(i + 1)) {
            if (directory.isUser(i) && directory.accountEnabled(i)) {
                result.set(i);
            }
        }
        return result;
    }
}
