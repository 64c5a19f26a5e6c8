package io.github.securescore.pack.scuba;

import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.Conditions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The conditions that limit a conditional access policy to some sign-ins. The baseline's
 * policies set only the condition they are about; any other one leaves sign-ins outside the policy.
 */
final class PolicyNarrowing {

    /** A condition a requirement is about, so it does not count as narrowing there. */
    enum Condition { CLIENT_APPS, USER_RISK, SIGN_IN_RISK, AUTHENTICATION_FLOWS }

    private PolicyNarrowing() {
    }

    /** The conditions outside {@code owned} that narrow the policy, in words; empty when none does. */
    static List<String> narrowing(ConditionalAccessPolicy policy, Set<Condition> owned) {
        Conditions c = policy.conditions();
        List<String> found = new ArrayList<>();
        Set<Condition> free = owned.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(owned);
        if (!free.contains(Condition.CLIENT_APPS) && !allClientApps(c.clientAppTypes())) {
            found.add("client apps " + String.join(", ", c.clientAppTypes()));
        }
        if (!free.contains(Condition.USER_RISK) && !c.userRiskLevels().isEmpty()) {
            found.add("user risk " + String.join(", ", c.userRiskLevels()));
        }
        if (!free.contains(Condition.SIGN_IN_RISK) && !c.signInRiskLevels().isEmpty()) {
            found.add("sign-in risk " + String.join(", ", c.signInRiskLevels()));
        }
        if (!free.contains(Condition.AUTHENTICATION_FLOWS) && c.authenticationFlows() != null
                && c.authenticationFlows().narrows()) {
            found.add("authentication flows " + c.authenticationFlows().transferMethods());
        }
        if (c.insiderRiskLevels() != null && !c.insiderRiskLevels().isBlank()) {
            found.add("insider risk " + c.insiderRiskLevels());
        }
        if (narrows(c.platforms(), "includePlatforms", "excludePlatforms")) {
            found.add("device platforms");
        }
        if (narrows(c.locations(), "includeLocations", "excludeLocations")) {
            found.add("locations");
        }
        if (narrows(c.devices(), "includeDevices", "excludeDevices")
                || (c.devices() instanceof Map<?, ?> devices && devices.get("deviceFilter") != null)) {
            found.add("a device filter");
        }
        return found;
    }

    static boolean allClientApps(List<String> clientApps) {
        return clientApps.isEmpty() || clientApps.stream().anyMatch(t -> "all".equalsIgnoreCase(t));
    }

    /** An include list other than "all", or any exclusion. */
    private static boolean narrows(Object condition, String includeField, String excludeField) {
        if (!(condition instanceof Map<?, ?> map)) {
            return false;
        }
        List<String> include = strings(map.get(includeField));
        List<String> exclude = strings(map.get(excludeField));
        boolean includesAll = include.isEmpty() || include.stream().anyMatch(v -> "all".equals(v.toLowerCase(Locale.ROOT)));
        return !includesAll || !exclude.isEmpty();
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o != null) {
                    result.add(o.toString());
                }
            }
        }
        return result;
    }
}
