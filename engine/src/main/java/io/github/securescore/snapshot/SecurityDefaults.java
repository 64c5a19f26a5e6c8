package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Graph {@code identitySecurityDefaultsEnforcementPolicy}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityDefaults(Boolean isEnabled) {

    public boolean enabled() {
        return Boolean.TRUE.equals(isEnabled);
    }
}
