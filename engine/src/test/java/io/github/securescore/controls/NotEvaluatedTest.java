package io.github.securescore.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.Evaluation.Outcome;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every identity action is "not evaluated" when a resource it needs answered 403 or was not
 * collected, and names the missing Graph permission (DESIGN.md: an endpoint that answers 403
 * marks only the actions that need it).
 */
class NotEvaluatedTest {

    /** A tenant where each action would otherwise be evaluated (hybrid, so PasswordHashSync applies). */
    private static SnapshotFixture evaluableTenant() {
        return SnapshotFixture.tenant().member("a").member("b").registration("a", true, true)
                .assign("a", SnapshotFixture.GLOBAL_ADMINISTRATOR)
                .domain("contoso.example", "Managed", true, true, null)
                .organization(true, "2026-11-21T09:00:00Z");
    }

    static Stream<Arguments> needs() {
        return Stream.of(
                Arguments.of("AdminMFAV2", GraphResource.ROLE_ASSIGNMENTS, "RoleManagement.Read.Directory"),
                Arguments.of("AdminMFAV2", GraphResource.CONDITIONAL_ACCESS_POLICIES, "Policy.Read.All"),
                Arguments.of("AdminMFAV2", GraphResource.USERS, "User.Read.All"),
                Arguments.of("MFARegistrationV2", GraphResource.USER_REGISTRATION_DETAILS, "AuditLog.Read.All"),
                Arguments.of("BlockLegacyAuthentication", GraphResource.CONDITIONAL_ACCESS_POLICIES, "Policy.Read.All"),
                Arguments.of("BlockLegacyAuthentication", GraphResource.USERS, "User.Read.All"),
                Arguments.of("PWAgePolicyNew", GraphResource.DOMAINS, "Domain.Read.All"),
                Arguments.of("UserRiskPolicy", GraphResource.CONDITIONAL_ACCESS_POLICIES, "Policy.Read.All"),
                Arguments.of("SigninRiskPolicy", GraphResource.CONDITIONAL_ACCESS_POLICIES, "Policy.Read.All"),
                Arguments.of("PasswordHashSync", GraphResource.ORGANIZATION, "Organization.Read.All"),
                Arguments.of("IntegratedApps", GraphResource.AUTHORIZATION_POLICY, "Policy.Read.All"),
                Arguments.of("RoleOverlap", GraphResource.ROLE_ASSIGNMENTS, "RoleManagement.Read.Directory"),
                Arguments.of("OneAdmin", GraphResource.ROLE_ASSIGNMENTS, "RoleManagement.Read.Directory"),
                Arguments.of("SelfServicePasswordReset", GraphResource.USER_REGISTRATION_DETAILS, "AuditLog.Read.All"));
    }

    @ParameterizedTest(name = "{0} with {1} denied")
    @MethodSource("needs")
    void forbiddenResourceNamesThePermission(String control, GraphResource resource, String permission) {
        assertEquals(Outcome.EVALUATED, Actions.evaluate(evaluableTenant(), control).outcome(),
                "the baseline tenant evaluates " + control);
        Evaluation e = Actions.evaluate(evaluableTenant().forbidden(resource), control);
        assertEquals(Outcome.NOT_EVALUATED, e.outcome());
        assertTrue(e.missingPermissions().contains(permission), e.missingPermissions().toString());
        assertTrue(e.reason().contains(resource.key()) && e.reason().contains("403")
                && e.reason().contains(permission), e.reason());
        assertEquals(0.0, e.fraction());
    }

    @ParameterizedTest(name = "{0} with {1} not collected")
    @MethodSource("needs")
    void missingResourceNamesThePermission(String control, GraphResource resource, String permission) {
        Evaluation e = Actions.evaluate(evaluableTenant().remove(resource), control);
        assertEquals(Outcome.NOT_EVALUATED, e.outcome());
        assertTrue(e.missingPermissions().contains(permission), e.missingPermissions().toString());
        assertTrue(e.reason().contains(resource.key()) && e.reason().contains("not collected")
                && e.reason().contains(permission), e.reason());
    }

    static Stream<Arguments> unrelated() {
        return Stream.of(
                Arguments.of("PWAgePolicyNew", GraphResource.CONDITIONAL_ACCESS_POLICIES),
                Arguments.of("IntegratedApps", GraphResource.USERS),
                Arguments.of("MFARegistrationV2", GraphResource.ROLE_ASSIGNMENTS),
                Arguments.of("OneAdmin", GraphResource.CONDITIONAL_ACCESS_POLICIES),
                Arguments.of("BlockLegacyAuthentication", GraphResource.USER_REGISTRATION_DETAILS));
    }

    @ParameterizedTest(name = "{0} does not need {1}")
    @MethodSource("unrelated")
    void aDeniedResourceLeavesOtherActionsEvaluated(String control, GraphResource resource) {
        assertEquals(Outcome.EVALUATED, Actions.evaluate(evaluableTenant().forbidden(resource), control).outcome());
    }
}
