package io.github.securescore.bench;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.pack.scuba.ScubaLogging;
import io.github.securescore.pack.scuba.ScubaPrivilegedAccess;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.TenantSnapshot;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What selecting the SCuBA pack adds to a check: the score alone (read, one evaluation context,
 * assess) against the same plus the pack's requirements evaluated on that same context. The pack is
 * {@code scuba-aad} from the pack catalog when one is on the class path; until it is wired there,
 * the sections this engine has as requirement lists (4 and 7).
 */
final class PackCost {

    private final Path snapshot;
    private final LocalDate today;
    private final List<Requirement> requirements;
    private final String source;
    private final Assessor assessor = new Assessor();
    private Map<RequirementStatus, Integer> statuses = Map.of();
    private final List<Long> packNanos = new ArrayList<>();

    PackCost(Path snapshot, LocalDate today) {
        this.snapshot = snapshot;
        this.today = today;
        var pack = PackCatalog.load().pack("scuba-aad");
        if (pack.isPresent()) {
            this.requirements = pack.get().requirements();
            this.source = "pack scuba-aad " + pack.get().version();
        } else {
            List<Requirement> sections = new ArrayList<>(ScubaLogging.requirements());
            sections.addAll(ScubaPrivilegedAccess.requirements());
            this.requirements = List.copyOf(sections);
            this.source = "SCuBA sections 4 and 7 (the scuba-aad pack is not in the catalog yet)";
        }
    }

    /** The snapshot read, one context, the identity actions assessed. */
    void scoreAlone() {
        TenantSnapshot read = new SnapshotReader().read(snapshot);
        EvaluationContext context = new EvaluationContext(read);
        Reference.reachabilityFence(assessor.assess(context, List.of(), today));
    }

    /** The same, and every requirement of the pack on the same context. */
    void scoreAndPack() {
        TenantSnapshot read = new SnapshotReader().read(snapshot);
        EvaluationContext context = new EvaluationContext(read);
        Reference.reachabilityFence(assessor.assess(context, List.of(), today));
        Map<RequirementStatus, Integer> counted = new EnumMap<>(RequirementStatus.class);
        long start = System.nanoTime();
        for (Requirement requirement : requirements) {
            counted.merge(requirement.evaluator().evaluate(context).status(), 1, Integer::sum);
        }
        packNanos.add(System.nanoTime() - start);
        statuses = counted;
    }

    String source() {
        return source;
    }

    int requirementCount() {
        return requirements.size();
    }

    /** The pack's requirements alone, per {@link #scoreAndPack()} run (the warm-up's first), in nanoseconds. */
    List<Long> packNanos() {
        return List.copyOf(packNanos);
    }

    /** How the last {@link #scoreAndPack()} found the requirements. */
    Map<RequirementStatus, Integer> statuses() {
        return statuses;
    }
}
