package io.github.securescore.controls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an action earned what it earned: counts, the policies that decided it, a sample of the
 * accounts left unprotected, and notes (inferences, exclusions, warnings).
 *
 * @param counts       named counts in a stable order, e.g. "admins" → 12, "protected" → 9
 * @param policies     the conditional access policies (or settings) that protect the population
 * @param unprotected  up to {@link #SAMPLE} accounts or objects left unprotected, by label
 */
public record Evidence(Map<String, Long> counts, List<String> policies, List<String> unprotected, List<String> notes) {

    /** How many unprotected accounts evidence lists by name. */
    public static final int SAMPLE = 25;

    public static final Evidence NONE = new Evidence(Map.of(), List.of(), List.of(), List.of());

    public Evidence {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        policies = List.copyOf(policies);
        unprotected = List.copyOf(unprotected);
        notes = List.copyOf(notes);
    }
}
