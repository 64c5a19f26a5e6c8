package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Graph {@code authorizationPolicy}: the user consent policies default users are assigned, and
 * (for the SCuBA pack) who may register apps, invite guests, and what guests may read.
 *
 * @param allowInvitesFrom {@code none}, {@code adminsAndGuestInviters}, {@code adminsGuestInvitersAndAllMembers}
 *                         or {@code everyone}; null when not recorded (snapshots before the pack)
 * @param guestUserRoleId  the role template guests get (same as members, limited, restricted); null when not recorded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorizationPolicy(String id, DefaultUserRolePermissions defaultUserRolePermissions,
                                  String allowInvitesFrom, String guestUserRoleId) {

    /** @param allowedToCreateApps whether default users may register applications; null when not recorded */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DefaultUserRolePermissions(List<String> permissionGrantPoliciesAssigned, Boolean allowedToCreateApps) {
        public DefaultUserRolePermissions {
            permissionGrantPoliciesAssigned = permissionGrantPoliciesAssigned == null
                    ? List.of() : List.copyOf(permissionGrantPoliciesAssigned);
        }
    }

    public List<String> permissionGrantPoliciesAssigned() {
        return defaultUserRolePermissions == null ? List.of()
                : defaultUserRolePermissions.permissionGrantPoliciesAssigned();
    }

    /** Whether default users may register applications; null when the snapshot does not say. */
    public Boolean allowedToCreateApps() {
        return defaultUserRolePermissions == null ? null : defaultUserRolePermissions.allowedToCreateApps();
    }
}
