package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds snapshot JSON in the documented format (Graph v1.0 shapes, keyed by resource path)
 * with Jackson, and reads it back through the real {@link SnapshotReader}, so tests exercise
 * the same parsing a snapshot file gets. Shipped in the engine's test-jar for the other modules.
 *
 * <p>A new fixture records every resource the identity actions read as present and empty
 * (security defaults off, no consent policy, no domains); tests add entities, replace a
 * resource with an {@link #error(String, int, String) error record} or {@link #remove(String) drop} it.
 *
 * <pre>{@code
 * TenantSnapshot snapshot = SnapshotFixture.tenant()
 *         .member("alice").guest("gary").disabled("old")
 *         .assign("alice", SnapshotFixture.GLOBAL_ADMINISTRATOR)
 *         .registration("alice", true, false)
 *         .policy(SnapshotFixture.policy("CA001 admins MFA").includeUsers()
 *                 .includeRoles(SnapshotFixture.GLOBAL_ADMINISTRATOR).grant("OR", "mfa"))
 *         .forbidden(GraphResource.DOMAINS)
 *         .read();                       // or .write(path) / .json()
 * }</pre>
 */
public final class SnapshotFixture {

    public static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    public static final String PRIVILEGED_ROLE_ADMINISTRATOR = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    public static final String SECURITY_ADMINISTRATOR = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    public static final String CONDITIONAL_ACCESS_ADMINISTRATOR = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
    public static final String EXCHANGE_ADMINISTRATOR = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public static final String SHAREPOINT_ADMINISTRATOR = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
    public static final String HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    public static final String AUTHENTICATION_ADMINISTRATOR = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    public static final String BILLING_ADMINISTRATOR = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
    public static final String USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    /** Not an admin role for the identity actions. */
    public static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    public static final String SECURITY_READER = "5d6b6bb7-de71-4623-b4af-96380a352509";

    /** Built-in authentication strengths: MFA, passwordless MFA, phishing-resistant MFA. */
    public static final String MFA_STRENGTH = "00000000-0000-0000-0000-000000000002";
    public static final String PASSWORDLESS_STRENGTH = "00000000-0000-0000-0000-000000000003";
    public static final String PHISHING_RESISTANT_STRENGTH = "00000000-0000-0000-0000-000000000004";

    public static final String LEGACY_USER_CONSENT = "ManagePermissionGrantsForSelf.microsoft-user-default-legacy";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = MAPPER.createObjectNode();
    private final ObjectNode resources;
    private int assignments;
    private int policies;

    private SnapshotFixture() {
        root.put("format", TenantSnapshot.FORMAT);
        root.put("capturedAt", "2026-11-21T10:00:00Z");
        root.put("tenantId", "11111111-2222-3333-4444-555555555555");
        resources = root.putObject("resources");
        for (GraphResource r : new GraphResource[] {GraphResource.ORGANIZATION, GraphResource.DOMAINS,
                GraphResource.USERS, GraphResource.USER_REGISTRATION_DETAILS, GraphResource.ROLE_DEFINITIONS,
                GraphResource.ROLE_ASSIGNMENTS, GraphResource.CONDITIONAL_ACCESS_POLICIES}) {
            collection(r.key());
        }
        // Graph always answers one organization: a cloud-only one unless a test says otherwise
        organization(null, null);
        securityDefaults(false);
        authorizationPolicy();
    }

    /** A tenant with every resource the identity actions read recorded as present and empty. */
    public static SnapshotFixture tenant() {
        return new SnapshotFixture();
    }

    /** A GUID-shaped directory object id, {@code 00000000-0000-0000-0000-<n>}, distinct per {@code n}. */
    public static String guid(int n) {
        return String.format(Locale.ROOT, "00000000-0000-0000-0000-%012d", n);
    }

    // ---- users -------------------------------------------------------------------------------

    /** A user with {@code accountEnabled} and {@code userType} as given (null leaves the field out). */
    public SnapshotFixture user(String id, Boolean accountEnabled, String userType) {
        ObjectNode u = collection(GraphResource.USERS.key()).addObject();
        u.put("id", id);
        if (accountEnabled != null) {
            u.put("accountEnabled", accountEnabled);
        }
        if (userType != null) {
            u.put("userType", userType);
        }
        u.put("displayName", "User " + id);
        u.put("userPrincipalName", id + "@contoso.example");
        return this;
    }

    /** An enabled Member user. */
    public SnapshotFixture member(String id) {
        return user(id, true, "Member");
    }

    /** An enabled Guest user. */
    public SnapshotFixture guest(String id) {
        return user(id, true, "Guest");
    }

    /**
     * An enabled user invited from another organisation, as Graph records a redeemed B2B invitation:
     * {@code creationType} Invitation, {@code externalUserState} Accepted, a federated identity and
     * the {@code #EXT#} principal name. {@code userType} Guest or Member.
     */
    public SnapshotFixture invited(String id, String userType) {
        return invited(id, userType, "creationType", "Invitation");
    }

    /**
     * An enabled user with one trace of an external account only: {@code field} (creationType,
     * externalUserState, identities or userPrincipalName) set to a value that shows it.
     */
    public SnapshotFixture invited(String id, String userType, String field, String value) {
        user(id, true, userType);
        ObjectNode u = (ObjectNode) collection(GraphResource.USERS.key()).get(collection(GraphResource.USERS.key()).size() - 1);
        switch (field) {
            case "identities" -> {
                ObjectNode identity = u.putArray("identities").addObject();
                identity.put("signInType", value);
                identity.put("issuer", "partner.example");
            }
            case "userPrincipalName" -> u.put("userPrincipalName", value);
            default -> u.put(field, value);
        }
        return this;
    }

    /** A disabled Member user. */
    public SnapshotFixture disabled(String id) {
        return user(id, false, "Member");
    }

    /** {@code count} enabled members with ids {@code guid(first)}, {@code guid(first + 1)}, ... */
    public SnapshotFixture members(int first, int count) {
        for (int i = first; i < first + count; i++) {
            member(guid(i));
        }
        return this;
    }

    /** A {@code userRegistrationDetails} record of a member. */
    public SnapshotFixture registration(String id, boolean mfaRegistered, boolean ssprEnabled) {
        return registration(id, "member", mfaRegistered, ssprEnabled);
    }

    public SnapshotFixture registration(String id, String userType, boolean mfaRegistered, boolean ssprEnabled) {
        ObjectNode r = collection(GraphResource.USER_REGISTRATION_DETAILS.key()).addObject();
        r.put("id", id);
        r.put("userPrincipalName", id + "@contoso.example");
        r.put("userDisplayName", "User " + id);
        r.put("userType", userType);
        r.put("isMfaRegistered", mfaRegistered);
        r.put("isMfaCapable", mfaRegistered);
        r.put("isSsprEnabled", ssprEnabled);
        r.put("isSsprRegistered", ssprEnabled);
        r.putArray("methodsRegistered");
        return this;
    }

    // ---- roles -------------------------------------------------------------------------------

    public SnapshotFixture roleDefinition(String id, String templateId, String displayName) {
        ObjectNode d = collection(GraphResource.ROLE_DEFINITIONS.key()).addObject();
        d.put("id", id);
        d.put("displayName", displayName);
        d.put("templateId", templateId);
        d.put("isBuiltIn", id.equals(templateId));
        return this;
    }

    /** An active assignment at tenant scope of a built-in role (definition id = template id), no {@code principal}. */
    public SnapshotFixture assign(String principalId, String roleTemplateId) {
        return assign(principalId, roleTemplateId, "/", null);
    }

    /**
     * An active assignment.
     *
     * @param principalType the expanded principal's {@code @odata.type} ("#microsoft.graph.user",
     *                      "#microsoft.graph.group", "#microsoft.graph.servicePrincipal"), or null for none
     */
    public SnapshotFixture assign(String principalId, String roleDefinitionId, String directoryScopeId,
                                  String principalType) {
        ObjectNode a = collection(GraphResource.ROLE_ASSIGNMENTS.key()).addObject();
        a.put("id", "assignment-" + (++assignments));
        a.put("principalId", principalId);
        a.put("roleDefinitionId", roleDefinitionId);
        a.put("directoryScopeId", directoryScopeId);
        if (principalType != null) {
            ObjectNode p = a.putObject("principal");
            p.put("@odata.type", principalType);
            p.put("id", principalId);
        }
        return this;
    }

    /** {@code groups/{id}/transitiveMembers}: the listed users (as {@code #microsoft.graph.user}). */
    public SnapshotFixture groupMembers(String groupId, String... userIds) {
        ArrayNode value = collection(GraphResource.groupMembersKey(groupId));
        for (String id : userIds) {
            ObjectNode m = value.addObject();
            m.put("@odata.type", "#microsoft.graph.user");
            m.put("id", id);
        }
        return this;
    }

    /** A nested group (or device, service principal) among a group's transitive members. */
    public SnapshotFixture groupMemberOfType(String groupId, String memberId, String odataType) {
        ObjectNode m = collection(GraphResource.groupMembersKey(groupId)).addObject();
        m.put("@odata.type", odataType);
        m.put("id", memberId);
        return this;
    }

    // ---- conditional access ------------------------------------------------------------------

    /** A conditional access policy with all users, all apps and no grant, to be shaped by the test. */
    public static CaPolicy policy(String displayName) {
        return new CaPolicy(displayName);
    }

    public SnapshotFixture policy(CaPolicy policy) {
        policy.node.put("id", "policy-" + (++policies));
        collection(GraphResource.CONDITIONAL_ACCESS_POLICIES.key()).add(policy.node.deepCopy());
        return this;
    }

    /** A Graph-shaped {@code conditionalAccessPolicy}. */
    public static final class CaPolicy {
        final ObjectNode node = MAPPER.createObjectNode();
        private final ObjectNode users;
        private final ObjectNode applications;
        private final ObjectNode conditions;
        private ObjectNode grant;

        CaPolicy(String displayName) {
            node.put("displayName", displayName);
            node.put("state", "enabled");
            conditions = node.putObject("conditions");
            applications = conditions.putObject("applications");
            applications.putArray("includeApplications").add("All");
            applications.putArray("excludeApplications");
            applications.putArray("includeUserActions");
            users = conditions.putObject("users");
            for (String f : new String[] {"includeUsers", "excludeUsers", "includeGroups", "excludeGroups",
                    "includeRoles", "excludeRoles"}) {
                users.putArray(f);
            }
            users.withArray("includeUsers").add("All");
            users.putNull("includeGuestsOrExternalUsers");
            users.putNull("excludeGuestsOrExternalUsers");
            conditions.putArray("clientAppTypes").add("all");
            conditions.putArray("userRiskLevels");
            conditions.putArray("signInRiskLevels");
            conditions.putNull("platforms");
            conditions.putNull("locations");
            conditions.putNull("devices");
            node.putNull("grantControls");
            node.putNull("sessionControls");
        }

        /** enabled, enabledForReportingButNotEnforced or disabled. */
        public CaPolicy state(String state) {
            node.put("state", state);
            return this;
        }

        public CaPolicy includeUsers(String... ids) {
            return list(users, "includeUsers", ids);
        }

        public CaPolicy excludeUsers(String... ids) {
            return list(users, "excludeUsers", ids);
        }

        public CaPolicy includeGroups(String... ids) {
            return list(users, "includeGroups", ids);
        }

        public CaPolicy excludeGroups(String... ids) {
            return list(users, "excludeGroups", ids);
        }

        public CaPolicy includeRoles(String... templateIds) {
            return list(users, "includeRoles", templateIds);
        }

        public CaPolicy excludeRoles(String... templateIds) {
            return list(users, "excludeRoles", templateIds);
        }

        /** {@code includeGuestsOrExternalUsers} with a comma-separated {@code guestOrExternalUserTypes}. */
        public CaPolicy includeGuestsOrExternalUsers(String types) {
            guests("includeGuestsOrExternalUsers", types);
            return this;
        }

        public CaPolicy excludeGuestsOrExternalUsers(String types) {
            guests("excludeGuestsOrExternalUsers", types);
            return this;
        }

        private void guests(String field, String types) {
            ObjectNode g = users.putObject(field);
            g.put("guestOrExternalUserTypes", types);
            ObjectNode tenants = g.putObject("externalTenants");
            tenants.put("@odata.type", "#microsoft.graph.conditionalAccessAllExternalTenants");
            tenants.put("membershipKind", "all");
        }

        /** {@code includeGuestsOrExternalUsers} limited to the external tenants with the given ids. */
        public CaPolicy includeGuestsOrExternalUsers(String types, String... tenantIds) {
            enumeratedGuests("includeGuestsOrExternalUsers", types, tenantIds);
            return this;
        }

        public CaPolicy excludeGuestsOrExternalUsers(String types, String... tenantIds) {
            enumeratedGuests("excludeGuestsOrExternalUsers", types, tenantIds);
            return this;
        }

        private void enumeratedGuests(String field, String types, String... tenantIds) {
            ObjectNode g = users.putObject(field);
            g.put("guestOrExternalUserTypes", types);
            ObjectNode tenants = g.putObject("externalTenants");
            tenants.put("@odata.type", "#microsoft.graph.conditionalAccessEnumeratedExternalTenants");
            tenants.put("membershipKind", "enumerated");
            ArrayNode members = tenants.putArray("members");
            for (String id : tenantIds) {
                members.add(id);
            }
        }

        public CaPolicy includeApplications(String... ids) {
            return list(applications, "includeApplications", ids);
        }

        public CaPolicy excludeApplications(String... ids) {
            return list(applications, "excludeApplications", ids);
        }

        /** User actions the policy targets, e.g. {@code urn:user:registersecurityinfo}. */
        public CaPolicy includeUserActions(String... actions) {
            return list(applications, "includeUserActions", actions);
        }

        /** Client app types; none at all writes an empty list (as Graph does when unset). */
        public CaPolicy clientAppTypes(String... types) {
            return list(conditions, "clientAppTypes", types);
        }

        /** Removes the {@code clientAppTypes} field altogether. */
        public CaPolicy withoutClientAppTypes() {
            conditions.remove("clientAppTypes");
            return this;
        }

        public CaPolicy userRiskLevels(String... levels) {
            return list(conditions, "userRiskLevels", levels);
        }

        public CaPolicy signInRiskLevels(String... levels) {
            return list(conditions, "signInRiskLevels", levels);
        }

        public CaPolicy platforms(String[] include, String[] exclude) {
            ObjectNode p = conditions.putObject("platforms");
            strings(p.putArray("includePlatforms"), include);
            strings(p.putArray("excludePlatforms"), exclude);
            return this;
        }

        public CaPolicy locations(String[] include, String[] exclude) {
            ObjectNode l = conditions.putObject("locations");
            strings(l.putArray("includeLocations"), include);
            strings(l.putArray("excludeLocations"), exclude);
            return this;
        }

        /** A device filter ({@code mode} include or exclude) or, with a null rule, a devices condition without one. */
        public CaPolicy deviceFilter(String mode, String rule) {
            ObjectNode d = conditions.putObject("devices");
            if (rule == null) {
                d.putNull("deviceFilter");
            } else {
                ObjectNode f = d.putObject("deviceFilter");
                f.put("mode", mode);
                f.put("rule", rule);
            }
            return this;
        }

        /** {@code authenticationFlows.transferMethods}, e.g. "deviceCodeFlow". */
        public CaPolicy authenticationFlows(String transferMethods) {
            conditions.putObject("authenticationFlows").put("transferMethods", transferMethods);
            return this;
        }

        /** {@code insiderRiskLevels} flags, e.g. "elevated". */
        public CaPolicy insiderRiskLevels(String levels) {
            conditions.put("insiderRiskLevels", levels);
            return this;
        }

        /** Grant controls with {@code operator} (AND, OR) and built-in controls (mfa, block, compliantDevice, passwordChange...). */
        public CaPolicy grant(String operator, String... builtInControls) {
            grant = node.putObject("grantControls");
            grant.put("operator", operator);
            strings(grant.putArray("builtInControls"), builtInControls);
            grant.putArray("customAuthenticationFactors");
            grant.putArray("termsOfUse");
            grant.putNull("authenticationStrength");
            return this;
        }

        /** An authentication strength in the grant (after {@link #grant}); a null {@code requirementsSatisfied} is left out. */
        public CaPolicy authenticationStrength(String id, String requirementsSatisfied) {
            if (grant == null) {
                grant("OR");
            }
            ObjectNode s = grant.putObject("authenticationStrength");
            s.put("id", id);
            s.put("displayName", "strength " + id);
            if (requirementsSatisfied != null) {
                s.put("requirementsSatisfied", requirementsSatisfied);
            }
            s.putArray("allowedCombinations").add("password,microsoftAuthenticatorPush");
            return this;
        }

        /** Sets any field of the policy as raw JSON (for wrong-type tests). */
        public CaPolicy raw(String field, JsonNode value) {
            node.set(field, value);
            return this;
        }

        private CaPolicy list(ObjectNode parent, String field, String... values) {
            strings(parent.putArray(field), values);
            return this;
        }

        private static void strings(ArrayNode array, String... values) {
            for (String v : values) {
                array.add(v);
            }
        }
    }

    // ---- tenant settings ---------------------------------------------------------------------

    public SnapshotFixture securityDefaults(boolean enabled) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("id", "00000000-0000-0000-0000-000000000005");
        s.put("displayName", "Security Defaults");
        s.put("isEnabled", enabled);
        resources.set(GraphResource.SECURITY_DEFAULTS.key(), s);
        return this;
    }

    /** {@code authorizationPolicy} with these user consent policies assigned to default users. */
    public SnapshotFixture authorizationPolicy(String... permissionGrantPoliciesAssigned) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("id", "authorizationPolicy");
        p.put("allowInvitesFrom", "everyone");
        ObjectNode d = p.putObject("defaultUserRolePermissions");
        d.put("allowedToCreateApps", true);
        ArrayNode assigned = d.putArray("permissionGrantPoliciesAssigned");
        for (String s : permissionGrantPoliciesAssigned) {
            assigned.add(s);
        }
        resources.set(GraphResource.AUTHORIZATION_POLICY.key(), p);
        return this;
    }

    /**
     * A domain. {@code authenticationType} Managed or Federated; a null validity writes
     * {@code "passwordValidityPeriodInDays": null}.
     */
    /** A subscribed SKU with the given service plans, all provisioned ("Success"). */
    public SnapshotFixture sku(String skuPartNumber, String capabilityStatus, String... servicePlanNames) {
        ObjectNode sku = collection(GraphResource.SUBSCRIBED_SKUS.key()).addObject();
        sku.put("skuId", "sku-" + skuPartNumber);
        sku.put("skuPartNumber", skuPartNumber);
        sku.put("capabilityStatus", capabilityStatus);
        var plans = sku.putArray("servicePlans");
        for (String plan : servicePlanNames) {
            plans.addObject().put("servicePlanName", plan).put("provisioningStatus", "Success");
        }
        return this;
    }

    public SnapshotFixture domain(String name, String authenticationType, boolean verified, boolean root,
                                  Integer passwordValidityPeriodInDays) {
        ObjectNode d = collection(GraphResource.DOMAINS.key()).addObject();
        d.put("id", name);
        d.put("authenticationType", authenticationType);
        d.put("isVerified", verified);
        d.put("isRoot", root);
        d.put("isDefault", false);
        if (passwordValidityPeriodInDays == null) {
            d.putNull("passwordValidityPeriodInDays");
        } else {
            d.put("passwordValidityPeriodInDays", passwordValidityPeriodInDays);
        }
        d.put("passwordNotificationWindowInDays", 14);
        return this;
    }

    /** The organization; {@code onPremisesSyncEnabled} null for a cloud-only tenant. */
    public SnapshotFixture organization(Boolean onPremisesSyncEnabled, String onPremisesLastPasswordSyncDateTime) {
        ArrayNode value = MAPPER.createArrayNode();
        ObjectNode o = value.addObject();
        o.put("id", root.get("tenantId").asText());
        o.put("displayName", "Contoso");
        if (onPremisesSyncEnabled == null) {
            o.putNull("onPremisesSyncEnabled");
        } else {
            o.put("onPremisesSyncEnabled", onPremisesSyncEnabled);
        }
        o.put("onPremisesLastSyncDateTime", onPremisesSyncEnabled == null ? null : "2026-11-21T09:30:00Z");
        o.put("onPremisesLastPasswordSyncDateTime", onPremisesLastPasswordSyncDateTime);
        resources.putObject(GraphResource.ORGANIZATION.key()).set("value", value);
        return this;
    }

    /** {@code directory/onPremisesSynchronization} with the password sync feature on or off. */
    public SnapshotFixture onPremisesSynchronization(boolean passwordSyncEnabled) {
        ObjectNode s = collection(GraphResource.ON_PREMISES_SYNCHRONIZATION.key()).addObject();
        s.put("id", root.get("tenantId").asText());
        ObjectNode features = s.putObject("features");
        features.put("passwordSyncEnabled", passwordSyncEnabled);
        features.put("passwordWritebackEnabled", false);
        return this;
    }

    // ---- Microsoft's own score ---------------------------------------------------------------

    /** One day of {@code security/secureScores} with per-control scores given as name, score, name, score... */
    public SnapshotFixture secureScore(String createdDateTime, double currentScore, double maxScore,
                                       Object... controlNameAndScore) {
        ObjectNode s = collection(GraphResource.SECURE_SCORES.key()).addObject();
        s.put("id", "tenant_" + createdDateTime.substring(0, 10));
        s.put("createdDateTime", createdDateTime);
        s.put("currentScore", currentScore);
        s.put("maxScore", maxScore);
        ArrayNode averages = s.putArray("averageComparativeScores");
        averages.addObject().put("basis", "AllTenants").put("averageScore", 47.96);
        ArrayNode controls = s.putArray("controlScores");
        for (int i = 0; i + 1 < controlNameAndScore.length; i += 2) {
            controls.addObject().put("controlCategory", "Identity")
                    .put("controlName", (String) controlNameAndScore[i])
                    .put("score", ((Number) controlNameAndScore[i + 1]).doubleValue());
        }
        return this;
    }

    /**
     * A {@code secureScoreControlProfile}; {@code states} are portal states (Default, Ignored,
     * ThirdParty, Reviewed) in the order they were set.
     */
    public SnapshotFixture controlProfile(String controlName, Double maxScore, String... states) {
        ObjectNode p = collection(GraphResource.SECURE_SCORE_CONTROL_PROFILES.key()).addObject();
        p.put("id", controlName);
        p.put("title", controlName);
        p.put("controlCategory", "Identity");
        if (maxScore == null) {
            p.putNull("maxScore");
        } else {
            p.put("maxScore", maxScore);
        }
        p.put("userImpact", "Low");
        p.put("implementationCost", "Low");
        p.put("deprecated", false);
        ArrayNode updates = p.putArray("controlStateUpdates");
        for (int i = 0; i < states.length; i++) {
            updates.addObject().put("state", states[i]).put("comment", "set in the portal")
                    .put("updatedBy", "admin@contoso.example")
                    .put("updatedDateTime", String.format(Locale.ROOT, "2026-10-%02dT08:00:00Z", i + 1));
        }
        return this;
    }

    /**
     * A Microsoft Entra recommendation (Graph beta) with the documented fields; {@code currentScore} and
     * {@code maxScore} null leave them null (identityBestPractice recommendations have none).
     */
    public SnapshotFixture recommendation(String recommendationType, String category, Double currentScore,
                                          Double maxScore, String status) {
        ObjectNode r = collection(GraphResource.DIRECTORY_RECOMMENDATIONS.key()).addObject();
        r.put("id", root.path("tenantId").asText() + "_Microsoft.Identity.IAM.Insights." + recommendationType);
        r.put("recommendationType", recommendationType);
        r.put("category", category);
        r.put("displayName", "Recommendation " + recommendationType);
        if (currentScore == null) {
            r.putNull("currentScore");
        } else {
            r.put("currentScore", currentScore);
        }
        if (maxScore == null) {
            r.putNull("maxScore");
        } else {
            r.put("maxScore", maxScore);
        }
        r.put("status", status);
        r.put("priority", "medium");
        r.put("lastModifiedBy", "admin@contoso.example");
        r.put("lastModifiedDateTime", "2026-11-01T08:00:00Z");
        r.putArray("actionSteps").addObject().put("stepNumber", 1).put("text", "Do it.")
                .putObject("actionUrl").put("displayName", "Entra admin center").put("url", "https://entra.microsoft.com/");
        return this;
    }

    /** One day of Entra's tenantSecureScores (Graph beta). */
    public SnapshotFixture tenantSecureScore(String createDateTime, double tenantScore, double tenantMaxScore) {
        collection(GraphResource.TENANT_SECURE_SCORES.key()).addObject().put("tenantScore", tenantScore)
                .put("tenantMaxScore", tenantMaxScore).put("createDateTime", createDateTime);
        return this;
    }

    // ---- resource states ---------------------------------------------------------------------

    /** Records {@code key} as an error Graph answered, e.g. 403 Authorization_RequestDenied. */
    public SnapshotFixture error(String key, int status, String code) {
        ObjectNode e = MAPPER.createObjectNode();
        ObjectNode error = e.putObject("error");
        error.put("status", status);
        error.put("code", code);
        error.put("message", "Insufficient privileges to complete the operation.");
        resources.set(key, e);
        return this;
    }

    public SnapshotFixture forbidden(GraphResource resource) {
        return error(resource.key(), 403, "Authorization_RequestDenied");
    }

    /** Leaves {@code key} out of the snapshot (not collected). */
    public SnapshotFixture remove(String key) {
        resources.remove(key);
        return this;
    }

    public SnapshotFixture remove(GraphResource resource) {
        return remove(resource.key());
    }

    /** Sets a resource to any JSON (for shapes the helpers do not build). */
    public SnapshotFixture raw(String key, JsonNode value) {
        resources.set(key, value);
        return this;
    }

    /** Sets a top-level field of the snapshot ({@code format}, {@code capturedAt}, ...); null removes it. */
    public SnapshotFixture top(String field, String value) {
        if (value == null) {
            root.remove(field);
        } else {
            root.put(field, value);
        }
        return this;
    }

    // ---- output ------------------------------------------------------------------------------

    /** The snapshot's JSON text (indented, one field per line). */
    public String json() {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses any JSON text into a tree, for {@link #raw}. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the snapshot through {@link SnapshotReader}, named {@code fixture.json} in messages. */
    public TenantSnapshot read() {
        return read(json());
    }

    /** Reads any snapshot text through {@link SnapshotReader}, named {@code fixture.json} in messages. */
    public static TenantSnapshot read(String json) {
        try {
            return new SnapshotReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "fixture.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the snapshot to {@code file} (for tests that read files). */
    public Path write(Path file) {
        try {
            Files.writeString(file, json(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArrayNode collection(String key) {
        JsonNode existing = resources.get(key);
        if (existing instanceof ObjectNode o && o.get("value") instanceof ArrayNode a) {
            return a;
        }
        ObjectNode page = MAPPER.createObjectNode();
        page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#" + key);
        ArrayNode value = page.putArray("value");
        resources.set(key, page);
        return value;
    }
}
