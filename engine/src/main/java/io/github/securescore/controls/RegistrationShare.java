package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared by the two actions that count registration details over enabled users. */
final class RegistrationShare {

    interface Registered {
        boolean test(DirectoryUsers directory, int index);
    }

    private RegistrationShare() {
    }

    static Evaluation evaluate(EvaluationContext context, boolean securityDefaults, Registered registered) {
        List<String> notes = new ArrayList<>();
        BitSet population = population(context, notes);
        if (securityDefaults && context.securityDefaultsEnabled()) {
            return PopulationCoverage.bySecurityDefaults(population, "enabled users");
        }
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.USER_REGISTRATION_DETAILS);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        DirectoryUsers directory = context.directory();
        BitSet unprotected = new BitSet();
        long protectedCount = 0;
        for (int i = population.nextSetBit(0); i >= 0; i = population.nextSetBit(i + 1)) {
            if (registered.test(directory, i)) {
                protectedCount++;
            } else {
                unprotected.set(i);
            }
        }
        long total = population.cardinality();
        if (total == 0) {
            notes.add(PopulationCoverage.nobodyToProtect("enabled users"));
        }
        Map<String, Long> counts = PopulationCoverage.counts("enabled users", total, protectedCount);
        return Evaluation.partial(protectedCount, total, new Evidence(counts,
                List.of(), context.sample(unprotected), notes));
    }

    /**
     * Enabled member users; without the users collection, the members that registration
     * details list (whether they are enabled is then unknown). Null when neither was read.
     */
    private static BitSet population(EvaluationContext context, List<String> notes) {
        if (context.snapshot().state(GraphResource.USERS).isPresent()) {
            return context.enabledUsers();
        }
        if (!context.snapshot().state(GraphResource.USER_REGISTRATION_DETAILS).isPresent()) {
            return null;
        }
        notes.add("users were not collected: the population is every member in the registration details, "
                + "enabled or not (needs " + GraphResource.USERS.permission() + " to tell)");
        DirectoryUsers directory = context.directory();
        BitSet members = new BitSet();
        for (int i = 0; i < directory.size(); i++) {
            if (directory.hasRegistration(i) && directory.member(i)) {
                members.set(i);
            }
        }
        return members;
    }
}
