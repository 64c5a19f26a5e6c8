package io.github.securescore.graph;

import io.github.securescore.snapshot.GraphResource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Graph read: the snapshot key it is recorded under, the query that asks only for what the
 * evaluators use, and the fields kept from each entity.
 *
 * @param firstPageOnly the query's {@code $top} is the number of entities wanted, not a page size
 */
record ResourceRequest(String key, GraphResource.Shape shape, Map<String, String> query, FieldSelection selection,
                       boolean firstPageOnly) {

    /** Graph's largest page for the collections that allow {@code $top}. */
    static final int PAGE_SIZE = 999;

    /**
     * Asks Graph for the members of evolvable enums added after {@code unknownFutureValue}: without it the
     * recommendations' statuses riskAccepted, thirdParty, planned, alternateMitigation (and the category
     * mdiSecureScore) come back as unknownFutureValue. Sent only to those resources, so that no v1.0
     * answer changes shape under the evaluators.
     */
    static final String PREFER_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    /** The first page's URL under the Graph root ({@code graphRoot} is the v1.0 root; beta keys go to beta). */
    String url(String graphRoot) {
        StringBuilder url = new StringBuilder(rootFor(graphRoot, GraphResource.apiVersionOf(key))).append('/')
                .append(GraphResource.graphPathOf(key));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            separator = '&';
        }
        return url.toString();
    }

    /** The {@code Prefer} header this request carries on every page, or null. */
    String prefer() {
        return GraphResource.apiVersionOf(key) == GraphResource.ApiVersion.BETA ? PREFER_UNKNOWN_ENUM_MEMBERS : null;
    }

    /** The same Graph endpoint at another API version: the v1.0 root's last segment is replaced. */
    static String rootFor(String graphRoot, GraphResource.ApiVersion version) {
        String v1 = "/" + GraphResource.ApiVersion.V1_0.segment();
        if (version == GraphResource.ApiVersion.V1_0) {
            return graphRoot;
        }
        String base = graphRoot.endsWith(v1) ? graphRoot.substring(0, graphRoot.length() - v1.length()) : graphRoot;
        return base + "/" + version.segment();
    }

    /** Every resource of the snapshot format except the per-group members, which depend on what these return. */
    static List<ResourceRequest> directory(CollectionSettings settings) {
        List<ResourceRequest> requests = new ArrayList<>();
        requests.add(collection(GraphResource.ORGANIZATION, true, false, FieldSelection.of("id", "displayName",
                "onPremisesSyncEnabled", "onPremisesLastSyncDateTime", "onPremisesLastPasswordSyncDateTime")));
        requests.add(collection(GraphResource.DOMAINS, true, false, FieldSelection.of("id", "authenticationType",
                "isVerified", "isRoot", "isDefault", "passwordValidityPeriodInDays")));
        requests.add(collection(GraphResource.USERS, true, true, FieldSelection.of("id", "accountEnabled", "userType",
                "displayName", "userPrincipalName", "creationType", "externalUserState", "identities")
                // conditional access tells guest and external user types apart by how an account signs in
                .with("identities", FieldSelection.of("signInType", "issuer"))));
        requests.add(collection(GraphResource.USER_REGISTRATION_DETAILS, true, true, FieldSelection.of("id", "userType",
                "isMfaRegistered", "isSsprEnabled", "userDisplayName", "userPrincipalName")));
        requests.add(collection(GraphResource.ROLE_DEFINITIONS, true, false, FieldSelection.of("id", "displayName",
                "templateId", "isBuiltIn")));
        // $expand=principal records each principal's @odata.type: users, groups and service principals differ
        ResourceRequest assignments = collection(GraphResource.ROLE_ASSIGNMENTS, true, false,
                FieldSelection.of("id", "principalId", "roleDefinitionId", "directoryScopeId", "principal")
                        .with("principal", FieldSelection.of("id", "displayName")));
        Map<String, String> expand = new LinkedHashMap<>(assignments.query());
        expand.put("$expand", "principal");
        requests.add(new ResourceRequest(assignments.key(), assignments.shape(), orderedCopy(expand),
                assignments.selection(), false));
        requests.add(collection(GraphResource.CONDITIONAL_ACCESS_POLICIES, true, false, FieldSelection.of("id",
                "displayName", "state", "conditions", "grantControls")));
        requests.add(singleton(GraphResource.SECURITY_DEFAULTS, FieldSelection.of("id", "isEnabled")));
        requests.add(singleton(GraphResource.AUTHORIZATION_POLICY, FieldSelection.of("id", "defaultUserRolePermissions",
                        "allowInvitesFrom", "guestUserRoleId")
                .with("defaultUserRolePermissions", FieldSelection.of("permissionGrantPoliciesAssigned",
                        "allowedToCreateApps"))));
        requests.add(collection(GraphResource.SUBSCRIBED_SKUS, false, false, FieldSelection.of("skuId",
                "skuPartNumber", "capabilityStatus", "servicePlans")
                .with("servicePlans", FieldSelection.of("servicePlanName", "provisioningStatus"))));
        // the security API takes $top as "how many days", newest first; no $select there
        requests.add(new ResourceRequest(GraphResource.SECURE_SCORES.key(), GraphResource.Shape.COLLECTION,
                Map.of("$top", Integer.toString(settings.secureScoreDays())),
                FieldSelection.of("id", "createdDateTime", "currentScore", "maxScore", "activeUserCount",
                        "licensedUserCount", "averageComparativeScores", "controlScores")
                        .with("controlScores", FieldSelection.of("controlName", "controlCategory", "score",
                                "description", "implementationStatus", "lastSynced", "scoreInPercentage", "count",
                                "total", "on")),
                true));
        requests.add(collection(GraphResource.SECURE_SCORE_CONTROL_PROFILES, false, false, FieldSelection.of("id",
                "title", "controlCategory", "maxScore", "userImpact", "implementationCost", "deprecated",
                "controlStateUpdates", "actionUrl")));
        requests.add(collection(GraphResource.ON_PREMISES_SYNCHRONIZATION, false, false, FieldSelection.of("id",
                "features").with("features", FieldSelection.of("passwordSyncEnabled"))));
        // Graph beta; impactedResources is not expanded (unbounded: every unregistered account for MFA registration)
        requests.add(collection(GraphResource.DIRECTORY_RECOMMENDATIONS, true, false, FieldSelection.of("id",
                "recommendationType", "category", "categoryGroup", "displayName", "currentScore", "maxScore", "status",
                "priority", "benefits", "remediationImpact", "lastModifiedBy", "lastModifiedDateTime", "actionSteps")
                .with("actionSteps", FieldSelection.of("stepNumber", "text", "actionUrl")
                        .with("actionUrl", FieldSelection.of("displayName", "url")))));
        // a function of the collection: no $select documented
        requests.add(collection(GraphResource.TENANT_SECURE_SCORES, false, false, FieldSelection.of("tenantScore",
                "tenantMaxScore", "createDateTime")));
        // the SCuBA Entra ID pack; Graph takes no $select on these policies, the fields are kept here
        requests.add(singleton(GraphResource.AUTHENTICATION_METHODS_POLICY, FieldSelection.of("id",
                "policyMigrationState", "authenticationMethodConfigurations").with("authenticationMethodConfigurations",
                FieldSelection.of("id", "state", "featureSettings"))));
        requests.add(collection(GraphResource.AUTHENTICATION_STRENGTH_POLICIES, false, false, FieldSelection.of("id",
                "displayName", "policyType", "allowedCombinations")));
        requests.add(singleton(GraphResource.ADMIN_CONSENT_REQUEST_POLICY, FieldSelection.of("id", "isEnabled",
                "reviewers").with("reviewers", FieldSelection.of("query", "queryType", "queryRoot"))));
        return requests;
    }

    /** The transitive members of one group: only ids and types, 999 a page. */
    static ResourceRequest groupMembers(String groupId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("$select", "id");
        query.put("$top", Integer.toString(PAGE_SIZE));
        return new ResourceRequest(GraphResource.groupMembersKey(groupId), GraphResource.Shape.COLLECTION,
                orderedCopy(query), FieldSelection.of("id"), false);
    }

    private static ResourceRequest collection(GraphResource resource, boolean select, boolean top,
                                              FieldSelection selection) {
        Map<String, String> query = new LinkedHashMap<>();
        if (select) {
            query.put("$select", selection.select());
        }
        if (top) {
            query.put("$top", Integer.toString(PAGE_SIZE));
        }
        return new ResourceRequest(resource.key(), GraphResource.Shape.COLLECTION, orderedCopy(query), selection, false);
    }

    private static ResourceRequest singleton(GraphResource resource, FieldSelection selection) {
        return new ResourceRequest(resource.key(), GraphResource.Shape.SINGLETON, Map.of(), selection, false);
    }

    private static Map<String, String> orderedCopy(Map<String, String> query) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }
}
