package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Graph {@code authenticationStrengthPolicy}: the method combinations a strength accepts, so a
 * conditional access grant that names a strength by id can be judged (built-in or custom).
 *
 * @param policyType        {@code builtIn} or {@code custom}
 * @param allowedCombinations e.g. {@code fido2}, {@code windowsHelloForBusiness}, {@code password,sms}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthenticationStrengthPolicy(String id, String displayName, String policyType,
                                           List<String> allowedCombinations) {

    public AuthenticationStrengthPolicy {
        // List.copyOf refuses a null entry: dropping it would leave only the combinations that pass
        allowedCombinations = allowedCombinations == null ? List.of() : List.copyOf(allowedCombinations);
    }
}
