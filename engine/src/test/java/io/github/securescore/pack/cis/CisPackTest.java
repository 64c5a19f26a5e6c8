package io.github.securescore.pack.cis;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.DirectoryRoles;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The CIS excerpt: every status each recommendation can take, through the pack assessor. */
class CisPackTest {

    private static final Pack PACK = PackCatalog.load().pack(CisPack.ID).orElseThrow();

    private static RequirementResult result(SnapshotFixture fixture, String id, AcceptedExclusion... exclusions) {
        return new PackAssessor().assess(PACK, new EvaluationContext(fixture.read()), List.of(), List.of(exclusions),
                LocalDate.parse("2026-12-01")).result(id).orElseThrow();
    }

    @Test
    void theServiceLoaderFindsThePackWithCisIdsInOrder() {
        assertEquals(List.of("1.1.3", "5.1.5.1", "5.2.2.3"),
                PACK.requirements().stream().map(r -> r.id()).toList());
        assertEquals(Obligation.SHOULD, PACK.requirement("5.1.5.1").get().obligation(), "a Level 2 recommendation");
    }

    @Nested
    class GlobalAdministrators {
        private SnapshotFixture admins(int count) {
            SnapshotFixture f = SnapshotFixture.tenant();
            for (int i = 1; i <= count; i++) {
                f.member(guid(i)).assign(guid(i), DirectoryRoles.GLOBAL_ADMINISTRATOR);
            }
            return f;
        }

        @Test
        void twoToFourPass() {
            assertEquals(RequirementStatus.PASS, result(admins(2), "1.1.3").status());
            RequirementResult four = result(admins(4), "1.1.3");
            assertEquals(RequirementStatus.PASS, four.status());
            assertEquals(4L, four.outcome().evidence().counts().get("global administrators"));
        }

        @Test
        void oneOrFiveFail() {
            RequirementResult one = result(admins(1), "1.1.3");
            assertEquals(RequirementStatus.FAIL, one.status());
            assertTrue(one.outcome().reason().contains("at least 2"), one.outcome().reason());
            RequirementResult five = result(admins(5), "1.1.3");
            assertEquals(RequirementStatus.FAIL, five.status());
            assertTrue(five.outcome().reason().contains("at most 4"), five.outcome().reason());
        }

        @Test
        void aDisabledHolderDoesNotCount() {
            SnapshotFixture f = admins(2).disabled(guid(9)).assign(guid(9), DirectoryRoles.GLOBAL_ADMINISTRATOR);
            assertEquals(RequirementStatus.PASS, result(f, "1.1.3").status());
            assertEquals(RequirementStatus.FAIL, result(admins(1).disabled(guid(9))
                    .assign(guid(9), DirectoryRoles.GLOBAL_ADMINISTRATOR), "1.1.3").status());
        }

        @Test
        void unreadableAssignmentsAreNotEvaluated() {
            RequirementResult r = result(admins(2).forbidden(GraphResource.ROLE_ASSIGNMENTS), "1.1.3");
            assertEquals(RequirementStatus.NOT_EVALUATED, r.status());
            assertEquals(List.of("RoleManagement.Read.Directory"), r.outcome().missingPermissions());
        }
    }

    @Nested
    class UserConsent {
        @Test
        void noSelfConsentPolicyPasses() {
            assertEquals(RequirementStatus.PASS, result(SnapshotFixture.tenant()
                    .authorizationPolicy("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
                    "5.1.5.1").status());
        }

        @Test
        void lowRiskConsentWarns() {
            assertEquals(RequirementStatus.WARNING, result(SnapshotFixture.tenant()
                    .authorizationPolicy("ManagePermissionGrantsForSelf.microsoft-user-default-low"), "5.1.5.1").status());
        }

        @Test
        void anyOtherSelfConsentFails() {
            RequirementResult r = result(SnapshotFixture.tenant()
                    .authorizationPolicy("ManagePermissionGrantsForSelf.microsoft-user-default-legacy"), "5.1.5.1");
            assertEquals(RequirementStatus.FAIL, r.status());
            assertEquals(List.of("ManagePermissionGrantsForSelf.microsoft-user-default-legacy"),
                    r.outcome().evidence().policies());
        }

        @Test
        void aForbiddenPolicyIsNotEvaluated() {
            assertEquals(RequirementStatus.NOT_EVALUATED, result(SnapshotFixture.tenant()
                    .forbidden(GraphResource.AUTHORIZATION_POLICY), "5.1.5.1").status());
        }
    }

    @Nested
    class LegacyAuthentication {
        private SnapshotFixture blocking(SnapshotFixture.CaPolicy p) {
            return SnapshotFixture.tenant().member(guid(1)).member(guid(2)).policy(p);
        }

        private SnapshotFixture.CaPolicy block() {
            return policy("Block legacy").clientAppTypes("exchangeActiveSync", "other").grant("OR", "block");
        }

        @Test
        void aPolicyForEveryonePasses() {
            RequirementResult r = result(blocking(block()), "5.2.2.3");
            assertEquals(RequirementStatus.PASS, r.status());
            assertEquals(List.of("Block legacy"), r.outcome().evidence().policies());
        }

        @Test
        void anAcceptedExclusionStillPassesAndIsShown() {
            AcceptedExclusion breakGlass = new AcceptedExclusion(AcceptedExclusion.Kind.GROUP, guid(50), "break glass",
                    "IAM", null, Set.of("5.2.2.3"));
            RequirementResult r = result(blocking(block().excludeGroups(guid(50))), "5.2.2.3", breakGlass);
            assertEquals(RequirementStatus.PASS, r.status());
            assertEquals(List.of(breakGlass), r.exclusions());
            assertTrue(r.outcome().evidence().notes().get(0).contains("break glass"));
        }

        @Test
        void anUnacceptedExclusionWarnsNamingIt() {
            RequirementResult r = result(blocking(block().excludeUsers(guid(2))), "5.2.2.3");
            assertEquals(RequirementStatus.WARNING, r.status());
            assertEquals(List.of("user " + guid(2)), r.outcome().evidence().unprotected());
        }

        @Test
        void aPolicyNarrowedByLocationOrReportOnlyFails() {
            RequirementResult located = result(blocking(block().locations(new String[] {"All"},
                    new String[] {"AllTrusted"})), "5.2.2.3");
            assertEquals(RequirementStatus.FAIL, located.status());
            assertTrue(located.outcome().evidence().notes().get(0).contains("location"),
                    located.outcome().evidence().notes().toString());
            assertEquals(RequirementStatus.FAIL, result(blocking(block().state("enabledForReportingButNotEnforced")),
                    "5.2.2.3").status());
            assertEquals(RequirementStatus.FAIL, result(blocking(block().includeUsers().includeGroups(guid(50))),
                    "5.2.2.3").status());
        }

        @Test
        void unreadablePoliciesAreNotEvaluated() {
            RequirementResult r = result(SnapshotFixture.tenant().forbidden(GraphResource.CONDITIONAL_ACCESS_POLICIES),
                    "5.2.2.3");
            assertEquals(RequirementStatus.NOT_EVALUATED, r.status());
            assertEquals(List.of("Policy.Read.All"), r.outcome().missingPermissions());
        }
    }
}
