package io.github.securescore.controls;

import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Conditions;
import io.github.securescore.snapshot.ConditionalAccessPolicy.GrantControls;
import io.github.securescore.snapshot.ConditionalAccessPolicy.GuestsOrExternalUsers;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Users;
import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which users an enabled conditional access policy protects for one improvement action.
 * A policy counts when it is enabled, applies to all cloud apps, is narrowed by nothing but
 * the condition the action is about, and its grant does what the action needs; it then covers
 * the users its user conditions include (all, listed users, transitive group members, role
 * holders, guests) minus those they exclude.
 */
public final class ConditionalAccessCoverage {

    /** What the policy's grant must do. */
    public enum Grant { REQUIRE_MFA, BLOCK, BLOCK_OR_PASSWORD_CHANGE, BLOCK_OR_MFA }

    /** The one condition the action is about (every other narrowing condition disqualifies a policy). */
    public enum Condition { NONE, LEGACY_CLIENTS, HIGH_USER_RISK, HIGH_SIGN_IN_RISK, ELEVATED_INSIDER_RISK }

    public record Requirement(Grant grant, Condition condition) {
    }

    /**
     * @param covered            the population's users some counting policy protects
     * @param policies           display names of the counting policies that cover at least one of them
     * @param notes              why near-miss policies do not count, and apps counting policies exclude
     * @param unreadableGroups   groups a counting policy names whose members are unknown
     */
    public record Coverage(BitSet covered, List<String> policies, List<String> notes, Set<String> unreadableGroups) {
    }

    private static final String BUILT_IN_STRENGTH_PREFIX = "00000000-0000-0000-0000-00000000000";
    private static final Set<String> MFA_STRENGTH_SUFFIXES = Set.of("2", "3", "4");

    private final TenantSnapshot snapshot;
    private final DirectoryRoles roles;
    private final DirectoryUsers directory;

    ConditionalAccessCoverage(TenantSnapshot snapshot, DirectoryRoles roles) {
        this.snapshot = snapshot;
        this.roles = roles;
        this.directory = snapshot.directory();
    }

    /** Which of {@code population} the tenant's policies protect as {@code requirement} asks. */
    public Coverage cover(Requirement requirement, BitSet population) {
        BitSet covered = new BitSet();
        List<String> policies = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> unreadable = new LinkedHashSet<>();
        for (ConditionalAccessPolicy policy : snapshot.conditionalAccessPolicies()) {
            if (!grantFits(policy.grantControls(), requirement.grant())) {
                continue;
            }
            Optional<String> rejection = rejection(policy, requirement.condition());
            if (rejection.isPresent()) {
                notes.add("'" + name(policy) + "' does not count: " + rejection.get());
                continue;
            }
            Set<String> missing = unreadableGroupsOf(policy.conditions().users());
            if (!missing.isEmpty()) {
                unreadable.addAll(missing);
                continue;
            }
            BitSet applies = appliesTo(policy.conditions().users(), population, name(policy), notes);
            if (!applies.isEmpty()) {
                policies.add(name(policy));
                List<String> excludedApps = policy.conditions().applications().excludeApplications();
                if (!excludedApps.isEmpty()) {
                    notes.add("'" + name(policy) + "' excludes apps: " + String.join(", ", excludedApps));
                }
            }
            covered.or(applies);
        }
        return new Coverage(covered, policies, notes, unreadable);
    }

    /** Users of {@code population} whom the user conditions include and do not exclude. */
    BitSet appliesTo(Users users, BitSet population) {
        return appliesTo(users, population, "", new ArrayList<>());
    }

