package io.github.securescore.controls;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An account or group a policy file accepts being left out of what a requirement asks for (a
 * break-glass account excluded from the conditional access policy that blocks legacy
 * authentication), with why, who decided and until when.
 *
 * @param subject      the account's object id or user principal name, or the group's object id
 * @param requirements the requirement ids it is accepted for; empty for every requirement of every pack
 * @param expires      the last day it applies; null for no expiry
 */
public record AcceptedExclusion(Kind kind, String subject, String justification, String owner, LocalDate expires,
                                Set<String> requirements) {

    public enum Kind { ACCOUNT, GROUP }

    public AcceptedExclusion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        requirements = Set.copyOf(requirements);
    }

    public boolean appliesTo(String requirementId) {
        return requirements.isEmpty() || requirements.contains(requirementId);
    }

    /** Expired on {@code day}: its last day is before it (as status overrides). */
    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }

    /** e.g. "account breakglass@contoso.com (accepted: emergency access, until 2027-01-31)". */
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + subject + " (accepted"
                + (justification == null ? "" : ": " + justification)
                + (expires == null ? "" : ", until " + expires) + ")";
    }
}
