package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Graph {@code onPremisesDirectorySynchronization}: the directory sync features that are on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnPremisesSynchronization(String id, Features features) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Features(Boolean passwordSyncEnabled) {
    }

    public boolean passwordSyncEnabled() {
        return features != null && Boolean.TRUE.equals(features.passwordSyncEnabled());
    }
}
