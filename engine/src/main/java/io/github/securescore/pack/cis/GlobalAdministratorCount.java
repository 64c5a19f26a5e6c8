package io.github.securescore.pack.cis;

import io.github.securescore.controls.DirectoryRoles;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.RoleAssignment;
import io.github.securescore.snapshot.RoleDefinition;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIS 1.1.3: between two and four enabled accounts hold Global Administrator: one is a single
 * point of failure, more than four widens what a phished admin exposes.
 */
final class GlobalAdministratorCount implements RequirementEvaluator {

    static final int MINIMUM = 2;
    static final int MAXIMUM = 4;

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Set<String> unreadable = unreadableGlobalAdministratorGroups(context);
        if (!unreadable.isEmpty()) {
            String permission = GraphResource.GROUP_TRANSITIVE_MEMBERS.permission();
            return RequirementOutcome.notEvaluated("members of group(s) " + String.join(", ", unreadable)
                    + " holding Global Administrator were not readable (needs " + permission + ")", List.of(permission));
        }
        BitSet holders = context.roles().globalAdministrators();
        long count = holders.cardinality();
        List<String> sample = context.sample(holders);
        Evidence evidence = new Evidence(Map.of("global administrators", count), List.of(), List.of(),
                sample.isEmpty() ? List.of() : List.of("held by " + String.join(", ", sample)
                        + (count > sample.size() ? " and " + (count - sample.size()) + " more" : "")));
        if (count < MINIMUM) {
            return RequirementOutcome.fail(count + " account(s) hold Global Administrator; at least " + MINIMUM
                    + " are needed so losing one does not lock the tenant", evidence);
        }
        if (count > MAXIMUM) {
            return RequirementOutcome.fail(count + " accounts hold Global Administrator; at most " + MAXIMUM
                    + " are advised", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    private static Set<String> unreadableGlobalAdministratorGroups(EvaluationContext context) {
        TenantSnapshot snapshot = context.snapshot();
        Set<String> unreadable = context.roles().unreadableGroups();
        Set<String> result = new LinkedHashSet<>();
        for (RoleAssignment assignment : snapshot.roleAssignments()) {
            if (unreadable.contains(assignment.principalId()) && isGlobalAdministrator(snapshot, assignment)) {
                result.add(assignment.principalId());
            }
        }
        return result;
    }

    private static boolean isGlobalAdministrator(TenantSnapshot snapshot, RoleAssignment assignment) {
        String template = snapshot.roleDefinitions().stream()
                .filter(d -> d.id().equals(assignment.roleDefinitionId()))
                .map(RoleDefinition::effectiveTemplateId).findFirst().orElse(assignment.roleDefinitionId());
        return DirectoryRoles.GLOBAL_ADMINISTRATOR.equals(template);
    }
}
