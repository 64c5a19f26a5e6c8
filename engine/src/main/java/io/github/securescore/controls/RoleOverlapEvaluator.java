package io.github.securescore.controls;

import io.github.securescore.snapshot.GraphResource;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** RoleOverlap: at least one admin does the job with admin roles other than Global Administrator. */
public final class RoleOverlapEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "RoleOverlap";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.ROLE_ASSIGNMENTS, GraphResource.USERS);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Set<String> unreadable = context.roles().unreadableAdminGroups(context.snapshot());
        if (!unreadable.isEmpty()) {
            return context.unreadableGroups(unreadable);
        }
        BitSet admins = context.roles().admins();
        BitSet globalAdmins = context.roles().globalAdministrators();
        BitSet leastPrivileged = (BitSet) admins.clone();
        leastPrivileged.andNot(globalAdmins);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("admins", (long) admins.cardinality());
        counts.put("Global Administrators", (long) globalAdmins.cardinality());
        counts.put("admins without Global Administrator", (long) leastPrivileged.cardinality());
        boolean met = !leastPrivileged.isEmpty();
        return Evaluation.binary(met, new Evidence(counts, List.of(),
                met ? List.of() : context.sample(globalAdmins),
                met ? List.of("least privileged admins: " + String.join(", ", context.sample(leastPrivileged)))
                        : List.of("every admin holds Global Administrator")));
    }
}
