package io.github.securescore.score;

import java.time.LocalDate;

/**
 * A status someone set for an action: in the policy file (with justification, owner and
 * expiry) or in Microsoft's portal (read from the control profile's state updates).
 *
 * @param expires the last day it applies; null for no expiry
 * @param origin  where it was set: {@link #POLICY}, {@link #MICROSOFT_PORTAL} or {@link #ENTRA_RECOMMENDATIONS}
 */
public record StatusOverride(String control, ControlStatus status, String justification, String owner,
                             LocalDate expires, String origin) {

    public static final String POLICY = "policy";
    public static final String MICROSOFT_PORTAL = "Microsoft portal";
    /** Set on the action's recommendation in the Microsoft Entra admin center (Graph beta recommendations). */
    public static final String ENTRA_RECOMMENDATIONS = "Microsoft Entra recommendations";

    /** Expired on {@code today}: its last day is before today. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
