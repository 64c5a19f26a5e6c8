package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.Scuba.GA;
import static io.github.securescore.pack.scuba.Scuba.USER;
import static io.github.securescore.pack.scuba.Scuba.USER_ADMIN;
import static io.github.securescore.pack.scuba.Scuba.evaluate;
import static io.github.securescore.pack.scuba.Scuba.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MS.AAD.7.3v1: cloud-only accounts for highly privileged users. */
class CloudOnlyAdminsTest {

    @Test
    void aSynchronisedAdminFails() {
        SnapshotFixture fixture = SnapshotFixture.tenant().pim().organization(true, null)
                .member("alice").onPremises(true, "aW1tdXRhYmxl").member("bob").onPremises(null, null)
                .member("carol").onPremises(null, null)
                .assign("alice", USER_ADMIN).assign("bob", GA).assign("carol", "f2ef992c-3afb-46b9-b7cf-a126ee74c451");
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("alice@contoso.example"), outcome.evidence().unprotected());
        assertEquals(2L, outcome.evidence().counts().get("highly privileged users"));
    }

    @Test
    void anImmutableIdAloneMarksAnAccountFromOnPremises() {
        // a federated account: no sync flag recorded, but an on-premises immutable id
        SnapshotFixture fixture = SnapshotFixture.tenant().pim().member("alice").onPremises(null, "ZmVkZXJhdGVk")
                .eligible("alice", GA, USER);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.FAIL, outcome.status());
        assertEquals(List.of("alice@contoso.example"), outcome.evidence().unprotected());
    }

    @Test
    void cloudOnlyAdminsPassAndASynchronisedNonAdminDoesNotMatter() {
        SnapshotFixture fixture = SnapshotFixture.tenant().pim().organization(true, null)
                .member("alice").onPremises(false, null).member("bob").onPremises(true, "c3luY2Vk")
                .assign("alice", GA);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertEquals(0L, outcome.evidence().counts().get("from on-premises"));
    }

    @Test
    void olderUserRecordsInACloudOnlyTenantPass() {
        // the fixture's organization is cloud-only; the users carry no on-premises fields
        RequirementOutcome outcome = evaluate(tenant(1).assign("u1", GA), "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.PASS, outcome.status());
        assertTrue(outcome.evidence().notes().stream().anyMatch(n -> n.contains("does not synchronise")),
                outcome.evidence().notes().toString());
    }

    @Test
    void olderUserRecordsInAHybridTenantAreNotEvaluated() {
        SnapshotFixture fixture = tenant(1).organization(true, "2026-11-20T10:00:00Z").assign("u1", GA);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.reason().contains("u1@contoso.example"), outcome.reason());
        assertTrue(!outcome.manual());
    }

    @Test
    void anInvitedAdminFromAnotherTenantWarns() {
        // a B2B guest holding User Administrator: not from on-premises, but not this tenant's own account
        SnapshotFixture fixture = SnapshotFixture.tenant().pim().member("alice").onPremises(false, null)
                .invited("partner", "Guest").onPremises(null, null)
                .assign("alice", GA).assign("partner", USER_ADMIN);
        RequirementOutcome outcome = evaluate(fixture, "MS.AAD.7.3v1");
        assertEquals(RequirementStatus.WARNING, outcome.status());
        assertEquals(1L, outcome.evidence().counts().get("signing in elsewhere"));
        assertEquals(1, outcome.evidence().unprotected().size());
        // a synchronised admin beside it still fails
        fixture.member("bob").onPremises(true, "Ym9i").assign("bob", GA);
        assertEquals(RequirementStatus.FAIL, evaluate(fixture, "MS.AAD.7.3v1").status());
    }
}
