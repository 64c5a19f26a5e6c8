package io.github.securescore.pack.scuba;

import static io.github.securescore.pack.scuba.SectionsFixture.run;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import org.junit.jupiter.api.Test;

/** MS.AAD.1.1v1, 2.1v1, 2.2v1, 2.3v1 against the policies the baseline's instructions describe. */
class LegacyAndRiskRequirementsTest {

    /** The baseline's MS.AAD.1.1v1 instructions: all users, all resources, EAS and other clients, block. */
    static SnapshotFixture.CaPolicy legacyBlock() {
        return policy("Block legacy authentication").clientAppTypes("exchangeActiveSync", "other").grant("OR", "block");
    }

    @Test
    void legacyAuthenticationBlockedAsTheBaselineShowsPasses() {
        RequirementResult r = run(SnapshotFixture.tenant().policy(legacyBlock()), "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.PASS, r.status());
        assertEquals(java.util.List.of("Block legacy authentication"), r.outcome().evidence().policies());
    }

    @Test
    void legacyPolicyMissingOneClientTypeOrReportOnlyFails() {
        SnapshotFixture fixture = SnapshotFixture.tenant()
                .policy(policy("EAS only").clientAppTypes("exchangeActiveSync").grant("OR", "block"))
                .policy(legacyBlock().state("enabledForReportingButNotEnforced"));
        RequirementResult r = run(fixture, "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        assertTrue(r.outcome().reason().contains("blocks Exchange ActiveSync and other legacy clients"), r.outcome().reason());
        assertTrue(r.outcome().evidence().notes().stream().anyMatch(n -> n.contains("report-only")),
                r.outcome().evidence().notes().toString());
    }

    @Test
    void legacyPolicyNarrowedOrExcludingRolesDoesNotCount() {
        SnapshotFixture fixture = SnapshotFixture.tenant()
                .policy(legacyBlock().excludeRoles(SnapshotFixture.GLOBAL_ADMINISTRATOR))
                .policy(legacyBlock().locations(new String[] {"AllTrusted"}, new String[0]));
        RequirementResult r = run(fixture, "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        String notes = r.outcome().evidence().notes().toString();
        assertTrue(notes.contains("excludes 1 directory role"), notes);
        assertTrue(notes.contains("narrowed by locations"), notes);
    }

    @Test
    void excludedBreakGlassAccountIsAWarningUntilThePolicyFileAcceptsIt() {
        SnapshotFixture fixture = SnapshotFixture.tenant().member("breakglass")
                .policy(legacyBlock().excludeUsers("breakglass"));
        RequirementResult unaccepted = run(fixture, "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.WARNING, unaccepted.status());
        assertTrue(unaccepted.outcome().evidence().notes().toString().contains("user breakglass"));

        RequirementResult accepted = run(fixture, "MS.AAD.1.1v1", SectionsFixture.acceptedAccount("breakglass"));
        assertEquals(RequirementStatus.PASS, accepted.status());
        assertEquals(1, accepted.exclusions().size());
        assertTrue(accepted.outcome().evidence().notes().toString().contains("accepted: emergency access"));
    }

    @Test
    void securityDefaultsDoNotMeetItButAreNamed() {
        RequirementResult r = run(SnapshotFixture.tenant().securityDefaults(true), "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.FAIL, r.status());
        assertTrue(r.outcome().evidence().notes().contains(SecurityDefaultsNote.NOTE));
        assertFalse(run(SnapshotFixture.tenant(), "MS.AAD.1.1v1").outcome().evidence().notes()
                .contains(SecurityDefaultsNote.NOTE));
    }

    @Test
    void policiesUnreadableLeaveItNotEvaluatedNamingThePermission() {
        RequirementResult r = run(SnapshotFixture.tenant().forbidden(GraphResource.CONDITIONAL_ACCESS_POLICIES),
                "MS.AAD.1.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, r.status());
        assertEquals(java.util.List.of("Policy.Read.All"), r.outcome().missingPermissions());
        assertFalse(r.outcome().manual());
    }

    @Test
    void highRiskUsersBlockedPassesWithP2AndFailsWithout() {
        SnapshotFixture.CaPolicy block = policy("Block high-risk users").userRiskLevels("high").grant("OR", "block");
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.p2Tenant().policy(block), "MS.AAD.2.1v1").status());

        RequirementResult unlicensed = run(SnapshotFixture.tenant().sku("O365_BUSINESS", "Enabled", "EXCHANGE_S_STANDARD")
                .policy(block), "MS.AAD.2.1v1");
        assertEquals(RequirementStatus.FAIL, unlicensed.status());
        assertTrue(unlicensed.outcome().reason().contains("AAD_PREMIUM_P2"));

        // a policy that asks for a password change is not a block
        assertEquals(RequirementStatus.FAIL, run(SectionsFixture.p2Tenant().policy(policy("Change password")
                .userRiskLevels("high").grant("AND", "mfa", "passwordChange")), "MS.AAD.2.1v1").status());
    }

    @Test
    void highRiskSignInsBlockedPassesAndAMediumOnlyPolicyFails() {
        SnapshotFixture.CaPolicy block = policy("Block high-risk sign-ins").signInRiskLevels("high").grant("OR", "block");
        assertEquals(RequirementStatus.PASS, run(SectionsFixture.p2Tenant().policy(block), "MS.AAD.2.3v1").status());
        assertEquals(RequirementStatus.FAIL, run(SectionsFixture.p2Tenant().policy(policy("Medium")
                .signInRiskLevels("medium").grant("OR", "block")), "MS.AAD.2.3v1").status());
        assertEquals(RequirementStatus.NOT_EVALUATED, run(SnapshotFixture.tenant().policy(block), "MS.AAD.2.3v1").status(),
                "no subscribed SKUs recorded: the licence is unknown");
    }

    @Test
    void highRiskNotificationIsManualWithItsReason() {
        RequirementResult r = run(SnapshotFixture.tenant(), "MS.AAD.2.2v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, r.status());
        assertTrue(r.outcome().manual());
        assertTrue(r.outcome().reason().contains("Identity Protection"));
    }
}
