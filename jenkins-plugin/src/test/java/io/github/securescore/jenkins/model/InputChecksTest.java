package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids, workspace paths and the secret mask: the step's small input guards. */
class InputChecksTest {

    @Test
    void idsAreUrlAndFileNameSafe() {
        assertEquals(ResultId.DEFAULT, ResultId.require(" "));
        assertEquals("tenant-a_2", ResultId.require("tenant-a_2"));
        assertFalse(ResultId.isValid("Tenant A"));
        assertFalse(ResultId.isValid("../x"));
        assertFalse(ResultId.isValid("-x"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ResultId.require("a/b"));
        assertTrue(error.getMessage().startsWith("id 'a/b' is not valid"), error.getMessage());
    }

    @Test
    void workspacePathsStayInsideTheWorkspace() {
        assertEquals("tenants/a.json", WorkspacePath.require("snapshot", " tenants/a.json "));
        assertEquals("snapshot '/etc/passwd' is absolute: expected a path relative to the workspace",
                assertThrows(IllegalArgumentException.class,
                        () -> WorkspacePath.require("snapshot", "/etc/passwd")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkspacePath.require("policy", "C:\\policy.yml"));
        assertThrows(IllegalArgumentException.class, () -> WorkspacePath.require("policy", "a/../../secrets"));
        assertThrows(IllegalArgumentException.class, () -> WorkspacePath.require("policy", "a\\..\\b"));
        assertThrows(IllegalArgumentException.class, () -> WorkspacePath.require("policy", ""));
        assertEquals("a/..b/c", WorkspacePath.require("policy", "a/..b/c"));
    }

    @Test
    void masksEverySecretOccurrenceLongestFirst() {
        SecretMask mask = new SecretMask(List.of("s3cr3t-value", "s3cr3t-value-longer", "ab"));

        assertEquals("token **** and ****; ab stays",
                mask.mask("token s3cr3t-value-longer and s3cr3t-value; ab stays"));
        assertEquals("nothing", SecretMask.none().mask("nothing"));
    }
}
