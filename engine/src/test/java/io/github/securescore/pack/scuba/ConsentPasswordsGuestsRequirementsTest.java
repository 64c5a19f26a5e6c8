package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.SectionsFixture.authorization;
import static io.github.securescore.pack.scuba.SectionsFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MS.AAD.5.1v1 to 5.3v1, 6.1v1 and 8.1v1 to 8.3v1. */
class ConsentPasswordsGuestsRequirementsTest {

    static final String LIMITED = GuestAccessEvaluator.LIMITED;

    // ---- 5.1 app registration

    @Test
    void appRegistrationByUsersOffPassesOnFails() {
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED),
                "MS.AAD.5.1v1").status());
        RequirementResult on = run(authorization(SnapshotFixture.tenant(), true, "none", LIMITED), "MS.AAD.5.1v1");
        assertEquals(RequirementStatus.FAIL, on.status());
        assertEquals("default users may register applications", on.outcome().reason());
    }

    @Test
    void authorizationPolicyWithoutTheNewFieldsIsNotEvaluatedAndRefusedIsNotEvaluated() {
        RequirementResult old = run(authorization(SnapshotFixture.tenant(), null, null, null), "MS.AAD.5.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, old.status());
        assertTrue(old.outcome().reason().contains("allowedToCreateApps"));
        assertEquals(RequirementStatus.NOT_EVALUATED, run(authorization(SnapshotFixture.tenant(), null, null, null),
                "MS.AAD.8.1v1").status());
        assertEquals(RequirementStatus.NOT_EVALUATED, run(authorization(SnapshotFixture.tenant(), null, null, null),
                "MS.AAD.8.2v1").status());

        RequirementResult refused = run(SnapshotFixture.tenant().forbidden(GraphResource.AUTHORIZATION_POLICY), "MS.AAD.5.2v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, refused.status());
        assertEquals(List.of("Policy.Read.All"), refused.outcome().missingPermissions());
    }

    // ---- 5.2 consent

    @Test
    void noConsentPolicyAssignedPasses() {
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED),
                "MS.AAD.5.2v1").status());
    }

    @Test
    void userConsentOrGroupOwnerConsentFails() {
        RequirementResult users = run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED,
                "ManagePermissionGrantsForSelf.microsoft-user-default-low"), "MS.AAD.5.2v1");
        assertEquals(RequirementStatus.FAIL, users.status());
        assertTrue(users.outcome().reason().contains("users may consent"), users.outcome().reason());

        RequirementResult owners = run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED,
                "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"), "MS.AAD.5.2v1");
        assertEquals(RequirementStatus.FAIL, owners.status());
        assertTrue(owners.outcome().reason().contains("group and team owners"), owners.outcome().reason());
    }

    // ---- 5.3 admin consent workflow

    @Test
    void adminConsentWorkflowWithReviewersPassesOffOrWithoutReviewersFails() {
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.adminConsent(SnapshotFixture.tenant(), true,
                SnapshotFixture.guid(40)), "MS.AAD.5.3v1").status());
        RequirementResult off = run(SectionsFixture.adminConsent(SnapshotFixture.tenant(), false, SnapshotFixture.guid(40)),
                "MS.AAD.5.3v1");
        assertEquals(RequirementStatus.FAIL, off.status());
        assertTrue(off.outcome().reason().contains("workflow is off"));
        assertEquals(RequirementStatus.FAIL, run(SectionsFixture.adminConsent(SnapshotFixture.tenant(), true),
                "MS.AAD.5.3v1").status());
        RequirementResult uncollected = run(SnapshotFixture.tenant(), "MS.AAD.5.3v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, uncollected.status());
        assertTrue(uncollected.outcome().reason().contains("policies/adminConsentRequestPolicy was not collected"));
    }

    // ---- 6.1 passwords

    @Test
    void passwordsNeverExpiringPassesExpiringFailsFederatedOnlyIsNotApplicable() {
        SnapshotFixture never = SnapshotFixture.tenant().domain("contoso.example", "Managed", true, true, 2147483647)
                .domain("sales.contoso.example", "Managed", true, false, null);
        assertEquals(RequirementStatus.PASS, run(never, "MS.AAD.6.1v1").status());

        RequirementResult expiring = run(SnapshotFixture.tenant().domain("contoso.example", "Managed", true, true, 90),
                "MS.AAD.6.1v1");
        assertEquals(RequirementStatus.FAIL, expiring.status());
        assertTrue(expiring.outcome().reason().contains("contoso.example (90 days)"), expiring.outcome().reason());

        assertEquals(RequirementStatus.NOT_APPLICABLE, run(SnapshotFixture.tenant()
                .domain("contoso.example", "Federated", true, true, 90), "MS.AAD.6.1v1").status());
        assertEquals(RequirementStatus.NOT_EVALUATED, run(SnapshotFixture.tenant().forbidden(GraphResource.DOMAINS),
                "MS.AAD.6.1v1").status());
    }

    // ---- 8.1 to 8.3 guests

    @Test
    void limitedOrRestrictedGuestAccessPassesMemberAccessFails() {
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED),
                "MS.AAD.8.1v1").status());
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "none",
                GuestAccessEvaluator.RESTRICTED), "MS.AAD.8.1v1").status());
        RequirementResult members = run(authorization(SnapshotFixture.tenant(), false, "none",
                GuestAccessEvaluator.SAME_AS_MEMBERS), "MS.AAD.8.1v1");
        assertEquals(RequirementStatus.FAIL, members.status());
        assertTrue(members.outcome().reason().contains("the same as members"));
    }

    @Test
    void invitationsByGuestInvitersPassByEveryoneFail() {
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "adminsAndGuestInviters",
                LIMITED), "MS.AAD.8.2v1").status());
        assertEquals(RequirementStatus.PASS, run(authorization(SnapshotFixture.tenant(), false, "none", LIMITED),
                "MS.AAD.8.2v1").status());
        RequirementResult members = run(authorization(SnapshotFixture.tenant(), false, "adminsGuestInvitersAndAllMembers",
                LIMITED), "MS.AAD.8.2v1");
        assertEquals(RequirementStatus.FAIL, members.status());
        assertTrue(members.outcome().reason().contains("every member user"));
        assertEquals(RequirementStatus.FAIL, run(SnapshotFixture.tenant(), "MS.AAD.8.2v1").status(),
                "the fixture's default authorization policy lets everyone invite");
    }

    @Test
    void allowedInvitationDomainsAreManual() {
        RequirementResult r = run(SnapshotFixture.tenant(), "MS.AAD.8.3v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, r.status());
        assertTrue(r.outcome().manual());
        assertTrue(r.outcome().reason().contains("beta"));
    }
}
