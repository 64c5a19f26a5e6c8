package io.github.securescore.snapshot;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The resources the SCuBA Entra ID pack adds: the authentication methods policy, the
 * authentication strengths and the admin consent request policy. Bound like the other small
 * resources; a value a requirement decides on that is missing is an error, not "off".
 */
final class BaselineSettingsReader {

    private static final List<String> MIGRATION_STATES = List.of("preMigration", "migrationInProgress",
            "migrationComplete", "unknownFutureValue");
    /** Graph's advancedConfigState, as Microsoft Authenticator's feature settings carry it. */
    private static final List<String> FEATURE_STATES = List.of("default", "enabled", "disabled");

    private final SnapshotCursor cursor;
    private final EntityBinder binder;
    private final SnapshotContent content;

    BaselineSettingsReader(SnapshotCursor cursor, EntityBinder binder, SnapshotContent content) {
        this.cursor = cursor;
        this.binder = binder;
        this.content = content;
    }

    ResourceError authenticationMethodsPolicy(String field) throws IOException {
        EntityBinder.Singleton<AuthenticationMethodsPolicy> read = binder.singleton(AuthenticationMethodsPolicy.class, field);
        AuthenticationMethodsPolicy policy = read.entity();
        if (policy != null) {
            if (policy.policyMigrationState() == null || !MIGRATION_STATES.contains(policy.policyMigrationState())) {
                throw cursor.error(field + ".policyMigrationState", "expected one of " + String.join(", ", MIGRATION_STATES)
                        + (policy.policyMigrationState() == null ? "; it is missing or null"
                        : ", found \"" + SnapshotCursor.abbreviate(policy.policyMigrationState()) + "\""));
            }
            Map<String, Integer> seen = new HashMap<>();
            List<AuthenticationMethodsPolicy.MethodConfiguration> methods = policy.authenticationMethodConfigurations();
            for (int i = 0; i < methods.size(); i++) {
                AuthenticationMethodsPolicy.MethodConfiguration method = methods.get(i);
                String at = field + ".authenticationMethodConfigurations[" + i + "]";
                if (method == null || method.id() == null || method.id().isBlank()) {
                    throw cursor.error(at + ".id", "expected the method's id (Sms, Voice, Email, MicrosoftAuthenticator...)");
                }
                Integer first = seen.putIfAbsent(method.id().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    throw cursor.error(at + ".id", "method \"" + SnapshotCursor.abbreviate(method.id())
                            + "\" is listed twice: first at index " + first + "; expected one configuration per method");
                }
                if (!"enabled".equals(method.state()) && !"disabled".equals(method.state())) {
                    throw cursor.error(at + ".state", "expected \"enabled\" or \"disabled\""
                            + (method.state() == null ? "; it is missing or null"
                            : ", found \"" + SnapshotCursor.abbreviate(method.state()) + "\""));
                }
                if (method.featureSettings() != null) {
                    featureState(method.featureSettings().displayAppInformationRequiredState(),
                            at + ".featureSettings.displayAppInformationRequiredState.state");
                    featureState(method.featureSettings().displayLocationInformationRequiredState(),
                            at + ".featureSettings.displayLocationInformationRequiredState.state");
                }
            }
        }
        content.authenticationMethodsPolicy = policy;
        return read.error();
    }

    /** MS.AAD.3.3v2 decides on these states: a missing or unknown one is not "off". */
    private void featureState(AuthenticationMethodsPolicy.FeatureConfiguration feature, String at) {
        if (feature == null) {
            return;
        }
        if (feature.state() == null || !FEATURE_STATES.contains(feature.state())) {
            throw cursor.error(at, "expected one of " + String.join(", ", FEATURE_STATES)
                    + (feature.state() == null ? "; it is missing or null"
                    : ", found \"" + SnapshotCursor.abbreviate(feature.state()) + "\""));
        }
    }

    void authenticationStrengthPolicies(String field) throws IOException {
        // a CA grant names its strength by id: a strength without one could not be matched, nor told from a twin
        binder.bind(field, AuthenticationStrengthPolicy.class, AuthenticationStrengthPolicy::id, strength -> {
            if (strength.id() == null || strength.id().isBlank()) {
                throw cursor.error(field + "[" + content.authenticationStrengthPolicies.size() + "].id",
                        "expected the authentication strength's id; it is missing, null or blank");
            }
            content.authenticationStrengthPolicies.add(strength);
        });
    }

    ResourceError adminConsentRequestPolicy(String field) throws IOException {
        EntityBinder.Singleton<AdminConsentRequestPolicy> read = binder.singleton(AdminConsentRequestPolicy.class, field);
        if (read.entity() != null && read.entity().isEnabled() == null) {
            // MS.AAD.5.3v1 turns on it: a missing value is not "off"
            throw cursor.error(field + ".isEnabled", "expected isEnabled, true or false; it is missing or null");
        }
        content.adminConsentRequestPolicy = read.entity();
        return read.error();
    }
}
