package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The guest and external user types a conditional access policy can name
 * ({@code conditionalAccessGuestOrExternalUserTypes}), and which of them a directory account is.
 * Microsoft's "Properties of a B2B collaboration user" sorts accounts by how they authenticate
 * (internally or externally) and their relationship ({@code userType} Guest or Member); the
 * internal member is no guest type at all. B2B direct connect users, service providers and other
 * external users have no user object of this kind in the directory, so they name nobody here.
 */
public enum GuestOrExternalUserType {
    INTERNAL_GUEST("internalGuest", "internal guest"),
    B2B_COLLABORATION_GUEST("b2bCollaborationGuest", "B2B collaboration guest"),
    B2B_COLLABORATION_MEMBER("b2bCollaborationMember", "B2B collaboration member"),
    B2B_DIRECT_CONNECT_USER("b2bDirectConnectUser", "B2B direct connect user"),
    OTHER_EXTERNAL_USER("otherExternalUser", "other external user"),
    SERVICE_PROVIDER("serviceProvider", "service provider user");

    /** What the legacy {@code includeUsers: ["GuestsOrExternalUsers"]} value stands for: every guest and external account. */
    static final Set<GuestOrExternalUserType> ALL = EnumSet.allOf(GuestOrExternalUserType.class);

    private final String graphName;
    private final String label;

    GuestOrExternalUserType(String graphName, String label) {
        this.graphName = graphName;
        this.label = label;
    }

    public String graphName() {
        return graphName;
    }

    /** How evidence names the type ("B2B collaboration guest"). */
    public String label() {
        return label;
    }

    /** Whether the type is about accounts homed in another tenant ({@code externalTenants} applies to it). */
    boolean homedElsewhere() {
        return this != INTERNAL_GUEST;
    }

    /** The types named by Graph's comma-separated flags string; "none", unknown and future values name nobody. */
    static Set<GuestOrExternalUserType> parse(String flags) {
        Set<GuestOrExternalUserType> types = EnumSet.noneOf(GuestOrExternalUserType.class);
        if (flags == null) {
            return types;
        }
        for (String flag : flags.split(",")) {
            String wanted = flag.trim().toLowerCase(Locale.ROOT);
            for (GuestOrExternalUserType type : values()) {
                if (type.graphName.toLowerCase(Locale.ROOT).equals(wanted)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** The type of a directory account, or empty for an internal member (and for accounts the users collection did not list). */
    static Optional<GuestOrExternalUserType> of(DirectoryUsers directory, int index) {
        if (!directory.isUser(index)) {
            return Optional.empty();
        }
        boolean external = directory.externallyAuthenticated(index);
        if (directory.guest(index)) {
            return Optional.of(external ? B2B_COLLABORATION_GUEST : INTERNAL_GUEST);
        }
        if (external && directory.member(index)) {
            return Optional.of(B2B_COLLABORATION_MEMBER);
        }
        return Optional.empty();
    }
}
