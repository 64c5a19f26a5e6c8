package io.github.securescore.report;

import java.util.Optional;

/** How every output names a tenant: "Name (tenant id)", so several tenants in one job can be told apart. */
final class TenantLabel {

    private TenantLabel() {
    }

    /** Raw text (renderers escape it); empty when the run names neither. */
    static Optional<String> of(String name, String id) {
        boolean hasName = name != null && !name.isBlank();
        boolean hasId = id != null && !id.isBlank();
        if (hasName && hasId && !name.equals(id)) {
            return Optional.of(name + " (" + id + ")");
        }
        if (hasName) {
            return Optional.of(name);
        }
        return hasId ? Optional.of(id) : Optional.empty();
    }
}
