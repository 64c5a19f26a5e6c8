package io.github.securescore.pack.scuba;

import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceError;
import io.github.securescore.snapshot.ResourceState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Not evaluated" for requirements whose resources are missing, naming the permission and, for the
 * PIM resources, the licence: Graph answers PIM's APIs with 400 or 403 in a tenant without Microsoft
 * Entra ID P2, so such an answer may mean either, and the reason says which it looks like.
 */
final class ResourceAccess {

    static final Set<GraphResource> PIM = Set.of(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES,
            GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES, GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS);

    static final String P2 = "Microsoft Entra ID P2 (Privileged Identity Management)";

    private ResourceAccess() {
    }

    /** Not evaluated when any of these resources was not read; empty when all were. */
    static Optional<RequirementOutcome> unavailable(EvaluationContext context, GraphResource... resources) {
        List<String> problems = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (GraphResource resource : resources) {
            ResourceState state = context.snapshot().state(resource);
            if (state.isPresent()) {
                continue;
            }
            if (!PIM.contains(resource)) {
                Evaluation plain = context.unavailable(resource).orElseThrow();
                problems.add(plain.reason());
                missing.addAll(plain.missingPermissions());
                continue;
            }
            missing.add(resource.permission());
            problems.add(pimProblem(context, resource, state));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RequirementOutcome.notEvaluated(String.join("; ", problems), List.copyOf(missing)));
    }

    /** The PIM resource answered an error that says the tenant has no P2 licence. */
    static boolean unlicensed(ResourceState state) {
        if (state.kind() != ResourceState.Kind.FAILED) {
            return false;
        }
        ResourceError error = state.error();
        String text = ((error.code() == null ? "" : error.code()) + " " + (error.message() == null ? "" : error.message()))
                .toLowerCase(Locale.ROOT);
        return error.status() == 400 || text.contains("licen") || text.contains("premium");
    }

    private static String pimProblem(EvaluationContext context, GraphResource resource, ResourceState state) {
        String needs = "needs " + resource.permission() + " and " + P2 + " in the tenant";
        String skus = p2Plan(context);
        if (state.kind() == ResourceState.Kind.MISSING) {
            return resource.key() + " was not collected (" + needs + ")";
        }
        ResourceError error = state.error();
        String answer = resource.key() + " answered " + error.status() + (error.code() != null ? " " + error.code() : "");
        if (unlicensed(state)) {
            return answer + ": the tenant appears to have no " + P2 + " licence" + skus
                    + "; a third-party PAM system, if one is used, cannot be read here";
        }
        return answer + " (" + needs + ")" + skus;
    }

    /** What the subscribed SKUs say about P2, when they were read. */
    private static String p2Plan(EvaluationContext context) {
        if (!context.snapshot().state(GraphResource.SUBSCRIBED_SKUS).isPresent()) {
            return "";
        }
        boolean p2 = context.snapshot().subscribedSkus().stream().anyMatch(s -> s.hasServicePlan("AAD_PREMIUM_P2"));
        return p2 ? " (a subscribed SKU has the AAD_PREMIUM_P2 plan)" : " (no subscribed SKU has the AAD_PREMIUM_P2 plan)";
    }
}
