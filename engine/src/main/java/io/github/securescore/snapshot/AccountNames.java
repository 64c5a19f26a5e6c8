package io.github.securescore.snapshot;

/**
 * Display names and user principal names of directory accounts. Scoring never needs them: they
 * only label the few accounts an action lists as evidence, so how they are kept is chosen by
 * where the snapshot comes from (see {@link SnapshotReader}).
 */
sealed interface AccountNames permits RecordedAccountNames, SnapshotFileAccountNames {

    /** Display name of the account at this directory index, or null. */
    String displayName(int index);

    /** User principal name of the account at this directory index, or null. */
    String userPrincipalName(int index);

    /** Whether the reader must copy names into its batches (else it only checks them and notes where records start). */
    boolean keepsText();

    /** Records the names of record {@code k} of the batch as those of this directory index, replacing earlier ones. */
    void record(int index, AccountBatch batch, int k);
}
