package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The snapshot's envelope: {@code format}, {@code tenantId}, {@code capturedAt} and the
 * {@code resources} object, each resource's page ({@code value} or {@code error}), handed to
 * the reader of its kind.
 */
final class DocumentReader {

    private final SnapshotCursor cursor;
    private final JsonParser parser;
    private final SnapshotContent content;
    private final AccountReader accounts;
    private final GroupMemberReader groupMembers;
    private final EntityBinder binder;
    private final BaselineSettingsReader baselineSettings;
    private final RoleScheduleReader schedules;

    DocumentReader(SnapshotCursor cursor, SnapshotContent content, EntityBinder binder) {
        this.cursor = cursor;
        this.parser = cursor.parser();
        this.content = content;
        this.accounts = new AccountReader(cursor, content.directory);
        this.groupMembers = new GroupMemberReader(cursor, content.directory);
        this.binder = binder;
        this.baselineSettings = new BaselineSettingsReader(cursor, binder, content);
        this.schedules = new RoleScheduleReader(cursor);
    }

    void document() throws IOException {
        cursor.expect(parser.nextToken(), JsonToken.START_OBJECT, "snapshot", "a JSON object");
        boolean formatSeen = false;
        boolean resourcesSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "format" -> {
                    String format = cursor.text(value, "format");
                    if (!TenantSnapshot.READABLE_FORMATS.contains(format)) {
                        throw cursor.error("format", "expected one of " + quoted(TenantSnapshot.READABLE_FORMATS)
                                + ", found \"" + format + "\"");
                    }
                    formatSeen = true;
                }
                case "tenantId" -> content.tenantId = cursor.optionalText(value, "tenantId");
                case "capturedAt" -> content.capturedAt = instant(value);
                case "resources" -> {
                    cursor.expect(value, JsonToken.START_OBJECT, "resources", "an object of Graph resources");
                    resources();
                    resourcesSeen = true;
                }
                default -> parser.skipChildren();
            }
        }
        if (!formatSeen) {
            throw new InvalidInputException(cursor.source(), 0, 0, "format",
                    "missing; expected \"format\": \"" + TenantSnapshot.FORMAT + "\" (or an older "
                            + quoted(TenantSnapshot.READABLE_FORMATS.subList(0, TenantSnapshot.READABLE_FORMATS.size() - 1))
                            + ")");
        }
        if (!resourcesSeen) {
            throw new InvalidInputException(cursor.source(), 0, 0, "resources",
                    "missing; expected an object of Graph resources");
        }
        if (parser.nextToken() != null) {
            throw cursor.error(null, "unexpected content after the snapshot object");
        }
    }

    private Instant instant(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = cursor.text(value, "capturedAt");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw cursor.error("capturedAt", "expected an ISO-8601 instant like 2026-11-21T10:00:00Z, found \"" + text + "\"");
        }
    }

    private void resources() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken start = parser.nextToken();
            GraphResource resource = GraphResource.ofKey(key).orElse(null);
            if (resource == null) {
                parser.skipChildren();   // newer snapshots may record more; unknown keys are ignored
                continue;
            }
            String field = "resources[\"" + key + "\"]";
            cursor.expect(start, JsonToken.START_OBJECT, field, "an object");
            if (resource.shape() == GraphResource.Shape.SINGLETON) {
                singleton(resource, key, field);
            } else {
                collection(resource, key, field);
            }
        }
    }

    private void collection(GraphResource resource, String key, String field) throws IOException {
        boolean valueSeen = false;
        ResourceError failure = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if ("value".equals(name)) {
                cursor.expect(token, JsonToken.START_ARRAY, field + ".value", "an array of entities");
                elements(resource, key, field + ".value");
                valueSeen = true;
            } else if ("error".equals(name)) {
                failure = binder.resourceError(token, field + ".error");
            } else {
                parser.skipChildren();   // @odata.context, @odata.nextLink and the like
            }
        }
        if (failure != null && valueSeen) {
            // Graph answers one or the other: a record with both cannot be decided on
            throw cursor.error(field, "expected {\"value\": [...]} or {\"error\": {...}}, found both");
        }
        if (failure != null) {
            content.states.put(key, ResourceState.failed(failure));
        } else if (valueSeen) {
            content.states.put(key, ResourceState.PRESENT);
        } else {
            throw cursor.error(field, "expected {\"value\": [...]} or {\"error\": {...}}");
        }
    }

    private void elements(GraphResource resource, String key, String field) throws IOException {
        switch (resource) {
            case USERS -> accounts.users(key, field);
            case USER_REGISTRATION_DETAILS -> accounts.registrations(key, field);
            case GROUP_TRANSITIVE_MEMBERS -> {
                String groupId = GraphResource.groupIdOf(key).orElseThrow();
                content.groupMembers.put(groupId, groupMembers.members(groupId, key, field));
            }
            case ORGANIZATION -> binder.bind(field, Organization.class, Organization::id, content.organizations::add);
            case DOMAINS -> binder.bind(field, Domain.class, Domain::id, content.domains::add);
            case ROLE_DEFINITIONS -> binder.bind(field, RoleDefinition.class, RoleDefinition::id,
                    content.roleDefinitions::add);
            case ROLE_ASSIGNMENTS -> binder.bind(field, RoleAssignment.class, RoleAssignment::id,
                    content.roleAssignments::add);
            case CONDITIONAL_ACCESS_POLICIES -> binder.bind(field, ConditionalAccessPolicy.class,
                    ConditionalAccessPolicy::id, content.conditionalAccessPolicies::add);
            case SUBSCRIBED_SKUS -> binder.bind(field, SubscribedSku.class, SubscribedSku::skuId,
                    content.subscribedSkus::add);
            case SECURE_SCORES -> binder.bind(field, SecureScore.class, SecureScore::id, content.secureScores::add);
            case SECURE_SCORE_CONTROL_PROFILES -> binder.bind(field, SecureScoreControlProfile.class,
                    SecureScoreControlProfile::id, content.controlProfiles::add);
            case ON_PREMISES_SYNCHRONIZATION -> binder.bind(field, OnPremisesSynchronization.class,
                    OnPremisesSynchronization::id, content.onPremisesSynchronization::add);
            case DIRECTORY_RECOMMENDATIONS -> binder.bind(field, Recommendation.class, Recommendation::id,
                    r -> content.recommendations.add(checkedRecommendation(r, field)));
            // a day is its identity: one day listed twice cannot be decided on
            case TENANT_SECURE_SCORES -> binder.bind(field, TenantSecureScore.class, TenantSecureScore::createDateTime,
                    day -> content.tenantSecureScores.add(checkedDay(day, field)));
            case AUTHENTICATION_STRENGTH_POLICIES -> baselineSettings.authenticationStrengthPolicies(field);
            case ROLE_ELIGIBILITY_SCHEDULE_INSTANCES -> binder.bind(field, RoleScheduleInstance.class,
                    RoleScheduleInstance::id, i -> content.roleEligibilityInstances.add(schedules.checked(i, field)));
            case ROLE_ASSIGNMENT_SCHEDULE_INSTANCES -> binder.bind(field, RoleScheduleInstance.class,
                    RoleScheduleInstance::id, i -> content.roleAssignmentInstances.add(schedules.checked(i, field)));
            case ROLE_MANAGEMENT_POLICY_ASSIGNMENTS -> binder.bind(field, RoleManagementPolicyAssignment.class,
                    RoleManagementPolicyAssignment::id,
                    a -> content.roleManagementPolicyAssignments.add(schedules.checked(a, field)));
            default -> throw new IllegalStateException("no collection reader for " + resource);
        }
    }

    private void singleton(GraphResource resource, String key, String field) throws IOException {
        ResourceError error;
        switch (resource) {
            case SECURITY_DEFAULTS -> {
                EntityBinder.Singleton<SecurityDefaults> read = binder.singleton(SecurityDefaults.class, field);
                if (read.entity() != null && read.entity().isEnabled() == null) {
                    // three actions turn on it: a missing value is not "off"
                    throw cursor.error(field + ".isEnabled", "expected isEnabled, true or false; it is missing or null");
                }
                content.securityDefaults = read.entity();
                error = read.error();
            }
            case AUTHORIZATION_POLICY -> {
                EntityBinder.Singleton<AuthorizationPolicy> read = binder.singleton(AuthorizationPolicy.class, field);
                content.authorizationPolicy = read.entity();
                error = read.error();
            }
            case AUTHENTICATION_METHODS_POLICY -> error = baselineSettings.authenticationMethodsPolicy(field);
            case ADMIN_CONSENT_REQUEST_POLICY -> error = baselineSettings.adminConsentRequestPolicy(field);
            default -> throw new IllegalStateException("no singleton reader for " + resource);
        }
        content.states.put(key, error != null ? ResourceState.failed(error) : ResourceState.PRESENT);
    }

    /** A tenantSecureScores day must say which day it is, as Graph's timestamp. */
    /** Without its id, a recommendation listed twice would pass as two: the id is what makes it one. */
    private Recommendation checkedRecommendation(Recommendation recommendation, String field) {
        if (recommendation.id() == null || recommendation.id().isBlank()) {
            throw cursor.error(field + "[" + content.recommendations.size() + "].id",
                    "expected the recommendation's id; it is missing, null or blank");
        }
        return recommendation;
    }

    private TenantSecureScore checkedDay(TenantSecureScore day, String field) {
        String index = field + "[" + content.tenantSecureScores.size() + "].createDateTime";
        if (day.createDateTime() == null) {
            throw cursor.error(index, "expected the day as a timestamp like 2026-11-21T00:00:00Z; it is missing or null");
        }
        try {
            java.time.OffsetDateTime.parse(day.createDateTime());
        } catch (DateTimeParseException e) {
            throw cursor.error(index, "expected a timestamp like 2026-11-21T00:00:00Z, found \""
                    + SnapshotCursor.abbreviate(day.createDateTime()) + "\"");
        }
        return day;
    }

    private static String quoted(java.util.List<String> formats) {
        return formats.stream().map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(", "));
    }
}
