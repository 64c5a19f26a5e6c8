package io.github.securescore.snapshot;

import java.util.BitSet;

/**
 * The users among a group's transitive members, as indexes into {@link DirectoryUsers}
 * (nested groups are already flattened by Graph's {@code transitiveMembers}).
 */
public final class GroupMembers {

    private final String groupId;
    private final BitSet users;

    GroupMembers(String groupId, BitSet users) {
        this.groupId = groupId;
        this.users = users;
    }

    public String groupId() {
        return groupId;
    }

    public boolean contains(int userIndex) {
        return userIndex >= 0 && users.get(userIndex);
    }

    /** A copy of the member indexes. */
    public BitSet users() {
        return (BitSet) users.clone();
    }

    public int count() {
        return users.cardinality();
    }
}
