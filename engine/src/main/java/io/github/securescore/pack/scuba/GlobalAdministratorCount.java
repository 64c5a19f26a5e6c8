package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MS.AAD.7.1v1 (two to eight Global Administrators) and MS.AAD.7.2v1 (no more Global
 * Administrators than users of the other highly privileged roles: the baseline's ratio of at most 1).
 */
final class GlobalAdministratorCount {

    static final int MINIMUM = 2;
    static final int MAXIMUM = 8;

    private GlobalAdministratorCount() {
    }

    /** MS.AAD.7.1v1. */
    static RequirementOutcome withinRange(EvaluationContext context) {
        PrivilegedPopulation.Result result = PrivilegedPopulation.of(context);
        if (result.unknown() != null) {
            return result.unknown();
        }
        BitSet globalAdmins = result.population().holders().holders(HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR);
        int count = globalAdmins.cardinality();
        Evidence evidence = evidence(context, result.population(), globalAdmins, null);
        if (count < MINIMUM) {
            return RequirementOutcome.fail(count + " user(s) hold Global Administrator; the baseline asks for at least "
                    + MINIMUM + ", so that one can stand in for another", evidence);
        }
        if (count > MAXIMUM) {
            return RequirementOutcome.fail(count + " users hold Global Administrator; the baseline allows at most "
                    + MAXIMUM, evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    /** MS.AAD.7.2v1. */
    static RequirementOutcome finerGrained(EvaluationContext context) {
        PrivilegedPopulation.Result result = PrivilegedPopulation.of(context);
        if (result.unknown() != null) {
            return result.unknown();
        }
        PrivilegedHolders holders = result.population().holders();
        BitSet globalAdmins = holders.holders(HighlyPrivilegedRoles.GLOBAL_ADMINISTRATOR);
        BitSet others = holders.othersThanGlobalAdministrators();
        int ga = globalAdmins.cardinality();
        int other = others.cardinality();
        Evidence evidence = evidence(context, result.population(), globalAdmins, others);
        if (ga < MINIMUM || ga > MAXIMUM) {
            // as the baseline's own check does: the ratio is only judged on a Global Administrator count in range
            return RequirementOutcome.fail(ga + " user(s) hold Global Administrator, outside " + MINIMUM + "–" + MAXIMUM
                    + " (MS.AAD.7.1v1), so the ratio is not met", evidence);
        }
        if (ga > other) {
            return RequirementOutcome.fail(ga + " Global Administrator(s) but " + other
                    + " user(s) in other highly privileged roles: the ratio " + ratio(ga, other)
                    + " is above 1; give some of them a narrower role", evidence);
        }
        return RequirementOutcome.pass(evidence);
    }

    private static String ratio(int ga, int other) {
        return other == 0 ? ga + "/0" : String.format(Locale.ROOT, "%d/%d = %.2f", ga, other, (double) ga / other);
    }

    private static Evidence evidence(EvaluationContext context, PrivilegedPopulation population, BitSet globalAdmins,
                                     BitSet others) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Global Administrators", (long) globalAdmins.cardinality());
        List<String> notes = new ArrayList<>(population.notes());
        notes.add("Global Administrators: " + labels(context, globalAdmins));
        if (others != null) {
            counts.put("other highly privileged users", (long) others.cardinality());
            notes.add("other highly privileged users: " + labels(context, others));
        }
        BitSet disabled = (BitSet) globalAdmins.clone();
        for (int i = disabled.nextSetBit(0); i >= 0; i = disabled.nextSetBit(i + 1)) {
            if (context.directory().accountEnabled(i)) {
                disabled.clear(i);
            }
        }
        if (!disabled.isEmpty()) {
            notes.add("counted although disabled (still provisioned with the role): " + labels(context, disabled));
        }
        return new Evidence(counts, List.of(), List.of(), notes);
    }

    static String labels(EvaluationContext context, BitSet accounts) {
        return accounts.isEmpty() ? "none" : String.join(", ", context.sample(accounts));
    }
}
