package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid snapshots: the shapes Graph answers with, read into a {@link TenantSnapshot}. */
class SnapshotReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheEnvelopeAndResourceStates() {
        TenantSnapshot s = SnapshotFixture.tenant().read();
        assertEquals("11111111-2222-3333-4444-555555555555", s.tenantId());
        assertEquals(Instant.parse("2026-11-21T10:00:00Z"), s.capturedAt());
        assertEquals("fixture.json", s.source());
        assertTrue(s.state(GraphResource.USERS).isPresent());
        assertTrue(s.state(GraphResource.SECURITY_DEFAULTS).isPresent());
        assertEquals(ResourceState.MISSING, s.state(GraphResource.SUBSCRIBED_SKUS));
    }

    @Test
    void readsAFile() {
        Path file = SnapshotFixture.tenant().member("a").write(dir.resolve("tenant.json"));
        TenantSnapshot s = new SnapshotReader().read(file);
        assertEquals(file.toString(), s.source());
        assertTrue(s.directory().isUser(s.directory().indexOf("a")));
    }

    @Test
    void usersAndRegistrationDetails() {
        TenantSnapshot s = SnapshotFixture.tenant().member("m").guest("g").disabled("d").user("legacy", true, null)
                .registration("m", true, false).registration("only-registered", false, true).read();
        DirectoryUsers d = s.directory();
        int m = d.indexOf("m");
        assertTrue(d.isUser(m) && d.accountEnabled(m) && d.member(m) && !d.guest(m));
        assertTrue(d.hasRegistration(m) && d.mfaRegistered(m) && !d.ssprEnabled(m));
        assertEquals("m@contoso.example", d.label(m));
        assertEquals("User m", d.displayName(m));
        int g = d.indexOf("g");
        assertTrue(d.guest(g) && !d.member(g));
        assertFalse(d.accountEnabled(d.indexOf("d")));
        assertTrue(d.member(d.indexOf("legacy")), "a user without userType is a member");
        int r = d.indexOf("only-registered");
        assertFalse(d.isUser(r));
        assertTrue(d.ssprEnabled(r));
        assertEquals(-1, d.indexOf("nobody"));
        assertEquals(4, d.users().cardinality());
        assertEquals(2, d.registrations().cardinality());
    }

    @Test
    void manyGuidUsersKeepTheirIds() {
        TenantSnapshot s = SnapshotFixture.tenant().members(1, 5000).read();
        DirectoryUsers d = s.directory();
        assertEquals(5000, d.users().cardinality());
        for (int i = 1; i <= 5000; i++) {
            int index = d.indexOf(SnapshotFixture.guid(i));
            assertTrue(d.isUser(index), "user " + i);
            assertEquals(SnapshotFixture.guid(i), d.id(index));
        }
        assertEquals(d.indexOf(SnapshotFixture.guid(42)), d.indexOf(SnapshotFixture.guid(42).toUpperCase()));
    }

    @Test
    void singletonAsTheObjectOrWrappedInValue() {
        ObjectNode wrapped = (ObjectNode) SnapshotFixture.parse("{\"value\": [{\"isEnabled\": true}]}");
        TenantSnapshot s = SnapshotFixture.tenant().raw(GraphResource.SECURITY_DEFAULTS.key(), wrapped).read();
        assertTrue(s.securityDefaults().orElseThrow().enabled());
        assertTrue(SnapshotFixture.tenant().securityDefaults(true).read().securityDefaults().orElseThrow().enabled());
        assertFalse(SnapshotFixture.tenant().read().securityDefaults().orElseThrow().enabled());
    }

    @Test
    void unknownKeysAreIgnored() {
        SnapshotFixture fixture = SnapshotFixture.tenant().top("recordedBy", "identity-secure-score 0.1.0")
                .raw("identityProtection/riskyUsers", SnapshotFixture.parse("{\"value\": [{\"id\": \"x\"}]}"))
                .raw("users", SnapshotFixture.parse("{\"@odata.context\": \"…\", \"value\": [{\"id\": \"a\", "
                        + "\"accountEnabled\": true, \"userType\": \"Member\", \"jobTitle\": \"CFO\", "
                        + "\"signInActivity\": {\"lastSignInDateTime\": null}, \"otherMails\": [\"a@b\"]}]}"));
        TenantSnapshot s = fixture.read();
        assertTrue(s.directory().accountEnabled(s.directory().indexOf("a")));
        assertFalse(s.states().containsKey("identityProtection/riskyUsers"));
    }

    @Test
    void nextLinkIsIgnored() {
        TenantSnapshot s = SnapshotFixture.tenant().raw("users", SnapshotFixture.parse(
                "{\"value\": [{\"id\": \"a\", \"accountEnabled\": true}],"
                        + " \"@odata.nextLink\": \"https://graph.microsoft.com/v1.0/users?$skiptoken=X\"}")).read();
        assertEquals(1, s.directory().users().cardinality());
        assertTrue(s.state(GraphResource.USERS).isPresent());
    }

    @Test
    void errorRecords() {
        TenantSnapshot s = SnapshotFixture.tenant()
                .forbidden(GraphResource.USER_REGISTRATION_DETAILS)
                .error(GraphResource.SECURITY_DEFAULTS.key(), 403, "Authorization_RequestDenied")
                .error(GraphResource.groupMembersKey("g1"), 404, "Request_ResourceNotFound").read();
        ResourceState registration = s.state(GraphResource.USER_REGISTRATION_DETAILS);
        assertEquals(ResourceState.Kind.FAILED, registration.kind());
        assertEquals(403, registration.error().status());
        assertEquals("Authorization_RequestDenied", registration.error().code());
        assertEquals("Insufficient privileges to complete the operation.", registration.error().message());
        assertTrue(registration.error().isPermissionDenied());
        assertEquals(ResourceState.Kind.FAILED, s.state(GraphResource.SECURITY_DEFAULTS).kind());
        assertTrue(s.securityDefaults().isEmpty());
        assertEquals(404, s.groupState("g1").error().status());
        assertEquals(ResourceState.MISSING, s.groupState("g2"));
    }

    @Test
    void errorRecordWithMetadataBesideIt() {
        TenantSnapshot s = SnapshotFixture.tenant().raw(GraphResource.SECURITY_DEFAULTS.key(), SnapshotFixture.parse(
                "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#x\","
                        + " \"error\": {\"status\": 403, \"code\": \"Authorization_RequestDenied\"}}"))
                .raw(GraphResource.DOMAINS.key(), SnapshotFixture.parse(
                        "{\"@odata.context\": \"x\", \"error\": {\"status\": 429, \"code\": \"TooManyRequests\"}}"))
                .read();
        assertEquals(ResourceState.Kind.FAILED, s.state(GraphResource.SECURITY_DEFAULTS).kind());
        assertTrue(s.securityDefaults().isEmpty());
        assertEquals(429, s.state(GraphResource.DOMAINS).error().status());
    }

    @Test
    void groupMembersAreTheUsersAmongTransitiveMembers() {
        TenantSnapshot s = SnapshotFixture.tenant().member("a").member("b")
                .groupMembers("g", "a")
                .groupMemberOfType("g", "nested-group", "#microsoft.graph.group")
                .groupMemberOfType("g", "laptop", "#microsoft.graph.device")
                .groupMembers("g", "b").read();
        GroupMembers members = s.groupMembers("g").orElseThrow();
        assertEquals(2, members.count());
        assertTrue(members.contains(s.directory().indexOf("a")));
        assertEquals(-1, s.directory().indexOf("laptop"));
        assertTrue(s.groupState("g").isPresent());
    }

    @Test
    void graphEntities() {
        TenantSnapshot s = SnapshotFixture.tenant()
                .domain("contoso.example", "Managed", true, true, null)
                .organization(true, "2026-11-21T09:00:00Z")
                .onPremisesSynchronization(true)
                .assign("a", SnapshotFixture.GLOBAL_ADMINISTRATOR, "/", "#microsoft.graph.user")
                .authorizationPolicy(SnapshotFixture.LEGACY_USER_CONSENT)
                .policy(SnapshotFixture.policy("CA001").grant("AND", "mfa").excludeApplications("app-1")
                        .authenticationStrength(SnapshotFixture.MFA_STRENGTH, "mfa"))
                .secureScore("2026-11-19T00:00:00Z", 1, 10)
                .secureScore("2026-11-20T00:00:00Z", 2, 10)
                .controlProfile("AdminMFAV2", 10.0, "Ignored").read();
        Domain domain = s.domains().get(0);
        assertNull(domain.passwordValidityPeriodInDays());
        assertTrue(domain.verified() && domain.managed() && domain.isRoot());
        assertTrue(s.organizations().get(0).hybrid());
        assertTrue(s.onPremisesSynchronization().get(0).passwordSyncEnabled());
        assertEquals("user", s.roleAssignments().get(0).principalType());
        assertEquals(List.of(SnapshotFixture.LEGACY_USER_CONSENT),
                s.authorizationPolicy().orElseThrow().permissionGrantPoliciesAssigned());
        ConditionalAccessPolicy p = s.conditionalAccessPolicies().get(0);
        assertEquals("CA001", p.displayName());
        assertEquals(List.of("All"), p.conditions().users().includeUsers());
        assertEquals(List.of("app-1"), p.conditions().applications().excludeApplications());
        assertEquals("mfa", p.grantControls().authenticationStrength().requirementsSatisfied());
        assertEquals("2026-11-20T00:00:00Z", s.latestSecureScore().orElseThrow().createdDateTime());
        assertEquals("Ignored", s.controlProfiles().get(0).controlStateUpdates().get(0).state());
    }
}
