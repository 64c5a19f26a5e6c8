package io.github.securescore.controls;

import java.util.List;
import java.util.Map;

/**
 * The {@code externalTenants} of a guest or external user condition: all tenants
 * ({@code conditionalAccessAllExternalTenants}, and the default when absent), or the tenant ids
 * it enumerates ({@code conditionalAccessEnumeratedExternalTenants}).
 */
record ExternalTenants(boolean all, List<String> members) {

    static final ExternalTenants ALL = new ExternalTenants(true, List.of());

    static ExternalTenants of(Object condition) {
        if (condition == null) {
            return ALL;
        }
        if (!(condition instanceof Map<?, ?> map)) {
            return new ExternalTenants(false, List.of());   // an unexpected shape: do not assume every tenant
        }
        Object kind = map.get("membershipKind");
        if (kind == null) {
            return map.get("members") instanceof List<?> ? enumerated(map.get("members")) : ALL;
        }
        return "all".equalsIgnoreCase(kind.toString()) ? ALL : enumerated(map.get("members"));
    }

    private static ExternalTenants enumerated(Object members) {
        if (!(members instanceof List<?> list)) {
            return new ExternalTenants(false, List.of());
        }
        return new ExternalTenants(false, list.stream().filter(m -> m != null).map(Object::toString).toList());
    }

    /** "tenants 1111…, 2222…" for evidence. */
    String describe() {
        if (all) {
            return "all external tenants";
        }
        return members.isEmpty() ? "no listed tenant" : "tenant(s) " + String.join(", ", members);
    }
}
