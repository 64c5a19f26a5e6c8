package io.github.securescore.proposal;

import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Conditions;
import io.github.securescore.snapshot.ConditionalAccessPolicy.GrantControls;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Users;
import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GroupMembers;
import io.github.securescore.snapshot.RoleDefinition;
import io.github.securescore.snapshot.SecurityDefaults;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Says what a proposed change would do, in the snapshot's terms: who a policy would newly exclude or
 * no longer include (with the enabled members of a group), what it would stop requiring, a state
 * that would stop enforcing it. The sentences name policies by display name and accounts by their
 * label; the renderers neutralise them as tenant text.
 */
final class ChangeSentences {

    private final TenantSnapshot base;

    ChangeSentences(TenantSnapshot base) {
        this.base = base;
    }

    PolicyChange describe(ProposedChange change) {
        ConditionalAccessPolicy before = base.conditionalAccessPolicies().stream()
                .filter(p -> change.policyId().equals(p.id())).findFirst().orElse(null);
        ConditionalAccessPolicy after = change.policy();
        String name = name(after != null ? after : before, change.policyId());
        List<String> sentences = new ArrayList<>();
        String policy = "policy " + name;
        switch (change.kind()) {
            case DELETE -> sentences.add(policy + " would be deleted"
                    + (before == null ? "" : " (it is " + state(before.state()) + ")"));
            case CREATE -> {
                sentences.add(policy + " would be created, " + state(after.state()) + ", " + requires(after));
                Users users = after.conditions().users();
                members("exclude", List.of(), users.excludeUsers(), List.of(), users.excludeGroups(), List.of(),
                        users.excludeRoles(), policy, sentences);
            }
            case REPLACE -> replace(before, after, policy, sentences);
        }
        return new PolicyChange(change, name, sentences);
    }

    static String settings(SecurityDefaults proposed, TenantSnapshot base) {
        boolean was = base.securityDefaults().map(SecurityDefaults::enabled).orElse(false);
        if (proposed.enabled() == was) {
            return "security defaults would stay " + (was ? "on" : "off");
        }
        return "security defaults would be turned " + (proposed.enabled() ? "on" : "off");
    }

    static String settings(AuthorizationPolicy proposed, TenantSnapshot base) {
        List<String> was = base.authorizationPolicy().map(AuthorizationPolicy::permissionGrantPoliciesAssigned)
                .orElse(List.of());
        List<String> now = proposed.permissionGrantPoliciesAssigned();
        return was.equals(now) ? "the user consent setting would stay " + list(now)
                : "the user consent setting would change from " + list(was) + " to " + list(now);
    }

    private void replace(ConditionalAccessPolicy before, ConditionalAccessPolicy after, String policy, List<String> sentences) {
        if (!Objects.equals(before.state(), after.state())) {
            sentences.add(policy + " would change from " + state(before.state()) + " to " + state(after.state()));
        }
        if (!Objects.equals(before.displayName(), after.displayName()) && before.displayName() != null) {
            sentences.add(policy + " would be renamed from " + before.displayName());
        }
        Users was = before.conditions().users();
        Users now = after.conditions().users();
        members("exclude", was.excludeUsers(), now.excludeUsers(), was.excludeGroups(), now.excludeGroups(),
                was.excludeRoles(), now.excludeRoles(), policy, sentences);
        members("no longer exclude", now.excludeUsers(), was.excludeUsers(), now.excludeGroups(), was.excludeGroups(),
                now.excludeRoles(), was.excludeRoles(), policy, sentences);
        members("include", was.includeUsers(), now.includeUsers(), was.includeGroups(), now.includeGroups(),
                was.includeRoles(), now.includeRoles(), policy, sentences);
        members("no longer include", now.includeUsers(), was.includeUsers(), now.includeGroups(), was.includeGroups(),
                now.includeRoles(), was.includeRoles(), policy, sentences);
        if (!requires(before).equals(requires(after))) {
            sentences.add(policy + " would change from " + requires(before) + " to " + requires(after));
        }
        Conditions c0 = before.conditions();
        Conditions c1 = after.conditions();
        difference("client apps", c0.clientAppTypes(), c1.clientAppTypes(), policy, sentences);
        difference("sign-in risk levels", c0.signInRiskLevels(), c1.signInRiskLevels(), policy, sentences);
        difference("user risk levels", c0.userRiskLevels(), c1.userRiskLevels(), policy, sentences);
        difference("applications", c0.applications().includeApplications(), c1.applications().includeApplications(),
                policy, sentences);
        difference("excluded applications", c0.applications().excludeApplications(),
                c1.applications().excludeApplications(), policy, sentences);
        if (!Objects.equals(c0.locations(), c1.locations()) || !Objects.equals(c0.platforms(), c1.platforms())
                || !Objects.equals(c0.devices(), c1.devices())) {
            sentences.add(policy + " would change its location, platform or device conditions");
        }
        if (sentences.isEmpty()) {
            sentences.add(policy + " would be replaced with no change the score reads");
        }
    }

