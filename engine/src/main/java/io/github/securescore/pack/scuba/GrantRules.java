package io.github.securescore.pack.scuba;

import io.github.securescore.snapshot.AuthenticationStrengthPolicy;
import io.github.securescore.snapshot.ConditionalAccessPolicy.GrantControls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a conditional access grant demands. With the OR operator and several controls a user may
 * satisfy any one of them, so a demand holds only if every alternative meets it; with AND (or a
 * single control) one control that meets it is enough.
 */
final class GrantRules {

    /** The method combinations the baseline counts as phishing-resistant. */
    static final Set<String> PHISHING_RESISTANT = Set.of("windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor");

    /** Microsoft's built-in "Phishing-resistant MFA" strength; its combinations are fixed. */
    static final String BUILT_IN_PHISHING_RESISTANT = "00000000-0000-0000-0000-000000000004";

    private static final String STRENGTH = "authenticationStrength";

    private GrantRules() {
    }

    static boolean blocks(GrantControls grant) {
        return grant != null && BaselinePolicySearch.containsIgnoreCase(grant.builtInControls(), "block");
    }

    /** MFA of any kind: the built-in control or an authentication strength. */
    static boolean requiresMfa(GrantControls grant) {
        return demands(grant, control -> control.equalsIgnoreCase("mfa") || control.equals(STRENGTH));
    }

    /** A compliant or Microsoft Entra hybrid joined device. */
    static boolean requiresManagedDevice(GrantControls grant) {
        return demands(grant, control -> control.equalsIgnoreCase("compliantDevice")
                || control.equalsIgnoreCase("domainJoinedDevice"));
    }

    /**
     * Whether the grant's authentication strength accepts only phishing-resistant combinations: from
     * the recorded strengths, else Microsoft's fixed built-in ones, else the combinations expanded in
     * the grant; empty when it names a custom strength whose combinations were not recorded.
     */
    static Optional<Boolean> requiresPhishingResistant(GrantControls grant, List<AuthenticationStrengthPolicy> strengths) {
        if (grant == null || grant.authenticationStrength() == null || grant.authenticationStrength().id() == null) {
            return Optional.of(false);
        }
        if (!demands(grant, control -> control.equals(STRENGTH))) {
            return Optional.of(false);   // another control is enough on its own
        }
        String id = grant.authenticationStrength().id();
        Optional<AuthenticationStrengthPolicy> strength = strengths.stream().filter(s -> id.equalsIgnoreCase(s.id())).findFirst();
        if (strength.isPresent()) {
            List<String> combinations = strength.get().allowedCombinations();
            return Optional.of(!combinations.isEmpty() && PHISHING_RESISTANT.containsAll(combinations));
        }
        if (BUILT_IN_PHISHING_RESISTANT.equalsIgnoreCase(id)) {
            return Optional.of(true);
        }
        if (id.startsWith("00000000-0000-0000-0000-")) {
            return Optional.of(false);   // Microsoft's other built-in strengths accept weaker methods
        }
        // a custom strength: the combinations Graph expanded into the grant, when it recorded them
        List<String> inline = grant.authenticationStrength().allowedCombinations();
        return inline.isEmpty() ? Optional.empty() : Optional.of(PHISHING_RESISTANT.containsAll(inline));
    }

    /** Whether a user must meet {@code meets} whichever alternative of the grant they choose. */
    private static boolean demands(GrantControls grant, Predicate<String> meets) {
        if (grant == null) {
            return false;
        }
        List<String> controls = new ArrayList<>(grant.builtInControls());
        if (grant.authenticationStrength() != null) {
            controls.add(STRENGTH);
        }
        controls.addAll(grant.customAuthenticationFactors());
        if (controls.isEmpty()) {
            return false;
        }
        boolean any = "AND".equalsIgnoreCase(grant.operator()) || controls.size() == 1;
        return any ? controls.stream().anyMatch(meets) : controls.stream().allMatch(meets);
    }
}
