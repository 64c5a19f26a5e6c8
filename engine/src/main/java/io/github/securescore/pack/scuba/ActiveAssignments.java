package io.github.securescore.pack.scuba;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.RoleScheduleInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MS.AAD.7.4v1 (no permanent active assignment of a highly privileged role, emergency access accounts
 * excepted) and MS.AAD.7.5v1 (no active assignment made outside PIM), read from PIM's active
 * schedule instances: a null end time is permanent, a null start time was not provisioned by PIM.
 */
final class ActiveAssignments {

    static final GraphResource[] RESOURCES = {GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES,
            GraphResource.ROLE_DEFINITIONS, GraphResource.USERS};

    private ActiveAssignments() {
    }

    /**
     * MS.AAD.7.4v1.
     *
     * @param emergencyAccess principal ids (users or groups) the organisation keeps permanently active
     *                        for emergency access, which the baseline excepts
     */
    static RequirementOutcome permanent(EvaluationContext context, Set<String> emergencyAccess) {
        Optional<RequirementOutcome> unavailable = ResourceAccess.unavailable(context,
                GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Set<String> exempt = new LinkedHashSet<>();
        emergencyAccess.forEach(id -> exempt.add(id.toLowerCase(Locale.ROOT)));
        List<String> excepted = new ArrayList<>();
        RoleTemplates templates = new RoleTemplates(context.snapshot());
        List<String> offenders = offenders(context, RoleScheduleInstance::permanent, instance -> {
            // emergency access: declared here, or accepted in the policy file's exclusions for this requirement
            Optional<AcceptedExclusion> accepted = context.exclusions().account(instance.principalId())
                    .or(() -> context.exclusions().group(instance.principalId()));
            if (exempt.contains(instance.principalId().toLowerCase(Locale.ROOT)) || accepted.isPresent()) {
                excepted.add(describe(context, templates, instance)
                        + accepted.map(e -> " (" + e.describe() + ")").orElse(""));
                return false;
            }
            return true;
        });
        List<String> notes = new ArrayList<>();
        if (!excepted.isEmpty()) {
            notes.add("excepted as emergency access: " + String.join(", ", excepted));
        }
        Evidence evidence = evidence("permanent active assignments", offenders, notes);
        if (!offenders.isEmpty()) {
            return RequirementOutcome.fail(offenders.size() + " permanent active assignment(s) of highly privileged"
                    + " roles; make them eligible or time-bound (a group managed by PIM for Groups, or an emergency"
                    + " access account, may stay: declare it as an exception)", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    /** MS.AAD.7.5v1. */
    static RequirementOutcome outsidePim(EvaluationContext context) {
        Optional<RequirementOutcome> unavailable = ResourceAccess.unavailable(context,
                GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        List<String> offenders = offenders(context, RoleScheduleInstance::startless, instance -> true);
        Evidence evidence = evidence("active assignments made outside PIM", offenders, List.of());
        if (!offenders.isEmpty()) {
            return RequirementOutcome.fail(offenders.size() + " active assignment(s) of highly privileged roles were"
                    + " made outside PIM (no start time); remove them and assign the role through PIM", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    /** "Role: principal" of each distinct highly privileged assignment matching {@code found} and {@code counts}. */
    private static List<String> offenders(EvaluationContext context, Predicate<RoleScheduleInstance> found,
                                          Predicate<RoleScheduleInstance> counts) {
        RoleTemplates templates = new RoleTemplates(context.snapshot());
        Set<String> result = new LinkedHashSet<>();
        for (RoleScheduleInstance instance : context.snapshot().roleAssignmentInstances()) {
            if (HighlyPrivilegedRoles.contains(templates.template(instance.roleDefinitionId()))
                    && found.test(instance) && counts.test(instance)) {
                result.add(describe(context, templates, instance));
            }
        }
        return List.copyOf(result);
    }

    private static String describe(EvaluationContext context, RoleTemplates templates, RoleScheduleInstance instance) {
        String role = HighlyPrivilegedRoles.name(templates.template(instance.roleDefinitionId()));
        return role + ": " + principal(context, instance);
    }

    /** A user by its label, another principal by its type and id. */
    private static String principal(EvaluationContext context, RoleScheduleInstance instance) {
        DirectoryUsers directory = context.directory();
        int index = directory.indexOf(instance.principalId());
        if (index >= 0 && directory.isUser(index)) {
            return directory.label(index);
        }
        String type = instance.principalType();
        return (type != null ? type + " " : "") + instance.principalId();
    }

    private static Evidence evidence(String what, List<String> offenders, List<String> notes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(what, (long) offenders.size());
        return new Evidence(counts, List.of(), offenders.subList(0, Math.min(Evidence.SAMPLE, offenders.size())), notes);
    }
}
