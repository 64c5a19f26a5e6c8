package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import java.util.List;
import java.util.Optional;

/**
 * The holders of the highly privileged roles when they can be known, else why not. Active
 * assignments come from {@code roleAssignments}; eligible ones from PIM. A tenant without P2 has no
 * eligible assignments, so when PIM answers that it is not licensed the active ones are all there are
 * (noted); when PIM was refused or not collected, eligible holders may be missing: not evaluated.
 */
record PrivilegedPopulation(PrivilegedHolders holders, List<String> notes) {

    static final GraphResource[] RESOURCES = {GraphResource.ROLE_ASSIGNMENTS, GraphResource.USERS,
            GraphResource.ROLE_DEFINITIONS, GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES};

    /** The population, or the outcome that says why it is unknown. */
    static Result of(EvaluationContext context) {
        Optional<RequirementOutcome> base = ResourceAccess.unavailable(context, GraphResource.ROLE_ASSIGNMENTS,
                GraphResource.USERS);
        if (base.isPresent()) {
            return new Result(null, base.get());
        }
        ResourceState eligibility = context.snapshot().state(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES);
        List<String> notes = List.of();
        if (!eligibility.isPresent()) {
            if (!ResourceAccess.unlicensed(eligibility)) {
                return new Result(null, ResourceAccess.unavailable(context,
                        GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES).orElseThrow());
            }
            notes = List.of("only active assignments counted: PIM answered "
                    + eligibility.error().status() + (eligibility.error().code() != null ? " " + eligibility.error().code() : "")
                    + ", so the tenant has no " + ResourceAccess.P2 + " and no eligible assignments");
        }
        PrivilegedHolders holders = new PrivilegedHolders(context, eligibility.isPresent());
        if (!holders.unreadableGroups().isEmpty()) {
            String permission = GraphResource.GROUP_TRANSITIVE_MEMBERS.permission();
            return new Result(null, RequirementOutcome.notEvaluated("transitive members of group(s) "
                    + String.join(", ", holders.unreadableGroups()) + " holding a highly privileged role were not readable"
                    + " (needs " + permission + ")", List.of(permission)));
        }
        return new Result(new PrivilegedPopulation(holders, notes), null);
    }

    /** Either the population or why it is unknown. */
    record Result(PrivilegedPopulation population, RequirementOutcome unknown) {
    }
}
