package io.github.securescore.pack.scuba;

import io.github.securescore.controls.DirectoryRoles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in roles CISA counts as highly privileged (SCuBA Entra ID baseline, section "Highly
 * Privileged Roles"), by role template id, which is the same in every tenant. Section 7's
 * requirements apply to these.
 */
final class HighlyPrivilegedRoles {

    static final String GLOBAL_ADMINISTRATOR = DirectoryRoles.GLOBAL_ADMINISTRATOR;

    /** In the baseline's order. */
    static final Map<String, String> ALL;

    static {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(GLOBAL_ADMINISTRATOR, "Global Administrator");
        roles.put("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator");
        roles.put("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator");
        roles.put("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator");
        roles.put("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator");
        roles.put("8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", "Hybrid Identity Administrator");
        roles.put("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator");
        roles.put("158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator");
        ALL = java.util.Collections.unmodifiableMap(roles);
    }

    private HighlyPrivilegedRoles() {
    }

    static boolean contains(String templateId) {
        return templateId != null && ALL.containsKey(templateId.toLowerCase(java.util.Locale.ROOT));
    }

    static String name(String templateId) {
        return ALL.getOrDefault(templateId.toLowerCase(java.util.Locale.ROOT), templateId);
    }
}
