package io.github.securescore.proposal;

import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.SecurityDefaults;
import io.github.securescore.snapshot.SnapshotRevision;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposed changes to a tenant's policies, as read from files: conditional access policies to
 * create, replace or delete, and new security defaults or authorization policy.
 *
 * @param changes          conditional access changes in the order they were read (a later one on
 *                         the same id wins, as a later commit would)
 * @param securityDefaults the proposed security defaults, or null for unchanged
 * @param authorization    the proposed authorization policy, or null for unchanged
 * @param unknowns         what the input left open and the tool did not guess: attributes it does
 *                         not know, values Terraform knows only after apply
 * @param sources          the files read
 */
public record Proposal(List<ProposedChange> changes, SecurityDefaults securityDefaults,
                       AuthorizationPolicy authorization, List<String> unknowns, List<String> sources) {

    public Proposal {
        changes = List.copyOf(changes);
        unknowns = List.copyOf(unknowns);
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && securityDefaults == null && authorization == null;
    }

    /** The changes as they apply to {@code base}: an upsert of an id the snapshot lacks is a creation. */
    public List<ProposedChange> resolvedAgainst(TenantSnapshot base) {
        Map<String, ConditionalAccessPolicy> existing = byId(base.conditionalAccessPolicies());
        List<ProposedChange> resolved = new ArrayList<>();
        for (ProposedChange change : changes) {
            if (change.kind() == ProposedChange.Kind.DELETE) {
                resolved.add(change);
            } else {
                ProposedChange.Kind kind = existing.containsKey(change.policyId())
                        ? ProposedChange.Kind.REPLACE : ProposedChange.Kind.CREATE;
                resolved.add(new ProposedChange(kind, change.policyId(), change.policy(), change.origin()));
            }
        }
        return List.copyOf(resolved);
    }

    /** The snapshot as the tenant would be after the changes. */
    public TenantSnapshot applyTo(TenantSnapshot base) {
        Map<String, ConditionalAccessPolicy> policies = byId(base.conditionalAccessPolicies());
        for (ProposedChange change : changes) {
            if (change.kind() == ProposedChange.Kind.DELETE) {
                policies.remove(change.policyId());
            } else {
                policies.put(change.policyId(), change.policy());
            }
        }
        return SnapshotRevision.revise(base, base.source() + " with proposed changes",
                new ArrayList<>(policies.values()),
                securityDefaults != null ? securityDefaults : base.securityDefaults().orElse(null),
                authorization != null ? authorization : base.authorizationPolicy().orElse(null));
    }

    private static Map<String, ConditionalAccessPolicy> byId(List<ConditionalAccessPolicy> policies) {
        Map<String, ConditionalAccessPolicy> byId = new LinkedHashMap<>();
        for (ConditionalAccessPolicy policy : policies) {
            byId.put(policy.id() == null ? "" : policy.id(), policy);
        }
        return byId;
    }
}