    /** Who {@code now} names that {@code was} does not, as "policy X would VERB group G (N enabled members)". */
    private void members(String verb, List<String> wasUsers, List<String> nowUsers, List<String> wasGroups,
                         List<String> nowGroups, List<String> wasRoles, List<String> nowRoles, String policy,
                         List<String> sentences) {
        for (String user : added(wasUsers, nowUsers)) {
            sentences.add(policy + " would " + verb + " " + user(user));
        }
        for (String group : added(wasGroups, nowGroups)) {
            sentences.add(policy + " would " + verb + " " + group(group));
        }
        for (String role : added(wasRoles, nowRoles)) {
            sentences.add(policy + " would " + verb + " role " + role(role));
        }
    }

    private static void difference(String what, List<String> was, List<String> now, String policy, List<String> sentences) {
        if (!new java.util.HashSet<>(was).equals(new java.util.HashSet<>(now))) {
            sentences.add(policy + " would change its " + what + " from " + list(was) + " to " + list(now));
        }
    }

    private static List<String> added(List<String> was, List<String> now) {
        return now.stream().filter(id -> !was.contains(id)).distinct().toList();
    }

    private String user(String id) {
        if (id.equalsIgnoreCase("All") || id.equalsIgnoreCase("GuestsOrExternalUsers") || id.equalsIgnoreCase("None")) {
            return id.equalsIgnoreCase("All") ? "all users" : id;
        }
        DirectoryUsers directory = base.directory();
        int index = directory.indexOf(id);
        if (index < 0) {
            return "user " + id + " (not in the snapshot)";
        }
        return "user " + directory.label(index) + (directory.accountEnabled(index) ? "" : " (disabled)");
    }

    private String group(String id) {
        Optional<GroupMembers> members = base.groupMembers(id);
        if (members.isEmpty()) {
            return "group " + id + " (members not recorded)";
        }
        BitSet users = members.get().users();
        DirectoryUsers directory = base.directory();
        long enabled = users.stream().filter(directory::accountEnabled).count();
        return "group " + id + ", " + String.format(Locale.ROOT, "%,d", enabled) + " enabled member"
                + (enabled == 1 ? "" : "s");
    }

    private String role(String id) {
        return base.roleDefinitions().stream()
                .filter(r -> id.equals(r.id()) || id.equals(r.effectiveTemplateId()))
                .map(RoleDefinition::displayName).filter(Objects::nonNull).findFirst().orElse(id);
    }

    private static String requires(ConditionalAccessPolicy policy) {
        GrantControls grant = policy.grantControls();
        if (grant == null || grant.builtInControls().isEmpty() && grant.authenticationStrength() == null) {
            return "requiring nothing";
        }
        if (grant.builtInControls().contains("block")) {
            return "blocking access";
        }
        List<String> parts = new ArrayList<>(grant.builtInControls());
        if (grant.authenticationStrength() != null) {
            parts.add("authentication strength " + Optional.ofNullable(grant.authenticationStrength().displayName())
                    .orElse(grant.authenticationStrength().id()));
        }
        String operator = "AND".equalsIgnoreCase(grant.operator()) ? " and " : " or ";
        return "requiring " + String.join(operator, parts);
    }

    private static String state(String state) {
        if (state == null) {
            return "without a state";
        }
        return switch (state) {
            case "enabled" -> "enabled";
            case "disabled" -> "disabled";
            case "enabledForReportingButNotEnforced" -> "report-only";
            default -> state;
        };
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    static String name(ConditionalAccessPolicy policy, String id) {
        Function<ConditionalAccessPolicy, String> display = ConditionalAccessPolicy::displayName;
        return policy != null && display.apply(policy) != null ? display.apply(policy) : id;
    }
}
