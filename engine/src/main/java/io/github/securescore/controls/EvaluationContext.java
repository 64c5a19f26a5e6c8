package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One snapshot with what several evaluators share: role holders, conditional access coverage,
 * the enabled-user population and the security defaults. Computed once per assessment.
 */
public final class EvaluationContext {

    private final TenantSnapshot snapshot;
    private final DirectoryRoles roles;
    private final ConditionalAccessCoverage coverage;
    private final BitSet[] enabledUsers;
    private final AcceptedExclusions exclusions;

    public EvaluationContext(TenantSnapshot snapshot) {
        this.snapshot = snapshot;
        this.roles = new DirectoryRoles(snapshot);
        this.coverage = new ConditionalAccessCoverage(snapshot, roles);
        this.enabledUsers = new BitSet[1];
        this.exclusions = AcceptedExclusions.NONE;
    }

    private EvaluationContext(EvaluationContext shared, AcceptedExclusions exclusions) {
        this.snapshot = shared.snapshot;
        this.roles = shared.roles;
        this.coverage = shared.coverage;
        this.enabledUsers = shared.enabledUsers;
        this.exclusions = exclusions;
    }

    /**
     * This context for one requirement: the same snapshot and shared computations (nothing is
     * recomputed), with the accepted exclusions that apply to that requirement.
     */
    public EvaluationContext withExclusions(AcceptedExclusions exclusions) {
        return new EvaluationContext(this, exclusions);
    }

    /** The policy file's accepted exclusions for the requirement being evaluated; none for the score's actions. */
    public AcceptedExclusions exclusions() {
        return exclusions;
    }

    public TenantSnapshot snapshot() {
        return snapshot;
    }

    public DirectoryRoles roles() {
        return roles;
    }

    public ConditionalAccessCoverage coverage() {
        return coverage;
    }

    public DirectoryUsers directory() {
        return snapshot.directory();
    }

    /** Users listed with {@code accountEnabled} true and {@code userType} Member. */
    public BitSet enabledUsers() {
        if (enabledUsers[0] == null) {
            DirectoryUsers d = snapshot.directory();
            BitSet result = new BitSet(d.size());
            for (int i = 0; i < d.size(); i++) {
                if (d.isUser(i) && d.accountEnabled(i) && d.member(i)) {
                    result.set(i);
                }
            }
            enabledUsers[0] = result;
        }
        return (BitSet) enabledUsers[0].clone();
    }

    /** Security defaults are recorded as on. */
    public boolean securityDefaultsEnabled() {
        return snapshot.state(GraphResource.SECURITY_DEFAULTS).isPresent()
                && snapshot.securityDefaults().map(s -> s.enabled()).orElse(false);
    }

    /**
     * "Not evaluated" when any of these resources failed or was not collected, naming the
     * permissions that read them.
     */
    public Optional<Evaluation> unavailable(GraphResource... resources) {
        List<String> problems = new ArrayList<>();
        Set<String> permissions = new LinkedHashSet<>();
        for (GraphResource resource : resources) {
            ResourceState state = snapshot.state(resource);
            if (state.isPresent()) {
                continue;
            }
            permissions.add(resource.permission());
            if (state.kind() == ResourceState.Kind.FAILED) {
                problems.add(resource.key() + " answered " + state.error().status()
                        + (state.error().code() != null ? " " + state.error().code() : "")
                        + " (needs " + resource.permission() + ")");
            } else {
                problems.add(resource.key() + " was not collected (needs " + resource.permission() + ")");
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Evaluation.notEvaluated(String.join("; ", problems), List.copyOf(permissions)));
    }

    /** "Not evaluated" because the members of these groups are unknown. */
    public Evaluation unreadableGroups(Set<String> groups) {
        String permission = GraphResource.GROUP_TRANSITIVE_MEMBERS.permission();
        return Evaluation.notEvaluated("transitive members of group(s) " + String.join(", ", groups)
                + " were not readable (needs " + permission + ")", List.of(permission));
    }

    /** Up to {@link Evidence#SAMPLE} accounts, by label, in directory order. */
    public List<String> sample(BitSet accounts) {
        List<String> labels = new ArrayList<>();
        DirectoryUsers d = snapshot.directory();
        for (int i = accounts.nextSetBit(0); i >= 0 && labels.size() < Evidence.SAMPLE; i = accounts.nextSetBit(i + 1)) {
            labels.add(d.label(i));
        }
        return labels;
    }
}
