package io.github.securescore.pack.scuba;

import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the conditional access policy a requirement's instructions describe: enabled (not
 * report-only), for all users or for every highly privileged role, for all resources or for one
 * user action, excluding no apps and no roles, narrowed by nothing but the condition the
 * requirement is about. Judged per policy, as the baseline does, so it holds nothing per user.
 * A policy that fits but excludes users or groups (break-glass accounts) is a warning, not a pass.
 */
final class BaselinePolicySearch {

    /** Whom the policy must cover. */
    enum Scope { ALL_USERS, PRIVILEGED_ROLES }

    /**
     * What the requirement asks of a policy.
     *
     * @param purpose    whether a policy is about this requirement at all (its grant and its own condition);
     *                   only such policies are judged and named in evidence
     * @param userAction the user action it must target ({@code urn:user:registersecurityinfo}), or null for all resources
     * @param owned      the conditions the requirement itself sets (they do not count as narrowing)
     * @param wanted     the policy in words, for a failure's reason
     */
    record Shape(Predicate<ConditionalAccessPolicy> purpose, Scope scope, String userAction,
                 Set<PolicyNarrowing.Condition> owned, String wanted) {
    }

    private BaselinePolicySearch() {
    }

    static RequirementOutcome evaluate(List<ConditionalAccessPolicy> policies, Shape shape) {
        List<String> meeting = new ArrayList<>();
        List<String> withExclusions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ConditionalAccessPolicy policy : policies) {
            if (!shape.purpose().test(policy)) {
                continue;
            }
            String name = "'" + name(policy) + "'";
            List<String> rejections = rejections(policy, shape);
            if (!rejections.isEmpty()) {
                notes.add(name + " does not count: " + String.join("; ", rejections));
                continue;
            }
            String exclusions = exclusions(policy.conditions().users());
            if (exclusions != null) {
                withExclusions.add(name(policy));
                notes.add(name + " excludes " + exclusions);
            } else {
                meeting.add(name(policy));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("policies that meet it", (long) meeting.size());
        counts.put("policies that meet it with exclusions", (long) withExclusions.size());
        if (!meeting.isEmpty()) {
            return RequirementOutcome.pass(new Evidence(counts, meeting, List.of(), notes));
        }
        if (!withExclusions.isEmpty()) {
            // Unfinished: exclusions a policy file accepts (break-glass accounts) should make this a pass;
            // the policy file's accepted exclusions are wired in by the pack integration (branch h-packs).
            return RequirementOutcome.warning(String.join(", ", quoted(withExclusions))
                    + " would meet it, but exclude users or groups", new Evidence(counts, withExclusions, List.of(), notes));
        }
        return RequirementOutcome.fail("no enabled conditional access policy " + shape.wanted(),
                new Evidence(counts, List.of(), List.of(), notes));
    }

    /** Why a policy about the requirement still does not meet it. */
    private static List<String> rejections(ConditionalAccessPolicy policy, Shape shape) {
        List<String> reasons = new ArrayList<>();
        if ("enabledForReportingButNotEnforced".equalsIgnoreCase(policy.state())) {
            reasons.add("it is report-only");
        } else if (!"enabled".equalsIgnoreCase(policy.state())) {
            reasons.add("its state is " + policy.state());
        }
        Users users = policy.conditions().users();
        if (shape.scope() == Scope.ALL_USERS && !containsIgnoreCase(users.includeUsers(), "All")) {
            reasons.add("it does not include all users");
        }
        if (shape.scope() == Scope.PRIVILEGED_ROLES && !containsIgnoreCase(users.includeUsers(), "All")) {
            List<String> missing = HighlyPrivilegedRoles.ALL.entrySet().stream()
                    .filter(r -> !containsIgnoreCase(users.includeRoles(), r.getKey())).map(Map.Entry::getValue).toList();
            if (!missing.isEmpty()) {
                reasons.add("it does not include " + String.join(", ", missing));
            }
        }
        if (!users.excludeRoles().isEmpty()) {
            reasons.add("it excludes " + users.excludeRoles().size() + " directory role(s)");
        }
        var applications = policy.conditions().applications();
        if (shape.userAction() == null) {
            if (!containsIgnoreCase(applications.includeApplications(), "All")) {
                reasons.add("it does not target all resources");
            }
            if (!applications.excludeApplications().isEmpty()) {
                reasons.add("it excludes apps " + String.join(", ", applications.excludeApplications()));
            }
        } else if (!containsIgnoreCase(applications.includeUserActions(), shape.userAction())) {
            reasons.add("it does not target the user action " + shape.userAction());
        }
        List<String> narrowing = PolicyNarrowing.narrowing(policy, shape.owned());
        if (!narrowing.isEmpty()) {
            reasons.add("it is narrowed by " + String.join(", ", narrowing));
        }
        return reasons;
    }

    /** The excluded users, groups and guest types in words, or null when it excludes none. */
    private static String exclusions(Users users) {
        List<String> parts = new ArrayList<>();
        if (!users.excludeUsers().isEmpty()) {
            parts.add(users.excludeUsers().size() + " user(s) (" + String.join(", ", users.excludeUsers()) + ")");
        }
        if (!users.excludeGroups().isEmpty()) {
            parts.add(users.excludeGroups().size() + " group(s) (" + String.join(", ", users.excludeGroups()) + ")");
        }
        if (users.excludeGuestsOrExternalUsers() != null
                && users.excludeGuestsOrExternalUsers().guestOrExternalUserTypes() != null
                && !users.excludeGuestsOrExternalUsers().guestOrExternalUserTypes().isBlank()) {
            parts.add("guest or external users (" + users.excludeGuestsOrExternalUsers().guestOrExternalUserTypes() + ")");
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    static boolean containsIgnoreCase(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }

    static String name(ConditionalAccessPolicy policy) {
        return policy.displayName() != null ? policy.displayName() : String.valueOf(policy.id());
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }
}
