package io.github.securescore.proposal;

import static io.github.securescore.proposal.Northwind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.report.Comparison;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph-JSON proposals overlaid on northwind-hybrid: creations, replacements, deletions, and a change
 * that raises and one that lowers each conditional-access action, with the figures worked out by hand
 * (25 enabled members; the sync account holds Directory Synchronization Accounts; the exceptions group
 * holds svc-copier and svc-erp-smtp).
 */
class GraphProposalTest {

    private static final String MFA = "{\"operator\":\"OR\",\"builtInControls\":[\"mfa\"]}";
    private static final String BLOCK = "{\"operator\":\"OR\",\"builtInControls\":[\"block\"]}";

    @TempDir
    Path dir;

    @Test
    void theExampleFolderRaisesAdminMfaAndSignInRiskAndLowersLegacyAuthentication() {
        ProposalResult result = check(PROPOSALS.resolve("conditional-access"));
        assertEquals(28.54, result.current().points(), 0.005);
        assertEquals(37.44, result.proposed().points(), 0.005);   // 28.54 + 2.5 + 6.72 - 0.32
        assertEquals(73.41, result.proposed().percent(), 0.005);
        assertEquals(7.5, action(result, "AdminMFAV2").beforePoints(), 1e-9);
        assertEquals(10, action(result, "AdminMFAV2").afterPoints(), 1e-9);
        assertEquals(6.72, action(result, "SigninRiskPolicy").afterPoints(), 1e-9);   // 24 / 25 × 7
        assertEquals(6.72, action(result, "BlockLegacyAuthentication").afterPoints(), 1e-9);   // 21 / 25 × 8
        assertEquals(List.of("policy Block legacy authentication would exclude user oliver.brandt@northwindtraders.com",
                "22 of 25 protected → 21 of 25 protected"), action(result, "BlockLegacyAuthentication").why());
        assertEquals(3, result.comparison().actions().size(), result.comparison().actions().toString());
        assertTrue(result.changes().stream().allMatch(c -> c.change().kind() == ProposedChange.Kind.REPLACE));
    }

    @Test
    void aNewPolicyIsACreationAndRaisesUserRisk() {
        Path file = write(dir, "user-risk.json", policy(null, "User risk high", "enabled",
                ",\"userRiskLevels\":[\"high\"]", "{\"operator\":\"AND\",\"builtInControls\":[\"mfa\",\"passwordChange\"]}"));
        ProposalResult result = check(file);
        assertEquals(ProposedChange.Kind.CREATE, result.changes().get(0).change().kind());
        assertEquals(0, action(result, "UserRiskPolicy").beforePoints(), 1e-9);
        assertEquals(6.72, action(result, "UserRiskPolicy").afterPoints(), 1e-9);   // 24 / 25 × 7
        assertEquals("policy User risk high would be created, enabled, requiring mfa and passwordChange",
                result.changes().get(0).sentences().get(0));
        assertEquals(1, result.comparison().actions().size());
    }

