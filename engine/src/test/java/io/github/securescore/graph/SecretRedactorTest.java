package io.github.securescore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksEveryOccurrenceLongestSecretFirst() {
        SecretRedactor redactor = SecretRedactor.of(List.of(Secret.of("s3cr3t-value"),
                Secret.of("s3cr3t-value-longer"), Secret.of("ab")));

        assertEquals("token **** and ****; ab stays, **** again",
                redactor.redact("token s3cr3t-value-longer and s3cr3t-value; ab stays, s3cr3t-value again"));
    }

    @Test
    void shortEmptyAndMissingSecretsAreIgnoredAndNullTextStaysNull() {
        SecretRedactor redactor = SecretRedactor.of(Arrays.asList(Secret.of("abc"), Secret.of(""), null));

        assertEquals("abc is too short to mask", redactor.redact("abc is too short to mask"));
        assertNull(redactor.redact(null));
        assertEquals("nothing", SecretRedactor.none().redact("nothing"));
    }

    @Test
    void itsOwnDescriptionNeverShowsTheSecrets() {
        SecretRedactor redactor = SecretRedactor.of(List.of(Secret.of("client-secret-123")));

        assertFalse(redactor.toString().contains("client-secret-123"), redactor.toString());
        assertEquals("sign-in with **** refused", redactor.redact("sign-in with client-secret-123 refused"));
    }
}
