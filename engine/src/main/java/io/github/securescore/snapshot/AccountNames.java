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
}
