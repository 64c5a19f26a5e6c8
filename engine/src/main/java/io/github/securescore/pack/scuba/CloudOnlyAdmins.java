package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.Organization;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MS.AAD.7.3v1: highly privileged users have cloud-only accounts. An account comes from on-premises
 * when Graph records {@code onPremisesSyncEnabled} true or an {@code onPremisesImmutableId} (the field
 * the baseline's instructions read; synced and federated accounts carry it): a failure. An account
 * that signs in with another identity provider (invited, federated, {@code #EXT#}) is not from
 * on-premises but not the tenant's own cloud-only account either, which the baseline's wording also
 * excludes while its own check does not look at it: a warning.
 */
final class CloudOnlyAdmins {

    private CloudOnlyAdmins() {
    }

    static RequirementOutcome evaluate(EvaluationContext context) {
        PrivilegedPopulation.Result result = PrivilegedPopulation.of(context);
        if (result.unknown() != null) {
            return result.unknown();
        }
        BitSet privileged = result.population().holders().all();
        DirectoryUsers directory = context.directory();
        BitSet fromOnPremises = new BitSet();
        BitSet unknown = new BitSet();
        BitSet elsewhere = new BitSet();
        for (int i = privileged.nextSetBit(0); i >= 0; i = privileged.nextSetBit(i + 1)) {
            if (directory.onPremises(i)) {
                fromOnPremises.set(i);
            } else if (!directory.onPremisesRecorded(i)) {
                unknown.set(i);
            }
            if (directory.externallyAuthenticated(i)) {
                elsewhere.set(i);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("highly privileged users", (long) privileged.cardinality());
        counts.put("from on-premises", (long) fromOnPremises.cardinality());
        counts.put("signing in elsewhere", (long) elsewhere.cardinality());
        List<String> notes = new ArrayList<>(result.population().notes());
        if (!elsewhere.isEmpty()) {
            notes.add("sign in with another identity provider (invited or federated): "
                    + GlobalAdministratorCount.labels(context, elsewhere));
        }
        if (!fromOnPremises.isEmpty()) {
            return RequirementOutcome.fail(fromOnPremises.cardinality()
                    + " highly privileged user(s) come from an on-premises directory; give them cloud-only accounts",
                    new Evidence(counts, List.of(), context.sample(fromOnPremises), notes));
        }
        if (!unknown.isEmpty()) {
            if (cloudOnlyTenant(context)) {
                notes.add("the tenant does not synchronise from on-premises (organization), so its accounts are"
                        + " cloud-only; the user records do not say so themselves");
                return elsewhere.isEmpty() ? RequirementOutcome.pass(new Evidence(counts, List.of(), List.of(), notes))
                        : signsInElsewhere(context, elsewhere, counts, notes);
            }
            return RequirementOutcome.notEvaluated(unknown.cardinality() + " highly privileged user record(s) lack"
                    + " onPremisesSyncEnabled and onPremisesImmutableId (" + GlobalAdministratorCount.labels(context, unknown)
                    + "); a snapshot recorded before they were collected cannot tell; record it again", List.of());
        }
        if (!elsewhere.isEmpty()) {
            return signsInElsewhere(context, elsewhere, counts, notes);
        }
        return RequirementOutcome.pass(new Evidence(counts, List.of(), List.of(), notes));
    }

    private static RequirementOutcome signsInElsewhere(EvaluationContext context, BitSet elsewhere,
                                                       Map<String, Long> counts, List<String> notes) {
        return RequirementOutcome.warning(elsewhere.cardinality() + " highly privileged user(s) sign in with another"
                + " identity provider, not with an account of this tenant's own; the baseline asks for cloud-only"
                + " accounts separate from other identity providers", new Evidence(counts, List.of(),
                context.sample(elsewhere), notes));
    }

    /** The organization is recorded and neither synchronises nor ever synchronised. */
    private static boolean cloudOnlyTenant(EvaluationContext context) {
        List<Organization> organizations = context.snapshot().organizations();
        return context.snapshot().state(GraphResource.ORGANIZATION).isPresent() && !organizations.isEmpty()
                && organizations.stream().noneMatch(o -> o.hybrid() || o.onPremisesLastSyncDateTime() != null);
    }
}
