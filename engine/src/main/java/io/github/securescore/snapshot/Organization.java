package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The tenant's Graph {@code organization}: what hybrid detection reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(String id, String displayName, Boolean onPremisesSyncEnabled,
                           String onPremisesLastSyncDateTime, String onPremisesLastPasswordSyncDateTime) {

    /** Synchronised from on-premises Active Directory now (a sync that was turned off is cloud-only). */
    public boolean hybrid() {
        return Boolean.TRUE.equals(onPremisesSyncEnabled);
    }
}
