package io.github.securescore.controls;

import static io.github.securescore.snapshot.SnapshotFixture.guid;
import static io.github.securescore.snapshot.SnapshotFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Evaluation.Outcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The actions over enabled member users: registration shares and conditional access coverage. */
class UserActionsTest {

    /** 100 enabled members guid(1..100), plus a guest and a disabled member who are never counted. */
    private static SnapshotFixture hundredUsers() {
        return SnapshotFixture.tenant().members(1, 100).guest("guest").disabled("left-the-company")
                .registration("guest", "guest", false, false)
                .registration("left-the-company", false, false);
    }

    private static SnapshotFixture registered(SnapshotFixture fixture, int mfa, int sspr) {
        for (int i = 1; i <= 100; i++) {
            fixture.registration(guid(i), i <= mfa, i <= sspr);
        }
        return fixture;
    }

    @Nested
    class MfaRegistration {
        @Test
        void partialShareOfEnabledMembers() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 50, 0), "MFARegistrationV2");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(50, e.protectedCount());
            assertEquals(100, e.total());
            assertEquals(100L, e.evidence().counts().get("enabled users"));
            assertEquals(Evidence.SAMPLE, e.evidence().unprotected().size());
        }

        @Test
        void allRegisteredPasses() {
            assertEquals(1.0, Actions.evaluate(registered(hundredUsers(), 100, 0), "MFARegistrationV2").fraction());
        }

        @Test
        void noneRegisteredFails() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 0, 100), "MFARegistrationV2");
            assertEquals(0, e.protectedCount());
            assertEquals(100, e.total());
        }

        @Test
        void guestsAndDisabledUsersAreOutEvenWhenRegistered() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("m").guest("g").disabled("d")
                    .user("no-type", true, null)
                    .registration("m", false, false).registration("g", "guest", true, true)
                    .registration("d", true, true).registration("no-type", true, false), "MFARegistrationV2");
            // a user without userType is a member (Graph leaves it null on some older accounts)
            assertEquals(2, e.total());
            assertEquals(1, e.protectedCount());
        }

        @Test
        void enabledMemberWithoutRegistrationRecordIsUnprotected() {
            Evaluation e = Actions.evaluate(SnapshotFixture.tenant().member("a").member("b")
                    .registration("a", true, false), "MFARegistrationV2");
            assertEquals(1, e.protectedCount());
            assertEquals(2, e.total());
            assertEquals(List.of("b@contoso.example"), e.evidence().unprotected());
        }

        @Test
        void securityDefaultsGiveFullPoints() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 10, 0).securityDefaults(true),
                    "MFARegistrationV2");
            assertEquals(1.0, e.fraction());
            assertTrue(e.evidence().policies().contains("Security defaults"));
        }

        @Test
        void withoutUsersThePopulationIsTheRegisteredMembers() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 30, 0).remove(GraphResource.USERS),
                    "MFARegistrationV2");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(101, e.total());   // the disabled member cannot be told apart without users
            assertEquals(30, e.protectedCount());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.contains("User.Read.All")));
        }
    }

    @Nested
    class SelfServicePasswordReset {
        @Test
        void partialShare() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 0, 25), "SelfServicePasswordReset");
            assertEquals(25, e.protectedCount());
            assertEquals(100, e.total());
        }

        @Test
        void allAndNone() {
            assertEquals(1.0, Actions.evaluate(registered(hundredUsers(), 0, 100), "SelfServicePasswordReset").fraction());
            assertEquals(0.0, Actions.evaluate(registered(hundredUsers(), 100, 0), "SelfServicePasswordReset").fraction());
        }

        @Test
        void securityDefaultsDoNotEnableSspr() {
            Evaluation e = Actions.evaluate(registered(hundredUsers(), 0, 40).securityDefaults(true),
                    "SelfServicePasswordReset");
            assertEquals(40, e.protectedCount());
        }
    }

    @Nested
    class BlockLegacyAuthentication {
        private SnapshotFixture.CaPolicy blockLegacy() {
            return policy("Block legacy authentication").clientAppTypes("exchangeActiveSync", "other")
                    .grant("OR", "block");
        }

        @Test
        void passWhenEveryoneIsBlocked() {
            Evaluation e = Actions.evaluate(hundredUsers().policy(blockLegacy()), "BlockLegacyAuthentication");
            assertEquals(100, e.protectedCount());
            assertEquals(100, e.total());
            assertEquals(List.of("Block legacy authentication"), e.evidence().policies());
        }

        @Test
        void partialWithExclusions() {
            Evaluation e = Actions.evaluate(hundredUsers().groupMembers("exempt", guid(1), guid(2), guid(3), guid(4))
                    .policy(blockLegacy().excludeGroups("exempt")), "BlockLegacyAuthentication");
            assertEquals(96, e.protectedCount());
            assertEquals(100, e.total());
        }

        @Test
        void failWhenOnlyExchangeActiveSyncIsBlocked() {
            Evaluation e = Actions.evaluate(hundredUsers().policy(blockLegacy().clientAppTypes("exchangeActiveSync")),
                    "BlockLegacyAuthentication");
            assertEquals(0, e.protectedCount());
            assertTrue(e.evidence().notes().stream().anyMatch(n -> n.contains("Exchange ActiveSync")));
        }

        @Test
        void failWithoutPolicy() {
            assertEquals(0.0, Actions.evaluate(hundredUsers(), "BlockLegacyAuthentication").fraction());
        }

        @Test
        void securityDefaultsGiveFullPoints() {
            assertEquals(1.0, Actions.evaluate(hundredUsers().securityDefaults(true), "BlockLegacyAuthentication")
                    .fraction());
        }
    }

    @Nested
    class UserRiskPolicy {
        @Test
        void passWithHighRiskPasswordChange() {
            Evaluation e = Actions.evaluate(hundredUsers().policy(policy("User risk").userRiskLevels("high")
                    .grant("AND", "mfa", "passwordChange")), "UserRiskPolicy");
            assertEquals(1.0, e.fraction());
            assertEquals(100, e.total());
        }

        @Test
        void partialWithGroup() {
            SnapshotFixture fixture = hundredUsers();
            String[] pilot = new String[20];
            for (int i = 0; i < 20; i++) {
                pilot[i] = guid(i + 1);
            }
            Evaluation e = Actions.evaluate(fixture.groupMembers("pilot", pilot)
                    .policy(policy("User risk pilot").includeUsers().includeGroups("pilot").userRiskLevels("high")
                            .grant("OR", "block")), "UserRiskPolicy");
            assertEquals(20, e.protectedCount());
        }

        @Test
        void failWithMediumOnly() {
            assertEquals(0.0, Actions.evaluate(hundredUsers().policy(policy("User risk").userRiskLevels("medium")
                    .grant("OR", "block")), "UserRiskPolicy").fraction());
        }

        @Test
        void securityDefaultsDoNotCount() {
            assertEquals(0.0, Actions.evaluate(hundredUsers().securityDefaults(true), "UserRiskPolicy").fraction());
        }

        @Test
        void theReasonAPolicyDoesNotCountIsTrue() {
            // userRiskLevels: [] is no risk condition at all, not a list that lacks "high"
            Evaluation none = Actions.evaluate(hundredUsers().policy(policy("Require MFA").grant("AND", "mfa", "passwordChange")),
                    "UserRiskPolicy");
            assertTrue(none.evidence().notes().stream().anyMatch(n -> n.contains("it has no user risk condition")),
                    none.evidence().notes()::toString);
            assertTrue(none.evidence().notes().stream().noneMatch(n -> n.contains("do not include high")),
                    none.evidence().notes()::toString);
            Evaluation medium = Actions.evaluate(hundredUsers().policy(policy("User risk").userRiskLevels("low", "medium")
                    .grant("OR", "block")), "UserRiskPolicy");
            assertTrue(medium.evidence().notes().stream()
                    .anyMatch(n -> n.contains("its user risk levels (low, medium) do not include high")),
                    medium.evidence().notes()::toString);
        }
    }

    @Nested
    class SigninRiskPolicy {
        @Test
        void passWithHighRiskMfa() {
            assertEquals(1.0, Actions.evaluate(hundredUsers().policy(policy("Sign-in risk")
                    .signInRiskLevels("high", "medium").grant("OR", "mfa")), "SigninRiskPolicy").fraction());
        }

        @Test
        void failWithLowAndMediumOnly() {
            assertEquals(0.0, Actions.evaluate(hundredUsers().policy(policy("Sign-in risk")
                    .signInRiskLevels("low", "medium").grant("OR", "mfa")), "SigninRiskPolicy").fraction());
        }

        @Test
        void userRiskPolicyDoesNotCount() {
            assertEquals(0.0, Actions.evaluate(hundredUsers().policy(policy("User risk").userRiskLevels("high")
                    .grant("OR", "block")), "SigninRiskPolicy").fraction());
        }

        @Test
        void securityDefaultsDoNotCount() {
            assertEquals(0.0, Actions.evaluate(hundredUsers().securityDefaults(true), "SigninRiskPolicy").fraction());
        }
    }

    /** insiderRiskPolicy: block for elevated insider risk, all users and apps, Entra ID P2 licensed. */
    @Nested
    class InsiderRiskPolicy {
        private SnapshotFixture licensed() {
            return hundredUsers().sku("SPE_E5", "Enabled", "AAD_PREMIUM", "AAD_PREMIUM_P2")
                    .controlProfile("insiderRiskPolicy", 7.0);
        }

        @Test
        void passWhenElevatedRiskIsBlockedForEveryone() {
            Evaluation e = Actions.evaluate(licensed().policy(policy("Insider risk")
                    .insiderRiskLevels("moderate,elevated").grant("OR", "block")), "insiderRiskPolicy");
            assertEquals(Outcome.EVALUATED, e.outcome());
            assertEquals(1.0, e.fraction());
            assertEquals(List.of("Insider risk"), e.evidence().policies());
        }

        @Test
        void partialWhenSomeUsersAreExcluded() {
            Evaluation e = Actions.evaluate(licensed().policy(policy("Insider risk").excludeUsers(guid(1), guid(2))
                    .insiderRiskLevels("elevated").grant("OR", "block")), "insiderRiskPolicy");
            assertEquals(98, e.protectedCount());
            assertEquals(100, e.total());
        }

        @Test
        void failWhenTheLevelsLeaveOutElevated() {
            Evaluation e = Actions.evaluate(licensed().policy(policy("Insider risk")
                    .insiderRiskLevels("minor,moderate").grant("OR", "block")), "insiderRiskPolicy");
            assertEquals(0.0, e.fraction());
            assertTrue(e.evidence().notes().stream()
                    .anyMatch(n -> n.contains("its insider risk levels (minor,moderate) do not include elevated")),
                    e.evidence().notes()::toString);
        }

        @Test
        void failWhenTheGrantOnlyRequiresMfaOrThereIsNoInsiderRiskCondition() {
            assertEquals(0.0, Actions.evaluate(licensed().policy(policy("Insider risk").insiderRiskLevels("elevated")
                    .grant("OR", "mfa")), "insiderRiskPolicy").fraction());
            Evaluation plainBlock = Actions.evaluate(licensed().policy(policy("Block all").grant("OR", "block")),
                    "insiderRiskPolicy");
            assertEquals(0.0, plainBlock.fraction());
            assertTrue(plainBlock.evidence().notes().stream().anyMatch(n -> n.contains("no insider risk condition")),
                    plainBlock.evidence().notes()::toString);
        }

        @Test
        void notApplicableWithoutP2AndNotEvaluatedWithoutLicenceData() {
            SnapshotFixture notListed = hundredUsers().sku("SPE_E5", "Enabled", "AAD_PREMIUM_P2")
                    .policy(policy("Insider risk").insiderRiskLevels("elevated").grant("OR", "block"));
            assertEquals(Outcome.NOT_APPLICABLE, Actions.evaluate(notListed, "insiderRiskPolicy").outcome());
            SnapshotFixture p1Only = hundredUsers().sku("AAD_PREMIUM", "Enabled", "AAD_PREMIUM")
                    .controlProfile("insiderRiskPolicy", 7.0)
                    .policy(policy("Insider risk").insiderRiskLevels("elevated").grant("OR", "block"));
            assertEquals(Outcome.NOT_APPLICABLE, Actions.evaluate(p1Only, "insiderRiskPolicy").outcome());
            SnapshotFixture suspended = hundredUsers().sku("SPE_E5", "Suspended", "AAD_PREMIUM_P2")
                    .controlProfile("insiderRiskPolicy", 7.0);
            assertEquals(Outcome.NOT_APPLICABLE, Actions.evaluate(suspended, "insiderRiskPolicy").outcome());
            Evaluation denied = Actions.evaluate(licensed().forbidden(GraphResource.SUBSCRIBED_SKUS), "insiderRiskPolicy");
            assertEquals(Outcome.NOT_EVALUATED, denied.outcome());
            assertTrue(denied.missingPermissions().contains("Organization.Read.All"), denied.missingPermissions()::toString);
            assertEquals(Outcome.NOT_EVALUATED, Actions.evaluate(licensed()
                    .forbidden(GraphResource.CONDITIONAL_ACCESS_POLICIES), "insiderRiskPolicy").outcome());
        }
    }
}
