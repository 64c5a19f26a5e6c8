package io.github.securescore.snapshot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Graph resources a snapshot records, keyed as in the snapshot format, with the
 * application permission that reads each one (so "not evaluated" can name what is missing).
 * Most are Graph v1.0; a key starting {@code beta/} is read from Graph beta ({@link ApiVersion}).
 */
public enum GraphResource {
    ORGANIZATION("organization", Shape.COLLECTION, "Organization.Read.All"),
    DOMAINS("domains", Shape.COLLECTION, "Domain.Read.All"),
    USERS("users", Shape.COLLECTION, "User.Read.All"),
    USER_REGISTRATION_DETAILS("reports/authenticationMethods/userRegistrationDetails", Shape.COLLECTION,
            "AuditLog.Read.All"),
    ROLE_DEFINITIONS("roleManagement/directory/roleDefinitions", Shape.COLLECTION, "RoleManagement.Read.Directory"),
    ROLE_ASSIGNMENTS("roleManagement/directory/roleAssignments", Shape.COLLECTION, "RoleManagement.Read.Directory"),
    CONDITIONAL_ACCESS_POLICIES("identity/conditionalAccess/policies", Shape.COLLECTION, "Policy.Read.All"),
    SECURITY_DEFAULTS("policies/identitySecurityDefaultsEnforcementPolicy", Shape.SINGLETON, "Policy.Read.All"),
    AUTHORIZATION_POLICY("policies/authorizationPolicy", Shape.SINGLETON, "Policy.Read.All"),
    /** One key per group, {@code groups/{id}/transitiveMembers}; see {@link #groupMembersKey(String)}. */
    GROUP_TRANSITIVE_MEMBERS("groups/{id}/transitiveMembers", Shape.COLLECTION, "GroupMember.Read.All"),
    SUBSCRIBED_SKUS("subscribedSkus", Shape.COLLECTION, "Organization.Read.All"),
    SECURE_SCORES("security/secureScores", Shape.COLLECTION, "SecurityEvents.Read.All"),
    SECURE_SCORE_CONTROL_PROFILES("security/secureScoreControlProfiles", Shape.COLLECTION, "SecurityEvents.Read.All"),
    ON_PREMISES_SYNCHRONIZATION("directory/onPremisesSynchronization", Shape.COLLECTION,
            "OnPremDirectorySynchronization.Read.All"),
    // Microsoft Entra recommendations (Graph beta only): where Entra's Identity Secure Score lives per action
    DIRECTORY_RECOMMENDATIONS("beta/directory/recommendations", Shape.COLLECTION, "DirectoryRecommendations.Read.All"),
    /** Entra's daily tenant score ({@code recommendation: tenantSecureScores}), newest first. */
    TENANT_SECURE_SCORES("beta/directory/recommendations/tenantSecureScores", Shape.COLLECTION,
            "DirectoryRecommendations.Read.All"),
    // the SCuBA Entra ID pack (sections 1, 2, 3, 5, 6, 8); format /2
    AUTHENTICATION_METHODS_POLICY("policies/authenticationMethodsPolicy", Shape.SINGLETON, "Policy.Read.All"),
    AUTHENTICATION_STRENGTH_POLICIES("policies/authenticationStrengthPolicies", Shape.COLLECTION, "Policy.Read.All"),
    ADMIN_CONSENT_REQUEST_POLICY("policies/adminConsentRequestPolicy", Shape.SINGLETON, "Policy.Read.All");

    /** Whether Graph answers with a {@code {"value": [...]}} page or the entity itself. */
    public enum Shape { COLLECTION, SINGLETON }

    /**
     * The Graph API version a resource is read from. A beta resource's key starts with
     * {@code beta/}, so that a key still names one request; v1.0 keys carry no prefix (format /1).
     */
    public enum ApiVersion {
        V1_0("v1.0"), BETA("beta");

        private final String segment;

        ApiVersion(String segment) {
            this.segment = segment;
        }

        /** The version segment of Graph's URL: {@code v1.0} or {@code beta}. */
        public String segment() {
            return segment;
        }
    }

    private static final String BETA_PREFIX = "beta/";

    private static final String GROUP_PREFIX = "groups/";
    private static final String GROUP_SUFFIX = "/transitiveMembers";

    private final String key;
    private final Shape shape;
    private final String permission;

    GraphResource(String key, Shape shape, String permission) {
        this.key = key;
        this.shape = shape;
        this.permission = permission;
    }

    /** The key in the snapshot's {@code resources} object (the Graph path, prefixed {@code beta/} for beta). */
    public String key() {
        return key;
    }

    public ApiVersion apiVersion() {
        return apiVersionOf(key);
    }

    /** The API version a snapshot key is read from. */
    public static ApiVersion apiVersionOf(String key) {
        return key.startsWith(BETA_PREFIX) ? ApiVersion.BETA : ApiVersion.V1_0;
    }

    /** The Graph path of a snapshot key, under its API version's root. */
    public static String graphPathOf(String key) {
        return key.startsWith(BETA_PREFIX) ? key.substring(BETA_PREFIX.length()) : key;
    }

    public Shape shape() {
        return shape;
    }

    /** The least-privileged Microsoft Graph application permission that reads this resource. */
    public String permission() {
        return permission;
    }

    public static String groupMembersKey(String groupId) {
        return GROUP_PREFIX + groupId + GROUP_SUFFIX;
    }

    /** The group id of a {@code groups/{id}/transitiveMembers} key, if it is one. */
    public static Optional<String> groupIdOf(String key) {
        if (key.startsWith(GROUP_PREFIX) && key.endsWith(GROUP_SUFFIX)
                && key.length() > GROUP_PREFIX.length() + GROUP_SUFFIX.length()) {
            return Optional.of(key.substring(GROUP_PREFIX.length(), key.length() - GROUP_SUFFIX.length()));
        }
        return Optional.empty();
    }

    /** The resource a snapshot key stands for, if the format knows it. */
    public static Optional<GraphResource> ofKey(String key) {
        if (groupIdOf(key).isPresent()) {
            return Optional.of(GROUP_TRANSITIVE_MEMBERS);
        }
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
