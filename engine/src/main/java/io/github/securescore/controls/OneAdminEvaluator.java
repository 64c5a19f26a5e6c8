package io.github.securescore.controls;

import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** OneAdmin: more than one enabled Global Administrator (more than four earns a warning, not a penalty). */
public final class OneAdminEvaluator implements ImprovementActionEvaluator {

    static final int RECOMMENDED_MAXIMUM = 4;

    @Override
    public String controlName() {
        return "OneAdmin";
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
        BitSet globalAdmins = context.roles().globalAdministrators();
        int count = globalAdmins.cardinality();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Global Administrators", (long) count);
        List<String> notes = new ArrayList<>();
        notes.add("Global Administrators: " + String.join(", ", context.sample(globalAdmins)));
        if (count > RECOMMENDED_MAXIMUM) {
            notes.add("warning: " + count + " Global Administrators; Microsoft recommends no more than "
                    + RECOMMENDED_MAXIMUM);
        }
        return Evaluation.binary(count > 1, new Evidence(counts, List.of(), List.of(), notes));
    }
}
