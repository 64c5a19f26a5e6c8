package io.github.securescore.controls;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The evaluators of every identity improvement action, by control name. */
public final class ImprovementActions {

    private static final List<ImprovementActionEvaluator> EVALUATORS = List.of(
            new AdminMfaEvaluator(),
            new MfaRegistrationEvaluator(),
            new BlockLegacyAuthenticationEvaluator(),
            new PasswordExpiryEvaluator(),
            new UserRiskPolicyEvaluator(),
            new SigninRiskPolicyEvaluator(),
            new PasswordHashSyncEvaluator(),
            new IntegratedAppsEvaluator(),
            new RoleOverlapEvaluator(),
            new OneAdminEvaluator(),
            new SelfServicePasswordResetEvaluator(),
            new InsiderRiskPolicyEvaluator());

    private ImprovementActions() {
    }

    public static Map<String, ImprovementActionEvaluator> evaluators() {
        return EVALUATORS.stream().collect(Collectors.toUnmodifiableMap(
                ImprovementActionEvaluator::controlName, Function.identity()));
    }
}
