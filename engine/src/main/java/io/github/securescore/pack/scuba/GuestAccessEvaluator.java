package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** MS.AAD.8.1v1: guests get the limited or the restricted guest role, not member access. */
final class GuestAccessEvaluator implements RequirementEvaluator {

    static final String SAME_AS_MEMBERS = "a0b1b346-4d3e-4e8b-98f8-753987be4970";
    static final String LIMITED = "10dae51f-b6af-4016-8d66-8c2a99b929b3";
    static final String RESTRICTED = "2af84b1e-32c8-42b7-82bc-daa82404023b";

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHORIZATION_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        String role = context.snapshot().authorizationPolicy().map(AuthorizationPolicy::guestUserRoleId).orElse(null);
        if (role == null) {
            return NotRecorded.field("guestUserRoleId");
        }
        String level = level(role);
        if (level == null) {
            return NotRecorded.unknownValue("guestUserRoleId", role, "one of the three guest role template ids: "
                    + SAME_AS_MEMBERS + ", " + LIMITED + ", " + RESTRICTED);
        }
        Evidence evidence = new Evidence(Map.of(), List.of("authorizationPolicy"), List.of(),
                List.of("guest access: " + level + " (guestUserRoleId " + role + ")"));
        String id = role.toLowerCase(Locale.ROOT);
        return id.equals(LIMITED) || id.equals(RESTRICTED) ? RequirementOutcome.pass(evidence)
                : RequirementOutcome.fail("guests have " + level + " access to directory objects", evidence);
    }

    /** How much guests see with this guest role template, or null when it is not one of Graph's three. */
    private static String level(String roleId) {
        return switch (roleId.toLowerCase(Locale.ROOT)) {
            case SAME_AS_MEMBERS -> "the same as members";
            case LIMITED -> "limited";
            case RESTRICTED -> "restricted";
            default -> null;
        };
    }
}
