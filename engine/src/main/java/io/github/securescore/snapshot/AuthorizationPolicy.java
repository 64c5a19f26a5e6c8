package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Graph {@code authorizationPolicy}: the user consent policies default users are assigned. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorizationPolicy(String id, DefaultUserRolePermissions defaultUserRolePermissions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DefaultUserRolePermissions(List<String> permissionGrantPoliciesAssigned) {
        public DefaultUserRolePermissions {
            permissionGrantPoliciesAssigned = permissionGrantPoliciesAssigned == null
                    ? List.of() : List.copyOf(permissionGrantPoliciesAssigned);
        }
    }

    public List<String> permissionGrantPoliciesAssigned() {
        return defaultUserRolePermissions == null ? List.of()
                : defaultUserRolePermissions.permissionGrantPoliciesAssigned();
    }
}
