package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Coverage;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shared scoring of a partial action: the share of a population that conditional access protects. */
final class PopulationCoverage {

    static final String SECURITY_DEFAULTS = "Security defaults";

    private PopulationCoverage() {
    }

    /**
     * @param populationName    how evidence names the population ("admins", "enabled users")
     * @param securityDefaults  whether security defaults protect everyone for this action
     */
    static Evaluation evaluate(EvaluationContext context, BitSet population, String populationName,
                               Requirement requirement, boolean securityDefaults) {
        List<String> notes = new ArrayList<>();
        if (securityDefaults && context.securityDefaultsEnabled()) {
            return bySecurityDefaults(population, populationName);
        }
        if (securityDefaults && context.snapshot().state(GraphResource.SECURITY_DEFAULTS).kind()
                == io.github.securescore.snapshot.ResourceState.Kind.FAILED) {
            notes.add("security defaults could not be read; only conditional access was evaluated");
        }
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.CONDITIONAL_ACCESS_POLICIES);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Coverage coverage = context.coverage().cover(requirement, population);
        if (!coverage.unreadableGroups().isEmpty()) {
            return context.unreadableGroups(coverage.unreadableGroups());
        }
        BitSet unprotected = (BitSet) population.clone();
        unprotected.andNot(coverage.covered());
        long total = population.cardinality();
        long covered = total - unprotected.cardinality();
        notes.addAll(coverage.notes());
        if (total == 0) {
            notes.add(nobodyToProtect(populationName));
        }
        return Evaluation.partial(covered, total, new Evidence(counts(populationName, total, covered),
                coverage.policies(), context.sample(unprotected), notes));
    }

    /** Security defaults protect everyone: full points, whatever else could be read. */
    static Evaluation bySecurityDefaults(BitSet population, String populationName) {
        long total = population == null ? 0 : population.cardinality();
        return Evaluation.partial(total, total, new Evidence(counts(populationName, total, total),
                List.of(SECURITY_DEFAULTS), List.of(), List.of("security defaults are enabled")));
    }

    /**
     * The rule for a partial action over an empty population (docs/design.md): nobody is left
     * unprotected, so the action is completed with its full points, and the evidence says why.
     */
    static String nobodyToProtect(String populationName) {
        return "no " + populationName + " in the tenant: nobody is left unprotected, so the action earns its full points";
    }

    static Map<String, Long> counts(String populationName, long total, long covered) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(populationName, total);
        counts.put("protected", covered);
        counts.put("unprotected", total - covered);
        return counts;
    }
}
