package io.github.securescore.pack.scuba;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementEvaluator;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sections 1 (legacy authentication), 2 (risk-based policies), 3 (strong authentication),
 * 5 (application registration and consent), 6 (passwords) and 8 (guest access) of CISA's SCuBA
 * baseline for Microsoft Entra ID: every policy of these sections, titles in our own words.
 * Sections 4 and 7 are {@code ScubaLogging} and {@code ScubaPrivilegedAccess}.
 */
public final class ScubaSections {

    static final String REGISTER_SECURITY_INFO = "urn:user:registersecurityinfo";

    private static final List<GraphResource> POLICIES = List.of(GraphResource.CONDITIONAL_ACCESS_POLICIES);
    private static final List<GraphResource> RISK = List.of(GraphResource.CONDITIONAL_ACCESS_POLICIES,
            GraphResource.SUBSCRIBED_SKUS);
    private static final List<GraphResource> METHODS = List.of(GraphResource.AUTHENTICATION_METHODS_POLICY);
    private static final List<GraphResource> AUTHORIZATION = List.of(GraphResource.AUTHORIZATION_POLICY);

    private ScubaSections() {
    }

    public static List<Requirement> requirements() {
        return List.of(
                // 1. Legacy authentication
                new Requirement("MS.AAD.1.1v1", "Legacy authentication is blocked for everyone", Obligation.SHALL,
                        POLICIES, policy(p -> GrantRules.blocks(p.grantControls())
                                && clientApps(p, "exchangeActiveSync") && clientApps(p, "other"),
                                Set.of(PolicyNarrowing.Condition.CLIENT_APPS),
                                "blocks Exchange ActiveSync and other legacy clients for all users and all resources",
                                false)),
                // 2. Risk-based policies
                new Requirement("MS.AAD.2.1v1", "Users detected as high risk are blocked", Obligation.SHALL, RISK,
                        policy(p -> GrantRules.blocks(p.grantControls())
                                        && BaselinePolicySearch.containsIgnoreCase(p.conditions().userRiskLevels(), "high"),
                                Set.of(PolicyNarrowing.Condition.USER_RISK),
                                "blocks high user risk for all users and all resources", true)),
                new Requirement("MS.AAD.2.2v1", "Administrators are told when a user is found to be high risk",
                        Obligation.SHOULD, List.of(), manual("the alert recipients are Identity Protection's"
                        + " notification settings, which Microsoft Graph v1.0 does not expose; check them in the"
                        + " Entra admin center (Identity Protection > Notify)")),
                new Requirement("MS.AAD.2.3v1", "Sign-ins detected as high risk are blocked", Obligation.SHALL, RISK,
                        policy(p -> GrantRules.blocks(p.grantControls())
                                        && BaselinePolicySearch.containsIgnoreCase(p.conditions().signInRiskLevels(), "high"),
                                Set.of(PolicyNarrowing.Condition.SIGN_IN_RISK),
                                "blocks high sign-in risk for all users and all resources", true)),
                // 3. Strong authentication and a secure registration process
                new Requirement("MS.AAD.3.1v1", "Everyone signs in with phishing-resistant MFA", Obligation.SHALL,
                        POLICIES, new PhishingResistantMfaEvaluator(BaselinePolicySearch.Scope.ALL_USERS)),
                new Requirement("MS.AAD.3.2v1", "Where phishing-resistant MFA is not enforced, some MFA is required of everyone",
                        Obligation.SHALL, POLICIES, policy(p -> GrantRules.requiresMfa(p.grantControls()), Set.of(),
                                "requires MFA (or an authentication strength) for all users and all resources", false)),
                new Requirement("MS.AAD.3.3v2", "Microsoft Authenticator shows the requesting app and the sign-in's location",
                        Obligation.SHALL, METHODS, new AuthenticatorContextEvaluator()),
                new Requirement("MS.AAD.3.4v1", "Methods are managed only in the authentication methods policy (migration complete)",
                        Obligation.SHALL, METHODS, new MigrationCompleteEvaluator()),
                new Requirement("MS.AAD.3.5v1", "SMS, voice call and email one-time codes are turned off", Obligation.SHALL,
                        METHODS, new WeakMethodsDisabledEvaluator()),
                new Requirement("MS.AAD.3.6v1", "Highly privileged roles sign in with phishing-resistant MFA",
                        Obligation.SHALL, POLICIES, new PhishingResistantMfaEvaluator(BaselinePolicySearch.Scope.PRIVILEGED_ROLES)),
                new Requirement("MS.AAD.3.7v1", "Signing in requires a managed device", Obligation.SHOULD, POLICIES,
                        policy(p -> GrantRules.requiresManagedDevice(p.grantControls()), Set.of(),
                                "requires a compliant or hybrid joined device for all users and all resources", false)),
                new Requirement("MS.AAD.3.8v1", "Registering MFA methods requires a managed device", Obligation.SHOULD,
                        POLICIES, new PolicyRequirement(new BaselinePolicySearch.Shape(
                                p -> GrantRules.requiresManagedDevice(p.grantControls()),
                                BaselinePolicySearch.Scope.ALL_USERS, REGISTER_SECURITY_INFO,
                                EnumSet.noneOf(PolicyNarrowing.Condition.class),
                                "requires a compliant or hybrid joined device to register security info, for all users"),
                                false)),
                new Requirement("MS.AAD.3.9v1", "Device code sign-in is blocked", Obligation.SHOULD, POLICIES,
                        policy(p -> GrantRules.blocks(p.grantControls()) && deviceCodeFlow(p),
                                Set.of(PolicyNarrowing.Condition.AUTHENTICATION_FLOWS),
                                "blocks the device code flow for all users and all resources", false)),
                // 5. Application registration and consent
                new Requirement("MS.AAD.5.1v1", "Only administrators register applications", Obligation.SHALL,
                        AUTHORIZATION, new AppRegistrationEvaluator()),
                new Requirement("MS.AAD.5.2v1", "Only administrators consent to applications", Obligation.SHALL,
                        AUTHORIZATION, new UserConsentEvaluator()),
                new Requirement("MS.AAD.5.3v1", "Users can ask for admin consent, and reviewers are named",
                        Obligation.SHALL, List.of(GraphResource.ADMIN_CONSENT_REQUEST_POLICY),
                        new AdminConsentWorkflowEvaluator()),
                // 6. Passwords
                new Requirement("MS.AAD.6.1v1", "User passwords never expire", Obligation.SHALL,
                        List.of(GraphResource.DOMAINS), new PasswordsNeverExpireEvaluator()),
                // 8. Guest user access
                new Requirement("MS.AAD.8.1v1", "Guests see only limited directory information", Obligation.SHOULD,
                        AUTHORIZATION, new GuestAccessEvaluator()),
                new Requirement("MS.AAD.8.2v1", "Only administrators and Guest Inviters invite guests", Obligation.SHOULD,
                        AUTHORIZATION, new GuestInvitationsEvaluator()),
                new Requirement("MS.AAD.8.3v1", "Guests are invited only from approved domains", Obligation.SHOULD,
                        List.of(), manual("the allowed and blocked invitation domains are in the B2B management"
                        + " policy, which Microsoft Graph offers only in beta (policies/b2bManagementPolicies), not"
                        + " collected yet. Check External Identities > External"
                        + " collaboration settings >"
                        + " Collaboration restrictions")));
    }

    private static RequirementEvaluator policy(Predicate<ConditionalAccessPolicy> purpose,
                                               Set<PolicyNarrowing.Condition> owned, String wanted, boolean needsP2) {
        Set<PolicyNarrowing.Condition> conditions = owned.isEmpty() ? EnumSet.noneOf(PolicyNarrowing.Condition.class)
                : EnumSet.copyOf(owned);
        return new PolicyRequirement(new BaselinePolicySearch.Shape(purpose, BaselinePolicySearch.Scope.ALL_USERS, null,
                conditions, wanted), needsP2);
    }

    private static RequirementEvaluator manual(String reason) {
        RequirementOutcome outcome = RequirementOutcome.manual(reason);
        return context -> outcome;
    }

    private static boolean clientApps(ConditionalAccessPolicy policy, String type) {
        return BaselinePolicySearch.containsIgnoreCase(policy.conditions().clientAppTypes(), type);
    }

    private static boolean deviceCodeFlow(ConditionalAccessPolicy policy) {
        var flows = policy.conditions().authenticationFlows();
        return flows != null && flows.transferMethods() != null
                && List.of(flows.transferMethods().split(",")).stream().anyMatch(m -> m.trim().equalsIgnoreCase("deviceCodeFlow"));
    }
}