    /**
     * Users of {@code population} whom the user conditions include and do not exclude; {@code notes}
     * gains a sentence for every guest or external user type condition that decided about one of them.
     */
    BitSet appliesTo(Users users, BitSet population, String policyName, List<String> notes) {
        BitSet included;
        GuestMatch includedGuests = guests(users.includeUsers(), users.includeGuestsOrExternalUsers(), false);
        if (containsIgnoreCase(users.includeUsers(), "All")) {
            included = (BitSet) population.clone();
        } else {
            included = members(users.includeUsers(), users.includeGroups(), users.includeRoles());
            included.or(includedGuests.accounts());
            included.and(population);
            BitSet unknownTenant = (BitSet) includedGuests.tenantUnknown().clone();
            unknownTenant.and(population);
            unknownTenant.andNot(included);
            if (!unknownTenant.isEmpty()) {
                notes.add("'" + policyName + "' includes guest or external users of " + includedGuests.tenants()
                        + " only; the directory does not record an account's home tenant, so "
                        + unknownTenant.cardinality() + " such account(s) do not count as included");
            }
        }
        BitSet excluded = members(users.excludeUsers(), users.excludeGroups(), users.excludeRoles());
        GuestMatch excludedGuests = guests(users.excludeUsers(), users.excludeGuestsOrExternalUsers(), true);
        BitSet byType = (BitSet) excludedGuests.accounts().clone();
        byType.and(included);
        byType.andNot(excluded);
        if (!byType.isEmpty()) {
            String reason = "'" + policyName + "' excludes " + excludedGuests.describe(byType, directory);
            BitSet unknownTenant = (BitSet) excludedGuests.tenantUnknown().clone();
            unknownTenant.and(byType);
            if (!unknownTenant.isEmpty()) {
                reason += "; it names " + excludedGuests.tenants() + ", and the directory does not record an account's"
                        + " home tenant, so " + unknownTenant.cardinality() + " of them count as excluded";
            }
            notes.add(reason);
        }
        excluded.or(excludedGuests.accounts());
        included.andNot(excluded);
        return included;
    }

    private BitSet members(List<String> userIds, List<String> groupIds, List<String> roleTemplateIds) {
        BitSet result = new BitSet();
        for (String id : userIds) {
            int index = directory.indexOf(id);
            if (index >= 0) {
                result.set(index);
            }
        }
        for (String group : groupIds) {
            snapshot.groupMembers(group).ifPresent(m -> result.or(m.users()));
        }
        for (String role : roleTemplateIds) {
            result.or(roles.tenantWideHolders(role));
        }
        return result;
    }

    /**
     * The accounts a guest or external user condition names. With {@code externalTenants} enumerated, an
     * account homed elsewhere matches only if its tenant is listed, which the directory does not tell: it is
     * then left out of an inclusion and kept in an exclusion (unknown is never counted as protected).
     */
    private GuestMatch guests(List<String> userIds, GuestsOrExternalUsers condition, boolean exclusion) {
        Set<GuestOrExternalUserType> types = EnumSet.noneOf(GuestOrExternalUserType.class);
        if (containsIgnoreCase(userIds, "GuestsOrExternalUsers")) {
            types.addAll(GuestOrExternalUserType.ALL);
        }
        ExternalTenants tenants = ExternalTenants.ALL;
        if (condition != null) {
            types.addAll(GuestOrExternalUserType.parse(condition.guestOrExternalUserTypes()));
            tenants = ExternalTenants.of(condition.externalTenants());
        }
        BitSet accounts = new BitSet();
        BitSet tenantUnknown = new BitSet();
        if (!types.isEmpty()) {
            for (int i = 0; i < directory.size(); i++) {
                Optional<GuestOrExternalUserType> type = GuestOrExternalUserType.of(directory, i);
                if (type.isEmpty() || !types.contains(type.get())) {
                    continue;
                }
                if (type.get().homedElsewhere() && !tenants.all()) {
                    tenantUnknown.set(i);
                    if (!exclusion) {
                        continue;
                    }
                }
                accounts.set(i);
            }
        }
        return new GuestMatch(accounts, tenantUnknown, tenants);
    }

    /** The accounts a guest or external user condition matched, and those matched only for want of a home tenant. */
    private record GuestMatch(BitSet accounts, BitSet tenantUnknown, ExternalTenants externalTenants) {

        String tenants() {
            return externalTenants.describe();
        }

        /** "2 account(s) as B2B collaboration guest (1), internal guest (1)". */
        String describe(BitSet which, DirectoryUsers directory) {
            Map<GuestOrExternalUserType, Integer> counts = new EnumMap<>(GuestOrExternalUserType.class);
            for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
                GuestOrExternalUserType.of(directory, i).ifPresent(t -> counts.merge(t, 1, Integer::sum));
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((type, n) -> parts.add(type.label() + " (" + n + ")"));
            return which.cardinality() + " account(s) as guest or external users: " + String.join(", ", parts);
        }
    }