    @Test
    void aNewIdIsACreationAndAnExistingIdAReplacement() {
        Path created = write(dir, "a.json", policy("new-policy", "Sign-in risk high", "enabled",
                ",\"signInRiskLevels\":[\"high\"]", MFA));
        Path replaced = write(dir, "b.json", policy(SIGN_IN_RISK_POLICY, "Sign-in risk", "enabled",
                ",\"signInRiskLevels\":[\"medium\",\"high\"]", MFA));
        ProposalResult result = check(dir);
        assertEquals(List.of(ProposedChange.Kind.CREATE, ProposedChange.Kind.REPLACE),
                result.changes().stream().map(c -> c.change().kind()).toList());
        assertEquals(6.72, points(result, "SigninRiskPolicy", true), 1e-9);
        assertEquals(List.of("Sign-in risk high", "Sign-in risk"), result.proposed().control("SigninRiskPolicy")
                .orElseThrow().evaluation().evidence().policies().stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(created.toFile().exists() && replaced.toFile().exists());
    }

    @Test
    void removedByFileOrByIdDeletesAndLowersAdminMfa() {
        Path removal = write(dir, "remove.json", "{\"id\":\"" + ADMIN_MFA_POLICY + "\",\"@removed\":{\"reason\":\"deleted\"}}");
        ProposalResult byFile = check(removal);
        assertEquals(ProposedChange.Kind.DELETE, byFile.changes().get(0).change().kind());
        assertEquals(7.5, action(byFile, "AdminMFAV2").beforePoints(), 1e-9);
        assertEquals(0, action(byFile, "AdminMFAV2").afterPoints(), 1e-9);
        assertEquals(List.of("policy Require MFA for admins would be deleted (it is enabled)",
                "3 of 4 protected → 0 of 4 protected"), action(byFile, "AdminMFAV2").why());

        ProposalResult byId = check(new ProposalReader().read(List.of(), List.of(ADMIN_MFA_POLICY)));
        assertEquals(byFile.proposed().points(), byId.proposed().points(), 1e-9);
    }

    @Test
    void reportOnlyLowersLegacyAuthenticationAndNarrowerRiskLowersSignInRisk() {
        Path legacy = write(dir, "1.json", "{\"id\":\"" + LEGACY_POLICY + "\",\"displayName\":\"Block legacy authentication\","
                + "\"state\":\"enabledForReportingButNotEnforced\",\"conditions\":{\"users\":{\"includeUsers\":[\"All\"]},"
                + "\"applications\":{\"includeApplications\":[\"All\"]},\"clientAppTypes\":[\"exchangeActiveSync\",\"other\"]},"
                + "\"grantControls\":" + BLOCK + "}");
        Path risk = write(dir, "2.json", policy("new-risk", "Sign-in risk high", "enabled",
                ",\"signInRiskLevels\":[\"high\"]", MFA));
        ProposalResult raised = check(risk);
        assertEquals(6.72, action(raised, "SigninRiskPolicy").afterPoints(), 1e-9);
        ProposalResult lowered = check(legacy);
        Comparison.Action blockLegacy = action(lowered, "BlockLegacyAuthentication");
        assertEquals(7.04, blockLegacy.beforePoints(), 1e-9);
        assertEquals(0, blockLegacy.afterPoints(), 1e-9);
        assertEquals("policy Block legacy authentication would change from enabled to report-only", blockLegacy.why().get(0));
        // a sign-in risk policy that loses "high" stops counting
        Path narrower = write(dir, "3.json", policy("new-risk", "Sign-in risk high", "enabled",
                ",\"signInRiskLevels\":[\"medium\"]", MFA));
        ProposalResult both = check(risk, narrower);
        assertEquals(0, points(both, "SigninRiskPolicy", true), 1e-9);
    }

    @Test
    void aGroupExclusionNamesTheGroupsEnabledMembers() {
        Path file = write(dir, "g.json", "{\"id\":\"" + ADMIN_MFA_POLICY + "\",\"displayName\":\"Require MFA for admins\","
                + "\"state\":\"enabled\",\"conditions\":{\"users\":{\"includeUsers\":[\"All\"],\"excludeGroups\":[\""
                + EXCEPTIONS_GROUP + "\"]},\"applications\":{\"includeApplications\":[\"All\"]}},\"grantControls\":" + MFA + "}");
        ProposalResult result = check(file);
        assertTrue(result.changes().get(0).sentences().contains("policy Require MFA for admins would exclude group "
                + EXCEPTIONS_GROUP + ", 2 enabled members"), result.changes().get(0).sentences().toString());
        assertTrue(result.changes().get(0).sentences().contains("policy Require MFA for admins would include all users"));
    }

    @Test
    void securityDefaultsOnAreProposedAsGraphJson() {
        Path file = write(dir, "defaults.json", "{\"@odata.type\":\"#microsoft.graph.identitySecurityDefaultsEnforcementPolicy\","
                + "\"isEnabled\":true}");
        ProposalResult result = check(file);
        assertTrue(result.comparison().changes().contains("security defaults would be turned on"));
        assertFalse(result.current().securityDefaults());
        assertTrue(result.proposed().securityDefaults());
    }
}
