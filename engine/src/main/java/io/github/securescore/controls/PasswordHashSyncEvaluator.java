package io.github.securescore.controls;

import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.OnPremisesSynchronization;
import io.github.securescore.snapshot.Organization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PasswordHashSync: hybrid tenants synchronise password hashes. Read from the directory sync
 * features when collected, else inferred from the organization's last password sync time.
 * Cloud-only tenants: not applicable.
 */
public final class PasswordHashSyncEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "PasswordHashSync";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.ORGANIZATION);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        List<Organization> organizations = context.snapshot().organizations();
        if (organizations.isEmpty()) {
            // no organization record: whether the tenant synchronises is unknown, so neither cloud-only nor hybrid
            return Evaluation.notEvaluated("organization holds no entity: whether directory synchronisation is on "
                    + "is unknown", List.of());
        }
        boolean hybrid = organizations.stream().anyMatch(Organization::hybrid);
        if (!hybrid) {
            return Evaluation.notApplicable("cloud-only tenant: directory synchronisation is off",
                    new Evidence(Map.of(), List.of(), List.of(), List.of("onPremisesSyncEnabled is not true")));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        if (context.snapshot().state(GraphResource.ON_PREMISES_SYNCHRONIZATION).isPresent()
                && !context.snapshot().onPremisesSynchronization().isEmpty()) {
            boolean on = context.snapshot().onPremisesSynchronization().stream()
                    .anyMatch(OnPremisesSynchronization::passwordSyncEnabled);
            List<String> notes = new java.util.ArrayList<>(
                    List.of("read from onPremisesSynchronization features.passwordSyncEnabled"));
            String lastSync = lastPasswordSync(organizations);
            if (!on && lastSync != null) {
                // the feature record is the current setting; the timestamp only tells that hashes were synced once
                notes.add("organization.onPremisesLastPasswordSyncDateTime is " + lastSync
                        + ", but the sync features say password hash sync is off now: the features decide");
            }
            return Evaluation.binary(on, new Evidence(counts, on ? List.of("Password hash synchronization") : List.of(),
                    List.of(), notes));
        }
        String lastPasswordSync = lastPasswordSync(organizations);
        boolean on = lastPasswordSync != null;
        String note = "inferred: onPremisesSynchronization not available ("
                + GraphResource.ON_PREMISES_SYNCHRONIZATION.permission() + "); organization.onPremisesLastPasswordSyncDateTime is "
                + (on ? lastPasswordSync : "empty");
        return Evaluation.binary(on, new Evidence(counts, List.of(), List.of(), List.of(note)));
    }

    private static String lastPasswordSync(List<Organization> organizations) {
        return organizations.stream()
                .map(Organization::onPremisesLastPasswordSyncDateTime)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
