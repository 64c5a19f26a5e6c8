package io.github.securescore.pack;

import java.util.List;

/** A pack's requirements as one check found them, with the counts its gates read. */
public record PackResult(Pack pack, List<RequirementResult> results, List<PackOmission> expiredOmissions) {

    public PackResult {
        results = List.copyOf(results);
        expiredOmissions = List.copyOf(expiredOmissions);
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

    /** Failures and warnings that count (not omitted), of any obligation. */
    public long failures() {
        return results.stream().filter(r -> !r.omitted() && r.status() == RequirementStatus.FAIL).count();
    }

    /** The share of counted SHALL requirements that pass, in percent; 100 when none count. */
    public double shallPercent() {
        long counted = counted(Obligation.SHALL);
        return counted == 0 ? 100 : passed(Obligation.SHALL) * 100.0 / counted;
    }
}
