package io.github.securescore.pack.scuba;

import io.github.securescore.controls.AcceptedExclusions;
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
 * A policy that fits but excludes users or groups (break-glass accounts) meets it only when the
 * policy file accepts every one of them; otherwise it is a warning, not a pass.
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

    static RequirementOutcome evaluate(List<ConditionalAccessPolicy> policies, Shape shape,
                                       AcceptedExclusions accepted) {
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
            Users users = policy.conditions().users();
            List<String> unaccepted = accepted.unaccepted(users.excludeUsers(), users.excludeGroups());
            String guests = excludedGuests(users);
            if (guests != null) {
                unaccepted = new ArrayList<>(unaccepted);
                unaccepted.add(guests);
            }
            if (!unaccepted.isEmpty()) {
                withExclusions.add(name(policy));
                notes.add(name + " excludes " + String.join(", ", unaccepted) + ", not accepted by the policy file");
            } else {
                meeting.add(name(policy));
            }
            for (String user : users.excludeUsers()) {
                accepted.account(user).ifPresent(e -> notes.add(name + " excludes " + e.describe()));
            }
            for (String group : users.excludeGroups()) {
                accepted.group(group).ifPresent(e -> notes.add(name + " excludes " + e.describe()));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("policies that meet it", (long) meeting.size());
        counts.put("policies that meet it with exclusions", (long) withExclusions.size());
        if (!meeting.isEmpty()) {
            return RequirementOutcome.pass(new Evidence(counts, meeting, List.of(), notes));
        }
        if (!withExclusions.isEmpty()) {
            return RequirementOutcome.warning(String.join(", ", quoted(withExclusions))
                    + " would meet it, but exclude users or groups the policy file does not accept",
                    new Evidence(counts, withExclusions, List.of(), notes));
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

    /** The guest and external user types a policy excludes, in words, or null (no accepted exclusion names them). */
    private static String excludedGuests(Users users) {
        var guests = users.excludeGuestsOrExternalUsers();
        if (guests == null || guests.guestOrExternalUserTypes() == null || guests.guestOrExternalUserTypes().isBlank()) {
            return null;
        }
        return "guest or external users (" + guests.guestOrExternalUserTypes() + ")";
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
