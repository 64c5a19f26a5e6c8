package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An active Graph {@code unifiedRoleAssignment}. {@code principal} is present when the
 * collection was read with {@code $expand=principal}; it tells users, groups and service
 * principals apart.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleAssignment(String id, String principalId, String roleDefinitionId, String directoryScopeId,
                             Principal principal) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Principal(@JsonProperty("@odata.type") String odataType, String id, String displayName) {
    }

    /** The principal's Graph type without the namespace ("user", "group", "servicePrincipal"), or null. */
    public String principalType() {
        if (principal == null || principal.odataType() == null) {
            return null;
        }
        String t = principal.odataType();
        return t.substring(t.lastIndexOf('.') + 1);
    }
}
