package io.github.securescore.pack;

import io.github.securescore.controls.AcceptedExclusion;
import java.util.List;
import java.util.Optional;

/**
 * A pack's requirements as one check found them, with the counts its gates read.
 *
 * @param expiredOmissions  the policy's omissions for this pack past their expiry (no longer applied)
 * @param expiredExclusions the policy's accepted exclusions for this pack's requirements past their
 *                          expiry (no longer offered to its evaluators)
 */
public record PackResult(Pack pack, List<RequirementResult> results, List<PackOmission> expiredOmissions,
                         List<AcceptedExclusion> expiredExclusions) {

    public PackResult {
        results = List.copyOf(results);
        expiredOmissions = List.copyOf(expiredOmissions);
        expiredExclusions = List.copyOf(expiredExclusions);
    }

    public PackResult(Pack pack, List<RequirementResult> results, List<PackOmission> expiredOmissions) {
        this(pack, results, expiredOmissions, List.of());
    }

    public Optional<RequirementResult> result(String requirementId) {
        return results.stream().filter(r -> r.requirement().id().equals(requirementId)).findFirst();
    }

    /** Requirements that count: not omitted, evaluated and applicable. */
    public long counted(Obligation obligation) {
        return results.stream().filter(r -> !r.omitted() && r.requirement().obligation() == obligation)
                .filter(r -> r.status() != RequirementStatus.NOT_APPLICABLE
                        && r.status() != RequirementStatus.NOT_EVALUATED)
                .count();
    }

    public long passed(Obligation obligation) {
        return results.stream().filter(r -> !r.omitted() && r.requirement().obligation() == obligation)
                .filter(r -> r.status() == RequirementStatus.PASS).count();
    }

    /** Failures that count (not omitted), of any obligation; warnings are not failures. */
    public long failures() {
        return results.stream().filter(r -> !r.omitted() && r.status() == RequirementStatus.FAIL).count();
    }

    /** Requirements (not omitted) left not evaluated, manual ones included. */
    public long notEvaluated() {
        return results.stream().filter(r -> !r.omitted() && r.status() == RequirementStatus.NOT_EVALUATED).count();
    }

    /** The share of counted SHALL requirements that pass, in percent; 100 when none count. */
    public double shallPercent() {
        long counted = counted(Obligation.SHALL);
        return counted == 0 ? 100 : passed(Obligation.SHALL) * 100.0 / counted;
    }
}
