package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Graph {@code subscribedSku}: tells whether Entra ID P1/P2 features are licensed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscribedSku(String skuId, String skuPartNumber, String capabilityStatus, List<ServicePlan> servicePlans) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServicePlan(String servicePlanName, String provisioningStatus) {
    }

    public SubscribedSku {
        servicePlans = servicePlans == null ? List.of() : List.copyOf(servicePlans);
    }

    public boolean hasServicePlan(String name) {
        return !"Suspended".equalsIgnoreCase(capabilityStatus)
                && servicePlans.stream().anyMatch(p -> name.equalsIgnoreCase(p.servicePlanName()));
    }
}
