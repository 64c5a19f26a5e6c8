package io.github.securescore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile's actionUrl is linked as Microsoft's page only when it is one. */
class RemediationLinkTest {

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin true",
        "https://security.microsoft.com/securescore?viewid=actions true",
        "https://entra.microsoft.com/#view/Microsoft_AAD_IAM true",
        "https://aka.ms/mfawizard true",
        "https://portal.azure.com/#blade/Microsoft_AAD_IAM true",
        "HTTPS://LEARN.MICROSOFT.COM/x true",
        "http://learn.microsoft.com/x false",
        "https://evil.example/learn.microsoft.com false",
        "https://learn.microsoft.com.evil.example/x false",
        "https://evilmicrosoft.com/x false",
        "https://user@learn.microsoft.com/x false",
        "https://learn.microsoft.com:8443/x false",
        "javascript:alert(1) false",
        "https:// false",
        "https://learn.microsoft.com/a\"onmouseover=x false",
    })
    void onlyMicrosoftsHttpsPagesAreLinked(String url, boolean linked) {
        assertEquals(linked, Assessor.isWebPage(url), url);
    }
}
