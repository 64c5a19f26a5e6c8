package io.github.securescore.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the reader accumulates while it streams; frozen into a {@link TenantSnapshot}. */
final class SnapshotContent {

    String source;
    String tenantId;
    Instant capturedAt;
    final Map<String, ResourceState> states = new LinkedHashMap<>();
    final DirectoryUsers directory;
    final List<Organization> organizations = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final List<RoleDefinition> roleDefinitions = new ArrayList<>();
    final List<RoleAssignment> roleAssignments = new ArrayList<>();
    final List<ConditionalAccessPolicy> conditionalAccessPolicies = new ArrayList<>();
    SecurityDefaults securityDefaults;
    AuthorizationPolicy authorizationPolicy;
    final Map<String, GroupMembers> groupMembers = new HashMap<>();
    final List<SubscribedSku> subscribedSkus = new ArrayList<>();
    final List<SecureScore> secureScores = new ArrayList<>();
    final List<SecureScoreControlProfile> controlProfiles = new ArrayList<>();
    final List<OnPremisesSynchronization> onPremisesSynchronization = new ArrayList<>();
    final List<Recommendation> recommendations = new ArrayList<>();
    final List<TenantSecureScore> tenantSecureScores = new ArrayList<>();
    // the SCuBA Entra ID pack
    AuthenticationMethodsPolicy authenticationMethodsPolicy;
    final List<AuthenticationStrengthPolicy> authenticationStrengthPolicies = new ArrayList<>();
    AdminConsentRequestPolicy adminConsentRequestPolicy;

    SnapshotContent(DirectoryUsers directory) {
        this.directory = directory;
    }
}
