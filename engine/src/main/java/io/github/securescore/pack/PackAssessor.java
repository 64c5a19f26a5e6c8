package io.github.securescore.pack;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.AcceptedExclusions;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.snapshot.GraphResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one pack's requirements on a snapshot and applies the policy file's omissions and accepted
 * exclusions. A requirement whose resources were not collected or failed is not evaluated (naming
 * the permissions) without asking its evaluator; expired omissions and exclusions stop applying
 * and are reported in the result.
 */
public final class PackAssessor {

    public PackResult assess(Pack pack, EvaluationContext context, List<PackOmission> omissions,
                             List<AcceptedExclusion> exclusions, LocalDate today) {
        List<PackOmission> expiredOmissions = new ArrayList<>();
        List<AcceptedExclusion> expiredExclusions = new ArrayList<>();
        for (PackOmission omission : omissions) {
            if (omission.packId().equals(pack.id()) && omission.expiredOn(today)) {
                expiredOmissions.add(omission);
            }
        }
        for (AcceptedExclusion exclusion : exclusions) {
            if (exclusion.expiredOn(today) && pack.requirements().stream().anyMatch(r -> exclusion.appliesTo(r.id()))) {
                expiredExclusions.add(exclusion);
            }
        }
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement requirement : pack.requirements()) {
            List<AcceptedExclusion> offered = exclusions.stream()
                    .filter(e -> e.appliesTo(requirement.id()) && !e.expiredOn(today)).toList();
            AcceptedExclusions accepted = new AcceptedExclusions(offered, context.directory());
            RequirementOutcome outcome = evaluate(requirement, context.withExclusions(accepted));
            results.add(new RequirementResult(requirement, outcome, omission(pack, requirement, omissions, today),
                    accepted.applied()));
        }
        return new PackResult(pack, results, expiredOmissions, expiredExclusions);
    }

    private static RequirementOutcome evaluate(Requirement requirement, EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(requirement.resources().toArray(GraphResource[]::new));
        if (unavailable.isPresent()) {
            return RequirementOutcome.notEvaluated(unavailable.get().reason(), unavailable.get().missingPermissions());
        }
        return requirement.evaluator().evaluate(context);
    }

    private static PackOmission omission(Pack pack, Requirement requirement, List<PackOmission> omissions,
                                         LocalDate today) {
        return omissions.stream().filter(o -> o.packId().equals(pack.id())
                        && o.requirementId().equals(requirement.id()) && !o.expiredOn(today))
                .findFirst().orElse(null);
    }
}
