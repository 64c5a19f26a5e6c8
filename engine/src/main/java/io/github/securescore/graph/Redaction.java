package io.github.securescore.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that leaves the collector (exception messages, progress): the
 * connection's own secret values (and their encodings, {@link SecretForms}), bearer tokens and
 * JWT-shaped strings. A second line of
 * defence: messages are built not to contain them in the first place.
 */
final class Redaction {

    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String MASK = "****";

    private final List<String> values;
    /** The values' encodings too (URL, JSON, base64): a library may echo the secret in any of them. */
    private final SecretRedactor encodings;

    private Redaction(List<String> values) {
        this.values = values;
        this.encodings = SecretRedactor.of(values.stream().map(Secret::of).toList());
    }

    static Redaction of(TenantConnection connection) {
        List<String> values = new ArrayList<>();
        if (connection.authentication() instanceof Authentication.ClientSecret s && s.secret() != null
                && !s.secret().isEmpty()) {
            values.add(s.secret().reveal());
        }
        if (connection.authentication() instanceof Authentication.ClientCertificate c && c.password() != null
                && !c.password().isEmpty()) {
            values.add(c.password().reveal());
        }
        return new Redaction(List.copyOf(values));
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = encodings.redact(text);
        for (String value : values) {
            result = result.replace(value, MASK);
        }
        result = BEARER.matcher(result).replaceAll("Bearer " + MASK);
        return JWT.matcher(result).replaceAll(MASK);
    }
}