    private Set<String> unreadableGroupsOf(Users users) {
        Set<String> missing = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>(users.excludeGroups());
        if (!containsIgnoreCase(users.includeUsers(), "All")) {
            groups.addAll(users.includeGroups());
        }
        for (String group : groups) {
            ResourceState state = snapshot.groupState(group);
            // a group deleted after the policy named it answers 404: it has no members, it is not unreadable
            boolean deleted = state.kind() == ResourceState.Kind.FAILED && state.error().status() == 404;
            if (!state.isPresent() && !deleted) {
                missing.add(group);
            }
        }
        return missing;
    }

    /**
     * Why a policy does not count for a requirement about {@code condition}, if it does not (not
     * enabled, not all cloud apps, narrowed by another condition, other client apps); users and
     * grant controls are not judged here. Public for the baseline packs' evaluators.
     */
    public Optional<String> rejection(ConditionalAccessPolicy policy, Condition condition) {
        if (!"enabled".equalsIgnoreCase(policy.state())) {
            return Optional.of("state is " + policy.state() + ", not enabled");
        }
        Conditions c = policy.conditions();
        if (!containsIgnoreCase(c.applications().includeApplications(), "All")) {
            return Optional.of("it does not target all cloud apps");
        }
        if (narrows(c.platforms(), "includePlatforms", "excludePlatforms")) {
            return Optional.of("it is narrowed by a device platform condition");
        }
        if (narrows(c.locations(), "includeLocations", "excludeLocations")) {
            return Optional.of("it is narrowed by a location condition");
        }
        if (narrows(c.devices(), "includeDevices", "excludeDevices") || hasDeviceFilter(c.devices())) {
            return Optional.of("it is narrowed by a device filter");
        }
        if (c.authenticationFlows() != null && c.authenticationFlows().narrows()) {
            return Optional.of("it is narrowed to authentication flows " + c.authenticationFlows().transferMethods());
        }
        boolean insiderRisk = c.insiderRiskLevels() != null && !c.insiderRiskLevels().isBlank();
        if (insiderRisk && condition != Condition.ELEVATED_INSIDER_RISK) {
            return Optional.of("it is narrowed by an insider risk condition");
        }
        if (condition == Condition.ELEVATED_INSIDER_RISK && !insiderRisk) {
            return Optional.of("it has no insider risk condition");
        }
        if (condition == Condition.ELEVATED_INSIDER_RISK
                && !containsIgnoreCase(List.of(c.insiderRiskLevels().split(",")).stream().map(String::trim).toList(),
                        "elevated")) {
            return Optional.of("its insider risk levels (" + c.insiderRiskLevels() + ") do not include elevated");
        }
        if (!c.userRiskLevels().isEmpty() && condition != Condition.HIGH_USER_RISK) {
            return Optional.of("it is narrowed by a user risk condition");
        }
        if (!c.signInRiskLevels().isEmpty() && condition != Condition.HIGH_SIGN_IN_RISK) {
            return Optional.of("it is narrowed by a sign-in risk condition");
        }
        // a reason must be true: an empty list is no risk condition at all, not a list without "high"
        if (condition == Condition.HIGH_USER_RISK && c.userRiskLevels().isEmpty()) {
            return Optional.of("it has no user risk condition");
        }
        if (condition == Condition.HIGH_USER_RISK && !containsIgnoreCase(c.userRiskLevels(), "high")) {
            return Optional.of("its user risk levels (" + String.join(", ", c.userRiskLevels()) + ") do not include high");
        }
        if (condition == Condition.HIGH_SIGN_IN_RISK && c.signInRiskLevels().isEmpty()) {
            return Optional.of("it has no sign-in risk condition");
        }
        if (condition == Condition.HIGH_SIGN_IN_RISK && !containsIgnoreCase(c.signInRiskLevels(), "high")) {
            return Optional.of("its sign-in risk levels (" + String.join(", ", c.signInRiskLevels())
                    + ") do not include high");
        }
        List<String> clientApps = c.clientAppTypes();
        boolean allClients = allClientApps(clientApps);
        if (condition == Condition.LEGACY_CLIENTS) {
            if (!allClients && !(containsIgnoreCase(clientApps, "exchangeActiveSync")
                    && containsIgnoreCase(clientApps, "other"))) {
                return Optional.of("its client apps do not cover Exchange ActiveSync and other clients");
            }
        } else if (!allClients) {
            return Optional.of("it is narrowed to client apps " + String.join(", ", clientApps));
        }
        return Optional.empty();
    }

