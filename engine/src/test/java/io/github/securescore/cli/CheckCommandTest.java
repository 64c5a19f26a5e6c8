package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;


import java.nio.file.Files;
import java.nio.file.Path;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: exit codes, the table, and one clear line for bad input. */
class CheckCommandTest {

    /** Two enabled members (one MFA-registered), one Global Administrator covered by an MFA policy. */
    static final String SNAPSHOT = """
            {"format":"identity-secure-score-snapshot/1","capturedAt":"2026-11-21T10:00:00Z","tenantId":"contoso",
             "resources":{
              "users":{"value":[
                {"id":"u1","accountEnabled":true,"userType":"Member","userPrincipalName":"adele@contoso.com"},
                {"id":"u2","accountEnabled":true,"userType":"Member","userPrincipalName":"ben@contoso.com"}]},
              "reports/authenticationMethods/userRegistrationDetails":{"value":[
                {"id":"u1","isMfaRegistered":true,"isSsprEnabled":true},{"id":"u2","isMfaRegistered":false}]},
              "roleManagement/directory/roleAssignments":{"value":[
                {"id":"a1","principalId":"u1","roleDefinitionId":"62e90394-69f5-4237-9190-012177145e10","directoryScopeId":"/"}]},
              "identity/conditionalAccess/policies":{"value":[
                {"id":"p1","displayName":"MFA for admins","state":"enabled",
                 "conditions":{"users":{"includeRoles":["62e90394-69f5-4237-9190-012177145e10"]},
                               "applications":{"includeApplications":["All"]}},
                 "grantControls":{"operator":"OR","builtInControls":["mfa"]}}]},
              "policies/identitySecurityDefaultsEnforcementPolicy":{"isEnabled":false},
              "policies/authorizationPolicy":{"defaultUserRolePermissions":{"permissionGrantPoliciesAssigned":[]}},
              "domains":{"value":[{"id":"contoso.com","isVerified":true,"isRoot":true,"authenticationType":"Managed"}]},
              "organization":{"value":[{"id":"contoso","onPremisesSyncEnabled":null}]}
             }}
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private String stdout() {
        return console.out();
    }

    private String stderr() {
        return console.err();
    }

    @Test
    void passesAndPrintsEveryActionWhenTheScoreMeetsTheThreshold() throws IOException {
        Path snapshot = write("tenant.json", SNAPSHOT);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString(), "--min-score", "30");

        assertEquals(0, exit, stderr());
        // AdminMFAV2 10 + MFARegistrationV2 4.5 + PWAgePolicyNew 8 + IntegratedApps 4 + SSPR 0.5 = 27 of 56
        assertTrue(stdout().contains("Score: 48.21% (27.00 of 56.00 points)"), stdout());
        assertTrue(stdout().contains("MFARegistrationV2"), stdout());
        assertTrue(stdout().contains("[PASSED] score >= 30%"), stdout());
        assertTrue(stdout().contains("Verdict: PASS"), stdout());
    }

    @Test
    void exitsOneWhenAFailGateIsViolated() throws IOException {
        Path snapshot = write("tenant.json", SNAPSHOT);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString(), "--min-score", "50");

        assertEquals(1, exit);
        assertTrue(stdout().contains("[FAILED] score >= 50%: actual 48.21%"), stdout());
        assertTrue(stdout().contains("Verdict: FAIL"), stdout());
    }

    @Test
    void unstableGatesWarnButExitZero() throws IOException {
        Path snapshot = write("tenant.json", SNAPSHOT);
        Path policy = write("policy.yml", """
                controls:
                  MFARegistrationV2:
                    minPercent: 80
                    criticality: unstable
                """);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString(),
                "--policy", policy.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stdout().contains("[UNSTABLE] MFARegistrationV2 >= 80%: actual 50%"), stdout());
        assertTrue(stdout().contains("Verdict: UNSTABLE"), stdout());
    }

    @Test
    void brokenSnapshotExitsTwoWithFileLineAndColumnAndNoStackTrace() throws IOException {
        Path snapshot = write("broken.json", "{\"format\": \"identity-secure-score-snapshot/1\",\n  \"resources\": {\"users\": {\"value\": [}}}");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains(snapshot + " (line 2, column "), stderr());
        assertFalse(stderr().contains("\tat "), "no stack trace: " + stderr());
        assertEquals("", stdout());
    }

    @Test
    void wrongTypeInSnapshotNamesTheField() throws IOException {
        Path snapshot = write("wrong.json", SNAPSHOT.replace("\"accountEnabled\":true,\"userType\":\"Member\",\"userPrincipalName\":\"ben",
                "\"accountEnabled\":\"yes\",\"userType\":\"Member\",\"userPrincipalName\":\"ben"));

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains("resources[\"users\"].value[1].accountEnabled"), stderr());
        assertTrue(stderr().contains("expected true, false or null, found the string \"yes\""), stderr());
    }

    @Test
    void unknownStatusInPolicyExitsTwoNamingLineAndField() throws IOException {
        Path snapshot = write("tenant.json", SNAPSHOT);
        Path policy = write("policy.yml", """
                minPercent: 40
                overrides:
                  - control: UserRiskPolicy
                    status: Risk acceptd
                """);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString(),
                "--policy", policy.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains(policy + " (line 4"), stderr());
        assertTrue(stderr().contains("overrides[0].status"), stderr());
        assertTrue(stderr().contains("unknown status 'Risk acceptd'; expected one of To address, Planned, Risk accepted"),
                stderr());
    }

    @Test
    void badDateInPolicyExitsTwo() throws IOException {
        Path snapshot = write("tenant.json", SNAPSHOT);
        Path policy = write("policy.yml", """
                overrides:
                  - control: UserRiskPolicy
                    status: Planned
                    expires: 2027-13-45
                """);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot.toString(),
                "--policy", policy.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains("overrides[0].expires"), stderr());
        assertTrue(stderr().contains("expected a date like 2027-01-31, found '2027-13-45'"), stderr());
    }

    @Test
    void missingFilesExitTwo() {
        Path missing = dir.resolve("nowhere.json");

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", missing.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains(missing + ": no such file"), stderr());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, IdentitySecureScoreCommand.execute("check"));
        assertTrue(stderr().contains("Missing required option: '--snapshot=FILE'"), stderr());
        assertEquals(2, IdentitySecureScoreCommand.execute("check", "--snapshot", "x.json", "--min-score", "ten"));
        assertEquals(2, IdentitySecureScoreCommand.execute("frobnicate"));
    }
}
