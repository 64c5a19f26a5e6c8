package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GroupMembers;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.RoleAssignment;
import io.github.securescore.snapshot.RoleScheduleInstance;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is provisioned with each highly privileged role, as the baseline counts them (MS.AAD.7.1v1
 * instructions): user accounts holding it actively or, with PIM, as eligible; directly or through a
 * group's transitive members; each user once. Disabled accounts count: they stay provisioned.
 * Service principals are not users and are left out.
 */
final class PrivilegedHolders {

    private final Map<String, BitSet> byRole = new HashMap<>();
    private final Set<String> unreadableGroups = new LinkedHashSet<>();

    /** @param eligible also the PIM eligible assignments (the snapshot recorded them) */
    PrivilegedHolders(EvaluationContext context, boolean eligible) {
        TenantSnapshot snapshot = context.snapshot();
        RoleTemplates templates = new RoleTemplates(snapshot);
        for (String role : HighlyPrivilegedRoles.ALL.keySet()) {
            byRole.put(role, context.roles().holders(role));
        }
        Set<String> unreadable = context.roles().unreadableGroups();
        for (RoleAssignment assignment : snapshot.roleAssignments()) {
            if (HighlyPrivilegedRoles.contains(templates.template(assignment.roleDefinitionId()))
                    && unreadable.contains(assignment.principalId())) {
                unreadableGroups.add(assignment.principalId());
            }
        }
        if (eligible) {
            for (RoleScheduleInstance instance : snapshot.roleEligibilityInstances()) {
                String role = templates.template(instance.roleDefinitionId());
                if (HighlyPrivilegedRoles.contains(role)) {
                    resolve(snapshot, instance, byRole.get(role));
                }
            }
        }
    }

    private void resolve(TenantSnapshot snapshot, RoleScheduleInstance instance, BitSet holders) {
        String principal = instance.principalId();
        if ("servicePrincipal".equals(instance.principalType())) {
            return;
        }
        ResourceState group = snapshot.groupState(principal);
        if ("group".equals(instance.principalType()) || group.kind() != ResourceState.Kind.MISSING) {
            Optional<GroupMembers> members = snapshot.groupMembers(principal);
            if (members.isPresent() && group.isPresent()) {
                holders.or(members.get().users());
            } else {
                unreadableGroups.add(principal);
            }
            return;
        }
        DirectoryUsers directory = snapshot.directory();
        int index = directory.indexOf(principal);
        if (index >= 0 && directory.isUser(index)) {
            holders.set(index);
        }
    }

    /** Users holding this highly privileged role. */
    BitSet holders(String role) {
        return (BitSet) byRole.get(role).clone();
    }

    /** Users holding any highly privileged role. */
    BitSet all() {
        BitSet all = new BitSet();
        byRole.values().forEach(all::or);
        return all;
    }

    /** Users holding another highly privileged role and not Global Administrator (counted once, as GA). */
    BitSet othersThanGlobalAdministrators() {
        BitSet others = all();
        others.andNot(byRole.get(HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR));
        return others;
    }

    /** Groups holding a highly privileged role whose members could not be read. */
    Set<String> unreadableGroups() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(unreadableGroups));
    }
}
