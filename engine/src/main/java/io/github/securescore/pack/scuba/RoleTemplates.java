package io.github.securescore.pack.scuba;

import io.github.securescore.snapshot.RoleDefinition;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a role definition id to its template id. Built-in roles have id == template id, so an id
 * the recorded definitions do not list stands for itself (as in the identity actions).
 */
final class RoleTemplates {

    private final Map<String, String> templateByDefinition = new HashMap<>();

    RoleTemplates(TenantSnapshot snapshot) {
        for (RoleDefinition definition : snapshot.roleDefinitions()) {
            templateByDefinition.put(key(definition.id()), key(definition.effectiveTemplateId()));
        }
    }

    String template(String roleDefinitionId) {
        String id = key(roleDefinitionId);
        return templateByDefinition.getOrDefault(id, id);
    }

    private static String key(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
