package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The accepted exclusions that apply to the one requirement being evaluated (unexpired, naming it
 * or all). An evaluator asks it about each account or group a policy leaves out; what it accepts
 * the requirement does not count against, and is remembered so the report shows it as applied.
 * One instance per requirement evaluation, used by one thread.
 */
public final class AcceptedExclusions {

    public static final AcceptedExclusions NONE = new AcceptedExclusions(List.of(), null);

    private final List<AcceptedExclusion> exclusions;
    private final DirectoryUsers directory;
    private final Set<AcceptedExclusion> applied = new LinkedHashSet<>();

    /** @param directory resolves user principal names to object ids; null when none is known */
    public AcceptedExclusions(List<AcceptedExclusion> exclusions, DirectoryUsers directory) {
        this.exclusions = List.copyOf(exclusions);
        this.directory = directory;
    }

    /** The accepted exclusion of this account (by object id), if there is one; it is then applied. */
    public Optional<AcceptedExclusion> account(String userId) {
        for (AcceptedExclusion e : exclusions) {
            if (e.kind() == AcceptedExclusion.Kind.ACCOUNT && namesAccount(e.subject(), userId)) {
                applied.add(e);
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The accepted exclusion of this group (by object id), if there is one; it is then applied. */
    public Optional<AcceptedExclusion> group(String groupId) {
        for (AcceptedExclusion e : exclusions) {
            if (e.kind() == AcceptedExclusion.Kind.GROUP && e.subject().equalsIgnoreCase(groupId)) {
                applied.add(e);
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Of a policy's excluded users and groups (object ids, as conditional access lists them), those
     * not accepted, as "user ID" / "group ID"; empty when every exclusion is accepted.
     */
    public List<String> unaccepted(Collection<String> excludedUsers, Collection<String> excludedGroups) {
        List<String> result = new ArrayList<>();
        for (String user : excludedUsers) {
            if (account(user).isEmpty()) {
                result.add("user " + user);
            }
        }
        for (String group : excludedGroups) {
            if (group(group).isEmpty()) {
                result.add("group " + group);
            }
        }
        return result;
    }

    /** Every exclusion on offer for this requirement. */
    public List<AcceptedExclusion> all() {
        return exclusions;
    }

    /** Those an evaluator asked about and found accepted, in the order it asked. */
    public List<AcceptedExclusion> applied() {
        return List.copyOf(applied);
    }

    private boolean namesAccount(String subject, String userId) {
        if (subject.equalsIgnoreCase(userId)) {
            return true;
        }
        if (directory == null || !subject.contains("@")) {
            return false;
        }
        int index = directory.indexOf(userId);
        String upn = index < 0 ? null : directory.userPrincipalName(index);
        return upn != null && upn.toLowerCase(Locale.ROOT).equals(subject.toLowerCase(Locale.ROOT));
    }
}
