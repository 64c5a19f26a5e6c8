package io.github.securescore.proposal;

import java.util.List;

/**
 * One proposed change as the reports tell it.
 *
 * @param change     the change, resolved against the snapshot (create, replace or delete)
 * @param name       the policy's display name (the proposed one, else the snapshot's), or its id
 * @param sentences  what would change, each a sentence from the evidence: "policy Block legacy auth would
 *                   exclude group 1b2c… (1,204 enabled members)"
 */
public record PolicyChange(ProposedChange change, String name, List<String> sentences) {

    public PolicyChange {
        sentences = List.copyOf(sentences);
    }
}
