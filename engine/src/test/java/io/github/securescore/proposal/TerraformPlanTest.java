package io.github.securescore.proposal;

import static io.github.securescore.proposal.Northwind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.snapshot.ConditionalAccessPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform plans (terraform show -json) of azuread_conditional_access_policy, translated to Graph's shape. */
class TerraformPlanTest {

    @TempDir
    Path dir;

    @Test
    void theExamplePlanCreatesUpdatesAndDeletes() {
        ProposalResult result = check(PROPOSALS.resolve("terraform").resolve("plan.json"));
        assertEquals(List.of(ProposedChange.Kind.CREATE, ProposedChange.Kind.REPLACE, ProposedChange.Kind.DELETE),
                result.changes().stream().map(c -> c.change().kind()).toList());
        assertEquals(SIGN_IN_RISK_POLICY, result.changes().get(2).change().policyId());
        // 28.54 + 6.72 (user risk: 24 / 25 × 7) − 7.04 (legacy authentication report-only)
        assertEquals(28.22, result.proposed().points(), 0.005);
        assertEquals(0, action(result, "BlockLegacyAuthentication").afterPoints(), 1e-9);
        assertEquals(6.72, action(result, "UserRiskPolicy").afterPoints(), 1e-9);
        assertEquals(List.of(
                "azuread_group.break_glass (create): azuread_group is not translated; only azuread_conditional_access_policy changes are scored",
                "azuread_conditional_access_policy.user_risk: conditions[0].users[0].excluded_groups[0] is known only after apply; scored without it"),
                result.comparison().unknowns());
    }

    @Test
    void aReplacementDeletesTheOldIdAndCreatesANewOne() {
        ProposalResult result = check(plan("[\"delete\",\"create\"]", before(ADMIN_MFA_POLICY),
                after("Require MFA for admins v2", "enabled", "\"included_roles\":[\"62e90394-69f5-4237-9190-012177145e10\",\""
                        + HELPDESK_ROLE + "\"]", "\"operator\":\"OR\",\"built_in_controls\":[\"mfa\"]"), "{\"id\":true}"));
        assertEquals(List.of(ProposedChange.Kind.DELETE, ProposedChange.Kind.CREATE),
                result.changes().stream().map(c -> c.change().kind()).toList());
        assertEquals("terraform:azuread_conditional_access_policy.p", result.changes().get(1).change().policyId());
        // only the Global Administrators (Nora, Cloud Administrator) and Mara (Helpdesk) are covered now: 3 / 4
        assertEquals(7.5, points(result, "AdminMFAV2", true), 1e-9);
        assertTrue(result.comparison().unknowns().isEmpty(), result.comparison().unknowns().toString());
    }

    @Test
    void anUpdateTranslatesEveryScoredAttribute() {
        ProposalResult result = check(plan("[\"update\"]", before(MFA_OR_DEVICE_POLICY),
                after("MFA with strength", "enabled", "\"included_users\":[\"All\"],\"excluded_roles\":[\"" + SYNC_ROLE
                        + "\"],\"excluded_guests_or_external_users\":[{\"guest_or_external_user_types\":[\"b2bCollaborationGuest\","
                        + "\"internalGuest\"],\"external_tenants\":[{\"membership_kind\":\"all\",\"members\":[]}]}]",
                        "\"operator\":\"OR\",\"built_in_controls\":[],\"authentication_strength_policy_id\":"
                                + "\"/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000002\""), "{}"));
        ConditionalAccessPolicy policy = result.changes().get(0).change().policy();
        assertEquals(ProposedChange.Kind.REPLACE, result.changes().get(0).change().kind());
        assertEquals("00000000-0000-0000-0000-000000000002", policy.grantControls().authenticationStrength().id());
        assertEquals("b2bCollaborationGuest,internalGuest",
                policy.conditions().users().excludeGuestsOrExternalUsers().guestOrExternalUserTypes());
        assertEquals(List.of("all"), policy.conditions().clientAppTypes());
        assertEquals(List.of(SYNC_ROLE), policy.conditions().users().excludeRoles());
    }

    @Test
    void unknownAttributesAndValuesKnownAfterApplyAreReportedNotGuessed() {
        String after = after("New", "enabled", "\"included_users\":[\"All\"],\"excluded_groups\":[null],\"future_filter\":[\"x\"]",
                "\"operator\":\"OR\",\"built_in_controls\":[\"mfa\"]");
        ProposalResult result = check(plan("[\"create\"]", "null", after,
                "{\"id\":true,\"conditions\":[{\"users\":[{\"excluded_groups\":[true]}]}]}"));
        assertEquals(List.of(
                "azuread_conditional_access_policy.p: conditions[0].users[0].excluded_groups[0] is known only after apply; scored without it",
                "azuread_conditional_access_policy.p: attribute /resource_changes/0/change/after/conditions/0/users/0/future_filter"
                        + " is unknown to this tool; not scored"), result.comparison().unknowns());
        assertEquals(List.of(), result.changes().get(0).change().policy().conditions().users().excludeGroups());
    }

    @Test
    void noOpAndReadChangesAndOtherProvidersAreSkipped() {
        Path file = write(dir, "plan.json", "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\",\"resource_changes\":["
                + "{\"address\":\"azuread_conditional_access_policy.p\",\"mode\":\"managed\",\"type\":\"azuread_conditional_access_policy\","
                + "\"change\":{\"actions\":[\"no-op\"],\"before\":{},\"after\":{}}},"
                + "{\"address\":\"aws_s3_bucket.b\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\","
                + "\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":{}}}]}");
        Proposal proposal = new ProposalReader().read(List.of(file), List.of());
        assertTrue(proposal.changes().isEmpty());
        assertTrue(proposal.unknowns().isEmpty());
    }

    private Path plan(String actions, String before, String after, String afterUnknown) {
        return write(dir, "plan.json", "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\",\"resource_changes\":[{"
                + "\"address\":\"azuread_conditional_access_policy.p\",\"mode\":\"managed\",\"type\":\"azuread_conditional_access_policy\","
                + "\"name\":\"p\",\"change\":{\"actions\":" + actions + ",\"before\":" + before + ",\"after\":" + after
                + ",\"after_unknown\":" + afterUnknown + "}}]}");
    }

    private static String before(String id) {
        return "{\"id\":\"" + id + "\",\"display_name\":\"old\",\"state\":\"enabled\"}";
    }

    static String after(String name, String state, String users, String grant) {
        return "{\"display_name\":\"" + name + "\",\"state\":\"" + state + "\",\"conditions\":[{\"client_app_types\":[\"all\"],"
                + "\"applications\":[{\"included_applications\":[\"All\"],\"excluded_applications\":[]}],"
                + "\"users\":[{" + users + "}],\"locations\":[],\"platforms\":[],\"devices\":[]}],"
                + "\"grant_controls\":[{" + grant + "}],\"session_controls\":[]}";
    }
}
