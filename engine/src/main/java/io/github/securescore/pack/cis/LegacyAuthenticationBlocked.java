package io.github.securescore.pack.cis;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Conditions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CIS 5.2.2.3: an enabled conditional access policy blocks the legacy client app types (Exchange
 * ActiveSync and other clients) for all users and all apps, narrowed by no other condition (the
 * score's rules for a counting policy, {@code ConditionalAccessCoverage.rejection}). Excluded users and groups count
 * against it unless the policy file accepts them (a warning then names the rest); excluded roles
 * always do, as they cannot be accepted by name.
 */
final class LegacyAuthenticationBlocked implements RequirementEvaluator {

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        List<String> partial = new ArrayList<>();
        RequirementOutcome best = null;
        for (ConditionalAccessPolicy policy : context.snapshot().conditionalAccessPolicies()) {
            if (!blocks(policy)) {
                continue;
            }
            Optional<String> rejection = context.coverage().rejection(policy, Condition.LEGACY_CLIENTS);
            if (rejection.isPresent() || !forEveryone(policy.conditions())) {
                partial.add(policy.displayName() + " (" + rejection.orElse("it does not include all users"
                        + " or excludes apps") + ")");
                continue;
            }
            Conditions c = policy.conditions();
            List<String> open = new ArrayList<>(context.exclusions().unaccepted(c.users().excludeUsers(),
                    c.users().excludeGroups()));
            c.users().excludeRoles().forEach(role -> open.add("role " + role));
            if (open.isEmpty()) {
                return RequirementOutcome.pass(evidence(policy.displayName(), context, List.of()));
            }
            if (best == null) {
                best = RequirementOutcome.warning(policy.displayName() + " leaves out " + open.size()
                        + " account(s), group(s) or role(s) the policy file does not accept: " + String.join(", ", open),
                        evidence(policy.displayName(), context, open));
            }
        }
        if (best != null) {
            return best;
        }
        List<String> notes = partial.isEmpty() ? List.of()
                : List.of("blocking policies that do not count: " + String.join("; ", partial));
        return RequirementOutcome.fail("no enabled conditional access policy blocks legacy clients for all users"
                + " and apps", new Evidence(Map.of(), List.of(), List.of(), notes));
    }

    private static Evidence evidence(String policy, EvaluationContext context, List<String> open) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("exclusions accepted", (long) context.exclusions().applied().size());
        counts.put("exclusions not accepted", (long) open.size());
        List<String> notes = context.exclusions().applied().stream().map(AcceptedExclusion::describe)
                .map(d -> "excluded " + d).toList();
        return new Evidence(counts, List.of(policy), open, notes);
    }

    private static boolean forEveryone(Conditions c) {
        return c.users().includeUsers().contains("All") && c.applications().excludeApplications().isEmpty();
    }

    private static boolean blocks(ConditionalAccessPolicy policy) {
        return policy.grantControls() != null && policy.grantControls().builtInControls().contains("block");
    }
}
