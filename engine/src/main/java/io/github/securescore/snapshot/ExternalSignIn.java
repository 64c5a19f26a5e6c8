package io.github.securescore.snapshot;

import java.util.Locale;
import java.util.Set;

/**
 * What the users collection says about where an account signs in. Entra keeps no "home tenant"
 * on a user object; it leaves these traces of an external account instead (Microsoft's
 * "Properties of a B2B collaboration user"): an invitation or self-service sign-up in
 * {@code creationType}, an invitation state, a {@code federated} identity, and the
 * {@code #EXT#} form of the user principal name.
 */
final class ExternalSignIn {

    private static final Set<String> INVITED_CREATION_TYPES = Set.of("invitation", "emailverified", "selfservicesignup");
    private static final char[] EXT_MARKER = "#EXT#".toCharArray();

    private ExternalSignIn() {
    }

    /** {@code creationType} of an account created by an invitation or an external sign-up. */
    static boolean invited(String creationType) {
        return creationType != null && INVITED_CREATION_TYPES.contains(creationType.toLowerCase(Locale.ROOT));
    }

    /** {@code signInType} of an identity issued by another organisation or identity provider. */
    static boolean federated(String signInType) {
        return "federated".equalsIgnoreCase(signInType);
    }

    /** A user principal name of the form {@code alias_partner.com#EXT#@contoso.onmicrosoft.com}. */
    static boolean externalPrincipalName(char[] chars, int offset, int length) {
        outer:
        for (int i = offset; i <= offset + length - EXT_MARKER.length; i++) {
            for (int k = 0; k < EXT_MARKER.length; k++) {
                if (Character.toUpperCase(chars[i + k]) != EXT_MARKER[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
