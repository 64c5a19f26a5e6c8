package io.github.securescore.pack;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A baseline pack: an id users select it by ({@code scuba-aad}), the baseline's version and where
 * it is published, and its requirements in the baseline's order.
 */
public record Pack(String id, String title, String version, URI source, List<Requirement> requirements) {

    public Pack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        requirements = List.copyOf(requirements);
        Set<String> ids = new HashSet<>();
        for (Requirement r : requirements) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("pack " + id + " lists requirement " + r.id() + " twice");
            }
        }
    }

    public Optional<Requirement> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }
}