    /**
     * Whether a client app types condition selects every client. Graph writes {@code ["all"]} when the
     * condition is not configured; an empty list (which Graph does not return) is read the same way;
     * browser, mobile apps and desktop clients, Exchange ActiveSync and other clients together are every
     * client as well. {@code easSupported} is only part of Exchange ActiveSync, so it does not stand in for it.
     */
    static boolean allClientApps(List<String> clientApps) {
        return clientApps.isEmpty() || containsIgnoreCase(clientApps, "all")
                || containsIgnoreCase(clientApps, "browser") && containsIgnoreCase(clientApps, "mobileAppsAndDesktopClients")
                && containsIgnoreCase(clientApps, "exchangeActiveSync") && containsIgnoreCase(clientApps, "other");
    }

    /**
     * Whether a platform, location or devices condition leaves anyone out. Graph writes the
     * condition even when it selects everything ({@code includeLocations: ["All"]} and no
     * exclusions): that narrows nothing, so it does not disqualify the policy.
     */
    private static boolean narrows(Object condition, String includeField, String excludeField) {
        if (condition == null) {
            return false;
        }
        if (!(condition instanceof Map<?, ?> map)) {
            return true;   // an unexpected shape: do not assume it covers everyone
        }
        List<String> include = strings(map.get(includeField));
        List<String> exclude = strings(map.get(excludeField));
        boolean includesAll = include.isEmpty() || containsIgnoreCase(include, "All");
        return !includesAll || !exclude.isEmpty();
    }

    private static boolean hasDeviceFilter(Object devices) {
        return devices instanceof Map<?, ?> map && map.get("deviceFilter") != null;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object o : list) {
            if (o != null) {
                result.add(o.toString());
            }
        }
        return result;
    }

    static boolean grantFits(GrantControls grant, Grant needed) {
        if (grant == null) {
            return false;
        }
        return switch (needed) {
            case REQUIRE_MFA -> requiresMfa(grant);
            case BLOCK -> blocks(grant);
            case BLOCK_OR_PASSWORD_CHANGE -> blocks(grant) || requires(grant, containsIgnoreCase(grant.builtInControls(),
                    "passwordChange"));
            case BLOCK_OR_MFA -> blocks(grant) || requiresMfa(grant);
        };
    }

    static boolean blocks(GrantControls grant) {
        return containsIgnoreCase(grant.builtInControls(), "block");
    }

    /** MFA (a built-in control or an MFA authentication strength) that the grant cannot be satisfied without. */
    static boolean requiresMfa(GrantControls grant) {
        boolean mfa = containsIgnoreCase(grant.builtInControls(), "mfa") || strengthIsMfa(grant);
        return requires(grant, mfa);
    }

    /** A control the grant has, and that every way of satisfying it needs: operator AND, or the only control. */
    private static boolean requires(GrantControls grant, boolean hasControl) {
        if (!hasControl) {
            return false;
        }
        if (grant.operator() == null || "AND".equalsIgnoreCase(grant.operator())) {
            return true;
        }
        return controlCount(grant) == 1;
    }

    private static int controlCount(GrantControls grant) {
        return grant.builtInControls().size() + (grant.authenticationStrength() != null ? 1 : 0)
                + grant.customAuthenticationFactors().size() + grant.termsOfUse().size();
    }

    private static boolean strengthIsMfa(GrantControls grant) {
        ConditionalAccessPolicy.AuthenticationStrength strength = grant.authenticationStrength();
        if (strength == null) {
            return false;
        }
        if (strength.requirementsSatisfied() != null) {
            return "mfa".equalsIgnoreCase(strength.requirementsSatisfied());
        }
        String id = strength.id();
        return id != null && id.length() == BUILT_IN_STRENGTH_PREFIX.length() + 1
                && id.startsWith(BUILT_IN_STRENGTH_PREFIX)
                && MFA_STRENGTH_SUFFIXES.contains(id.substring(id.length() - 1));
    }

    private static boolean containsIgnoreCase(List<String> values, String wanted) {
        for (String value : values) {
            if (value.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String name(ConditionalAccessPolicy policy) {
        return policy.displayName() != null ? policy.displayName() : policy.id();
    }
}
