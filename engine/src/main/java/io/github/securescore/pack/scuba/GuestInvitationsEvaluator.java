package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.Evidence;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.AuthorizationPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MS.AAD.8.2v1: only admins and holders of the Guest Inviter role invite guests
 * ({@code allowInvitesFrom} {@code adminsAndGuestInviters}); {@code none}, nobody invites, is stricter and passes.
 */
final class GuestInvitationsEvaluator implements RequirementEvaluator {

    @Override
    public RequirementOutcome evaluate(EvaluationContext context) {
        Optional<RequirementOutcome> missing = MissingResources.of(context, GraphResource.AUTHORIZATION_POLICY);
        if (missing.isPresent()) {
            return missing.get();
        }
        String from = context.snapshot().authorizationPolicy().map(AuthorizationPolicy::allowInvitesFrom).orElse(null);
        if (from == null) {
            return NotRecorded.field("allowInvitesFrom");
        }
        Evidence evidence = new Evidence(Map.of(), List.of("authorizationPolicy"), List.of(),
                List.of("allowInvitesFrom is " + from));
        return switch (from) {
            case "adminsAndGuestInviters", "none" -> RequirementOutcome.pass(evidence);
            case "adminsGuestInvitersAndAllMembers" ->
                    RequirementOutcome.fail("guests may be invited by every member user", evidence);
            case "everyone" -> RequirementOutcome.fail("guests may be invited by everyone, guests included", evidence);
            default -> NotRecorded.unknownValue("allowInvitesFrom", from,
                    "none, adminsAndGuestInviters, adminsGuestInvitersAndAllMembers or everyone");
        };
    }
}
