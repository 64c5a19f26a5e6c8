package io.github.securescore.proposal;

import io.github.securescore.snapshot.ConditionalAccessPolicy;
import java.util.Objects;

/**
 * One proposed change to a conditional access policy.
 *
 * @param kind     what happens to the policy
 * @param policyId the policy's id: the existing one for a replacement or deletion, the file's (or a
 *                 name derived from the Terraform address) for a creation
 * @param policy   the policy as it would be; null for a deletion
 * @param origin   where the change was read: a file, or a file and a Terraform resource address
 */
public record ProposedChange(Kind kind, String policyId, ConditionalAccessPolicy policy, String origin) {

    public enum Kind { CREATE, REPLACE, DELETE }

    public ProposedChange {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(policyId);
        if ((kind == Kind.DELETE) != (policy == null)) {
            throw new IllegalArgumentException("a deletion has no policy, every other change has one");
        }
    }

    public static ProposedChange delete(String policyId, String origin) {
        return new ProposedChange(Kind.DELETE, policyId, null, origin);
    }

    /** A replacement when the snapshot has {@code policy.id()}, else a creation; decided by {@link Proposal#applyTo}. */
    public static ProposedChange upsert(String policyId, ConditionalAccessPolicy policy, String origin) {
        return new ProposedChange(Kind.REPLACE, policyId, policy, origin);
    }
}
