package io.github.securescore.controls;

import io.github.securescore.controls.ConditionalAccessCoverage.Condition;
import io.github.securescore.controls.ConditionalAccessCoverage.Grant;
import io.github.securescore.controls.ConditionalAccessCoverage.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * insiderRiskPolicy (Entra recommendation "Protect your tenant with Insider Risk Conditional Access policy"):
 * the share of enabled users a policy blocks when Purview rates their insider risk elevated. The insider
 * risk condition needs Entra ID P2 and Purview Adaptive Protection: a tenant without P2, or whose Microsoft data
 * does not list the action, has nothing to do here (not applicable).
 */
public final class InsiderRiskPolicyEvaluator implements ImprovementActionEvaluator {

    static final String P2_SERVICE_PLAN = "AAD_PREMIUM_P2";
    private static final Requirement REQUIREMENT = new Requirement(Grant.BLOCK, Condition.ELEVATED_INSIDER_RISK);

    @Override
    public String controlName() {
        return "insiderRiskPolicy";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        // Microsoft counts the action only where Purview Adaptive Protection is licensed, which Graph's identity
        // resources cannot show; Microsoft's own control profiles or Entra recommendations listing it are the
        // evidence that it applies.
        boolean listedByMicrosoft = context.snapshot().controlProfiles().stream()
                .anyMatch(p -> controlName().equalsIgnoreCase(p.id()))
                || context.snapshot().scoredRecommendation(controlName()).isPresent();
        if (!listedByMicrosoft) {
            return Evaluation.notApplicable("Microsoft's data does not list insiderRiskPolicy for this tenant",
                    new Evidence(Map.of(), List.of(), List.of(), List.of("the action applies only where Microsoft's "
                            + "secureScoreControlProfiles or Entra recommendations list insiderRiskPolicy (Purview Adaptive Protection is not readable here)")));
        }
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.SUBSCRIBED_SKUS)
                .or(() -> context.unavailable(GraphResource.USERS));
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        boolean p2 = context.snapshot().subscribedSkus().stream().anyMatch(s -> s.hasServicePlan(P2_SERVICE_PLAN));
        if (!p2) {
            return Evaluation.notApplicable("no Microsoft Entra ID P2 licence: the insider risk condition is not available",
                    new Evidence(Map.of(), List.of(), List.of(),
                            List.of("no subscribed SKU with an active " + P2_SERVICE_PLAN + " service plan")));
        }
        return PopulationCoverage.evaluate(context, context.enabledUsers(), "enabled users", REQUIREMENT, false);
    }
}
