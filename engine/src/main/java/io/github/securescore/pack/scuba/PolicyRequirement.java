package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A requirement met by one conditional access policy of a given shape (block legacy clients,
 * block high risk, require MFA or a managed device, block device code flow). The risk conditions
 * work only with Microsoft Entra ID P2: without it a matching policy does nothing, so it fails.
 */
final class PolicyRequirement implements RequirementEvaluator {

    static final String P2_SERVICE_PLAN = "AAD_PREMIUM_P2";

    private final BaselinePolicySearch.Shape shape;
    private final boolean needsP2;

    PolicyRequirement(BaselinePolicySearch.Shape shape, boolean needsP2) {
        this.shape = shape;
        this.needsP2 = needsP2;
    }

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.CONDITIONAL_ACCESS_POLICIES);
        if (missing.isPresent()) {
            return missing.get();
        }
        if (needsP2 && context.snapshot().state(GraphResource.SUBSCRIBED_SKUS).isPresent()
                && context.snapshot().subscribedSkus().stream().noneMatch(s -> s.hasServicePlan(P2_SERVICE_PLAN))) {
            return RequirementOutcome.fail("risk conditions need Microsoft Entra ID P2, and no subscribed SKU has an"
                    + " active " + P2_SERVICE_PLAN + " service plan", new Evidence(Map.of(), List.of(), List.of(),
                    List.of("a policy with a risk condition is not enforced without the licence")));
        }
        return SecurityDefaultsNote.add(BaselinePolicySearch.evaluate(context.snapshot().conditionalAccessPolicies(),
                shape, context.exclusions()), context);
    }
}
