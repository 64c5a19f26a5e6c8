package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.AuthenticationStrengthPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * MS.AAD.3.1v1 (all users) and MS.AAD.3.6v1 (highly privileged roles): a policy whose
 * authentication strength accepts only phishing-resistant methods (Windows Hello for Business,
 * FIDO2, certificate-based MFA). Built-in strengths are known by id; a custom one is judged by its
 * recorded combinations, and is unknown when the strengths could not be read.
 */
final class PhishingResistantMfaEvaluator implements RequirementEvaluator {

    private final BaselinePolicySearch.Scope scope;

    PhishingResistantMfaEvaluator(BaselinePolicySearch.Scope scope) {
        this.scope = scope;
    }

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.CONDITIONAL_ACCESS_POLICIES);
        if (missing.isPresent()) {
            return missing.get();
        }
        TenantSnapshot snapshot = context.snapshot();
        List<AuthenticationStrengthPolicy> strengths = snapshot.authenticationStrengthPolicies();
        String whom = scope == BaselinePolicySearch.Scope.ALL_USERS ? "all users" : "every highly privileged role";
        BaselinePolicySearch.Shape shape = new BaselinePolicySearch.Shape(
                p -> GrantRules.requiresPhishingResistant(p.grantControls(), strengths).orElse(false), scope, null,
                EnumSet.noneOf(PolicyNarrowing.Condition.class),
                "requires a phishing-resistant authentication strength for " + whom + " and all resources");
        RequirementOutcome outcome = BaselinePolicySearch.evaluate(snapshot.conditionalAccessPolicies(), shape, context.exclusions());
        if (outcome.status() == RequirementStatus.FAIL) {
            boolean undecided = snapshot.conditionalAccessPolicies().stream().map(ConditionalAccessPolicy::grantControls)
                    .anyMatch(g -> GrantRules.requiresPhishingResistant(g, strengths).isEmpty());
            Optional<RequirementOutcome> strengthsMissing = MissingResources.of(context,
                    GraphResource.AUTHENTICATION_STRENGTH_POLICIES);
            if (undecided && strengthsMissing.isPresent()) {
                // a custom strength might be phishing-resistant: unknown is not a failure
                return RequirementOutcome.notEvaluated("a policy names a custom authentication strength, and "
                        + strengthsMissing.get().reason(), strengthsMissing.get().missingPermissions());
            }
        }
        return SecurityDefaultsNote.add(outcome, context);
    }
}
