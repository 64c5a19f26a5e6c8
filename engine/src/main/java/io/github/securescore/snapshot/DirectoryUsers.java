package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Function;

/**
 * The tenant's users joined with their authentication-method registration details, kept in
 * columns by a dense index so that a million users fit in a few tens of megabytes. Every
 * directory object id the snapshot mentions (users, registration records, group members,
 * role principals) has an index; {@link #isUser(int)} tells which ones the users collection
 * listed.
 */
public final class DirectoryUsers {

    static final int USER = 1;
    static final int ENABLED = 1 << 1;
    static final int MEMBER = 1 << 2;
    static final int GUEST = 1 << 3;
    static final int REGISTRATION = 1 << 4;
    static final int MFA_REGISTERED = 1 << 5;
    static final int SSPR_ENABLED = 1 << 6;
    static final int REGISTRATION_MEMBER = 1 << 7;
    static final int REGISTRATION_GUEST = 1 << 8;
    // names recorded: kept with the flags, which every record touches anyway, so that deciding
    // whether a registration record names its account costs no other cache miss
    private static final int NAMED = 1 << 9;
    /** Signs in with credentials from elsewhere: invited, federated or marked #EXT# (see {@link #externallyAuthenticated}). */
    static final int EXTERNAL = 1 << 10;
    static final int NO_USER_TYPE = 1 << 11;
    /** Synchronised from on-premises: {@code onPremisesSyncEnabled} true or an {@code onPremisesImmutableId} (SCuBA MS.AAD.7.3). */
    static final int ON_PREMISES = 1 << 12;
    /** The user record carried {@code onPremisesSyncEnabled} or {@code onPremisesImmutableId} (older snapshots do not). */
    static final int ON_PREMISES_RECORDED = 1 << 13;

    private final DirectoryIds ids;
    private final AccountNames names;
    private short[] flags = new short[1024];
    private final int[] batchIndexes = new int[AccountBatch.CAPACITY];

    private DirectoryUsers(Function<DirectoryIds, AccountNames> names) {
        this.ids = new DirectoryIds();
        this.names = names.apply(ids);
    }

    /** Names kept in memory, for a snapshot read from a stream. */
    static DirectoryUsers withRecordedNames() {
        return new DirectoryUsers(ids -> new RecordedAccountNames());
    }

    /** Names read back from the snapshot file when an account is labelled. */
    static DirectoryUsers withNamesIn(Path file, JsonFactory factory) {
        return new DirectoryUsers(ids -> new SnapshotFileAccountNames(file, factory, ids::id));
    }

    /** Number of indexes (users and every other object id seen). */
    public int size() {
        return ids.size();
    }

    /** The index of a directory object id, or -1. */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    public String id(int index) {
        return ids.id(index);
    }

    /** Listed in the {@code users} collection. */
    public boolean isUser(int index) {
        return has(index, USER);
    }

    public boolean accountEnabled(int index) {
        return has(index, ENABLED);
    }

    /** {@code userType} Member (from users, or from registration details when users lack it). */
    public boolean member(int index) {
        if (has(index, USER)) {
            return has(index, MEMBER);
        }
        return has(index, REGISTRATION_MEMBER);
    }

    /**
     * The account authenticates outside this directory: the users collection recorded an invitation
     * ({@code creationType} Invitation, EmailVerified or SelfServiceSignUp, or any {@code externalUserState}),
     * a federated identity, or a user principal name of the {@code #EXT#} form. Conditional access
     * calls such accounts B2B collaboration users; guests that are not external are internal guests.
     */
    public boolean externallyAuthenticated(int index) {
        return has(index, USER) && has(index, EXTERNAL);
    }

    /** The users collection gave no {@code userType} (counted as a member, as Entra lists such accounts). */
    public boolean userTypeMissing(int index) {
        return has(index, USER) && has(index, NO_USER_TYPE);
    }

