package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/** A Graph {@code conditionalAccessPolicy}, with the conditions and grant controls coverage reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConditionalAccessPolicy(String id, String displayName, String state, Conditions conditions,
                                      GrantControls grantControls) {

    public ConditionalAccessPolicy {
        conditions = conditions == null ? new Conditions(null, null, null, null, null, null, null, null, null, null)
                : conditions;
    }

    /**
     * @param authenticationFlows {@code {"transferMethods": "deviceCodeFlow,authenticationTransfer"}}, or null
     * @param insiderRiskLevels   flags string ("minor,moderate,elevated"), or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conditions(Users users, Applications applications, List<String> clientAppTypes,
                             List<String> userRiskLevels, List<String> signInRiskLevels,
                             Object platforms, Object locations, Object devices,
                             AuthenticationFlows authenticationFlows, String insiderRiskLevels) {
        public Conditions {
            users = users == null ? new Users(null, null, null, null, null, null, null, null) : users;
            applications = applications == null ? new Applications(null, null, null, null) : applications;
            clientAppTypes = nullToEmpty(clientAppTypes);
            userRiskLevels = nullToEmpty(userRiskLevels);
            signInRiskLevels = nullToEmpty(signInRiskLevels);
        }
    }

    /** Which sign-in flows (device code, authentication transfer) the policy is limited to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthenticationFlows(String transferMethods) {
        /** Limited to some flows: anything but absent or "none". */
        public boolean narrows() {
            return transferMethods != null && !transferMethods.isBlank() && !"none".equalsIgnoreCase(transferMethods.trim());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Users(List<String> includeUsers, List<String> excludeUsers, List<String> includeGroups,
                        List<String> excludeGroups, List<String> includeRoles, List<String> excludeRoles,
                        GuestsOrExternalUsers includeGuestsOrExternalUsers,
                        GuestsOrExternalUsers excludeGuestsOrExternalUsers) {
        public Users {
            includeUsers = nullToEmpty(includeUsers);
            excludeUsers = nullToEmpty(excludeUsers);
            includeGroups = nullToEmpty(includeGroups);
            excludeGroups = nullToEmpty(excludeGroups);
            includeRoles = nullToEmpty(includeRoles);
            excludeRoles = nullToEmpty(excludeRoles);
        }
    }

    /** {@code guestOrExternalUserTypes} is a comma-separated flags string in Graph, e.g. "b2bCollaborationGuest,internalGuest". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GuestsOrExternalUsers(String guestOrExternalUserTypes, Object externalTenants) {
        public boolean names(String type) {
            if (guestOrExternalUserTypes == null) {
                return false;
            }
            for (String t : guestOrExternalUserTypes.split(",")) {
                if (t.trim().equalsIgnoreCase(type)) {
                    return true;
                }
            }
            return false;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applications(List<String> includeApplications, List<String> excludeApplications,
                               List<String> includeUserActions, List<String> includeAuthenticationContextClassReferences) {
        public Applications {
            includeApplications = nullToEmpty(includeApplications);
            excludeApplications = nullToEmpty(excludeApplications);
            includeUserActions = nullToEmpty(includeUserActions);
            includeAuthenticationContextClassReferences = nullToEmpty(includeAuthenticationContextClassReferences);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GrantControls(String operator, List<String> builtInControls, AuthenticationStrength authenticationStrength,
                                List<String> customAuthenticationFactors, List<String> termsOfUse) {
        public GrantControls {
            builtInControls = nullToEmpty(builtInControls);
            customAuthenticationFactors = nullToEmpty(customAuthenticationFactors);
            termsOfUse = nullToEmpty(termsOfUse);
        }
    }

    /** @param allowedCombinations as Graph expands the strength in the grant; empty when not recorded */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthenticationStrength(String id, String displayName, String requirementsSatisfied,
                                         List<String> allowedCombinations) {
        public AuthenticationStrength {
            // a null entry is refused (List.copyOf), not dropped: the strength is judged on every combination
            allowedCombinations = allowedCombinations == null ? List.of() : List.copyOf(allowedCombinations);
        }
    }

    private static List<String> nullToEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
