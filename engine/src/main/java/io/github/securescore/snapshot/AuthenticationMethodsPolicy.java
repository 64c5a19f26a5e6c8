package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Graph {@code authenticationMethodsPolicy}: whether the tenant finished moving from the legacy MFA
 * and SSPR settings, and each method's configuration (enabled or disabled, and for Microsoft
 * Authenticator the context it shows in notifications).
 *
 * @param policyMigrationState {@code preMigration}, {@code migrationInProgress} or {@code migrationComplete}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthenticationMethodsPolicy(String id, String policyMigrationState,
                                          List<MethodConfiguration> authenticationMethodConfigurations) {

    public AuthenticationMethodsPolicy {
        authenticationMethodConfigurations = authenticationMethodConfigurations == null ? List.of()
                : List.copyOf(authenticationMethodConfigurations);
    }

    /**
     * One method, by Graph's id ({@code Sms}, {@code Voice}, {@code Email}, {@code MicrosoftAuthenticator}, ...).
     *
     * @param state           {@code enabled} or {@code disabled}
     * @param featureSettings Microsoft Authenticator only, else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MethodConfiguration(String id, String state, AuthenticatorFeatureSettings featureSettings) {

        public boolean enabled() {
            return "enabled".equalsIgnoreCase(state);
        }
    }

    /** What Microsoft Authenticator's notifications show besides the request itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthenticatorFeatureSettings(FeatureConfiguration displayAppInformationRequiredState,
                                               FeatureConfiguration displayLocationInformationRequiredState) {
    }

    /**
     * @param state {@code enabled}, {@code disabled} or {@code default} (Microsoft-managed)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureConfiguration(String state, FeatureTarget includeTarget, FeatureTarget excludeTarget) {
    }

    /** @param id {@code all_users}, or a group id; {@code 00000000-0000-0000-0000-000000000000} for none */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureTarget(String targetType, String id) {
    }

    /** The method with this id, ignoring case. */
    public Optional<MethodConfiguration> method(String methodId) {
        String wanted = methodId.toLowerCase(Locale.ROOT);
        return authenticationMethodConfigurations.stream()
                .filter(m -> m.id() != null && m.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