    /**
     * The account comes from an on-premises directory (synchronised, or with an on-premises immutable
     * id as federated and synced accounts have): not a cloud-only account.
     */
    public boolean onPremises(int index) {
        return has(index, USER) && has(index, ON_PREMISES);
    }

    /** The users collection recorded whether this account comes from on-premises (see {@link #onPremises}). */
    public boolean onPremisesRecorded(int index) {
        return has(index, USER) && has(index, ON_PREMISES_RECORDED);
    }

    public boolean guest(int index) {
        if (has(index, USER)) {
            return has(index, GUEST);
        }
        return has(index, REGISTRATION_GUEST);
    }

    /** Listed in {@code userRegistrationDetails}. */
    public boolean hasRegistration(int index) {
        return has(index, REGISTRATION);
    }

    public boolean mfaRegistered(int index) {
        return has(index, MFA_REGISTERED);
    }

    public boolean ssprEnabled(int index) {
        return has(index, SSPR_ENABLED);
    }

    /** Display name, or null. */
    public String displayName(int index) {
        return index >= 0 && index < size() ? names.displayName(index) : null;
    }

    /** User principal name, or null. */
    public String userPrincipalName(int index) {
        return index >= 0 && index < size() ? names.userPrincipalName(index) : null;
    }

    /** How a person recognises this account in evidence: UPN, else display name, else id. */
    public String label(int index) {
        String upn = userPrincipalName(index);
        if (upn != null) {
            return upn;
        }
        String name = displayName(index);
        return name != null ? name : id(index);
    }

    /** Indexes of the users listed in the {@code users} collection. */
    public BitSet users() {
        BitSet result = new BitSet(size());
        for (int i = 0; i < size(); i++) {
            if (has(i, USER)) {
                result.set(i);
            }
        }
        return result;
    }

    /** Indexes listed in {@code userRegistrationDetails}. */
    public BitSet registrations() {
        BitSet result = new BitSet(size());
        for (int i = 0; i < size(); i++) {
            if (has(i, REGISTRATION)) {
                result.set(i);
            }
        }
        return result;
    }

    private boolean has(int index, int flag) {
        return index >= 0 && index < size() && (flags[index] & flag) != 0;
    }

    // ---- filled by the snapshot reader -------------------------------------------------

    int intern(String id) {
        return grownFor(ids.intern(id));
    }

    /**
     * Adds a batch of account records: interns their ids (together, see {@link AccountBatch}),
     * sets their flags and records their names, users' names replacing registration records'.
     * A second record of the same kind for one account (a user listed twice, two registration
     * records) is malformed: then nothing more is added and the batch keeps its records.
     *
     * @return the position in the batch of the first repeated record, or -1 when there is none
     */
    int add(AccountBatch batch) {
        int count = batch.size();
        int[] indexes = batchIndexes;
        ids.internAll(batch.halves, batch.otherIds, count, indexes);
        grownFor(ids.size() - 1);
        for (int k = 0; k < count; k++) {
            int i = indexes[k];
            int kind = batch.flags[k];
            // users and registration records share ids; only a repeat of the same kind is an error
            if ((flags[i] & kind & (USER | REGISTRATION)) != 0) {
                return k;
            }
            flags[i] |= kind;
        }
        for (int k = 0; k < count; k++) {
            AccountBatch.Naming how = batch.naming[k];
            int i = indexes[k];
            if (how == AccountBatch.Naming.REPLACE || how == AccountBatch.Naming.IF_UNNAMED && (flags[i] & NAMED) == 0) {
                flags[i] |= NAMED;
                names.record(i, batch, k);
            }
        }
        batch.clear();
        return -1;
    }

    private int grownFor(int index) {
        if (index >= flags.length) {
            flags = Arrays.copyOf(flags, Math.max(flags.length * 2, index + 1));
        }
        return index;
    }

    AccountNames names() {
        return names;
    }
}
