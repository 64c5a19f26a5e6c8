package io.github.securescore.snapshot;

import java.util.List;

/**
 * A snapshot with its policies replaced, as a proposed change would leave the tenant: the
 * directory, roles, groups and everything else stay the snapshot's own. The recorded states stay
 * too, so a resource that could not be read stays unread (and its actions not evaluated) whatever
 * is proposed on top of it.
 */
public final class SnapshotRevision {

    private SnapshotRevision() {
    }

    /**
     * @param policies           the conditional access policies after the change
     * @param securityDefaults   the security defaults after the change, or null for none recorded
     * @param authorization      the authorization policy after the change, or null for none recorded
     */
    public static TenantSnapshot revise(TenantSnapshot base, String source, List<ConditionalAccessPolicy> policies,
                                        SecurityDefaults securityDefaults, AuthorizationPolicy authorization) {
        SnapshotContent content = new SnapshotContent(base.directory());
        content.source = source;
        content.tenantId = base.tenantId();
        content.capturedAt = base.capturedAt();
        content.states.putAll(base.states());
        content.organizations.addAll(base.organizations());
        content.domains.addAll(base.domains());
        content.roleDefinitions.addAll(base.roleDefinitions());
        content.roleAssignments.addAll(base.roleAssignments());
        content.conditionalAccessPolicies.addAll(policies);
        content.securityDefaults = securityDefaults;
        content.authorizationPolicy = authorization;
        content.groupMembers.putAll(base.groupMembers());
        content.subscribedSkus.addAll(base.subscribedSkus());
        content.secureScores.addAll(base.secureScores());
        content.controlProfiles.addAll(base.controlProfiles());
        content.onPremisesSynchronization.addAll(base.onPremisesSynchronization());
        content.recommendations.addAll(base.recommendations());
        content.tenantSecureScores.addAll(base.tenantSecureScores());
        content.authenticationMethodsPolicy = base.authenticationMethodsPolicy().orElse(null);
        content.authenticationStrengthPolicies.addAll(base.authenticationStrengthPolicies());
        content.adminConsentRequestPolicy = base.adminConsentRequestPolicy().orElse(null);
        return new TenantSnapshot(content);
    }
}
