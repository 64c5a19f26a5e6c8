package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Graph {@code domain}: only what the password-expiry action reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Domain(String id, String authenticationType, Boolean isVerified, Boolean isRoot, Boolean isDefault,
                     Integer passwordValidityPeriodInDays) {

    /** Entra's value for "passwords never expire". */
    public static final int NEVER_EXPIRES = Integer.MAX_VALUE;

    public boolean verified() {
        return Boolean.TRUE.equals(isVerified);
    }

    public boolean managed() {
        return authenticationType == null || "Managed".equalsIgnoreCase(authenticationType);
    }
}
