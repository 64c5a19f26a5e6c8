package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Names and user types read from the parser's buffer come out as the snapshot wrote them. */
class DirectoryUserNamesTest {

    private static final String ZOE = "11111111-1111-4111-8111-111111111111";
    private static final String EMOJI = "22222222-2222-4222-8222-222222222222";
    private static final String NO_NAME = "33333333-3333-4333-8333-333333333333";
    private static final String ONLY_REGISTERED = "44444444-4444-4444-8444-444444444444";

    @Test
    void namesSurviveTheReadAndUsersWinOverRegistrationDetails() throws IOException {
        String json = """
                {"format": "identity-secure-score-snapshot/1", "resources": {
                  "users": {"value": [
                    {"id": "%s", "displayName": "Zoë Ørsted-Ñúñez", "userPrincipalName": "zoe@contoso.com",
                     "accountEnabled": true, "userType": "member"},
                    {"id": "%s", "displayName": "Smile \\ud83d\\ude00 and lone \\ud800 end", "userPrincipalName": null,
                     "accountEnabled": true, "userType": "GUEST"},
                    {"id": "%s", "displayName": null, "accountEnabled": false, "userType": null}
                  ]},
                  "reports/authenticationMethods/userRegistrationDetails": {"value": [
                    {"id": "%s", "userDisplayName": "Someone Else", "userPrincipalName": "else@contoso.com",
                     "userType": "member", "isMfaRegistered": true},
                    {"id": "%s", "userDisplayName": "Registered Only", "userPrincipalName": "reg@contoso.com",
                     "userType": "guest", "isSsprEnabled": true}
                  ]}
                }}
                """.formatted(ZOE, EMOJI, NO_NAME, ZOE, ONLY_REGISTERED);
        DirectoryUsers d = new SnapshotReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json").directory();

        int zoe = d.indexOf(ZOE);
        assertEquals("Zoë Ørsted-Ñúñez", d.displayName(zoe));
        assertEquals("zoe@contoso.com", d.userPrincipalName(zoe));
        assertTrue(d.member(zoe));
        assertTrue(d.mfaRegistered(zoe));

        int emoji = d.indexOf(EMOJI);
        assertEquals("Smile \ud83d\ude00 and lone ? end", d.displayName(emoji));
        assertNull(d.userPrincipalName(emoji));
        assertEquals("Smile \ud83d\ude00 and lone ? end", d.label(emoji));
        assertTrue(d.guest(emoji));

        int noName = d.indexOf(NO_NAME);
        assertNull(d.displayName(noName));
        assertEquals(NO_NAME, d.label(noName));
        assertTrue(d.member(noName), "a null userType is a member");
        assertFalse(d.accountEnabled(noName));

        int registered = d.indexOf(ONLY_REGISTERED);
        assertFalse(d.isUser(registered));
        assertEquals("Registered Only", d.displayName(registered));
        assertEquals("reg@contoso.com", d.userPrincipalName(registered));
        assertTrue(d.guest(registered));
        assertTrue(d.ssprEnabled(registered));
    }
}
