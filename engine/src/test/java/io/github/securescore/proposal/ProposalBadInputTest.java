package io.github.securescore.proposal;

import static io.github.securescore.proposal.Northwind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad proposals are refused by the snapshot's rules, naming the file and where, before anything is scored. */
class ProposalBadInputTest {

    @TempDir
    Path dir;

    private InvalidInputException refused(Path file) {
        return assertThrows(InvalidInputException.class, () -> new ProposalReader().read(List.of(file), List.of()));
    }

    @Test
    void aDuplicateKeyIsRefusedWithBothPlaces() {
        Path file = write(dir, "p.json", "{\"displayName\":\"a\",\n \"state\":\"enabled\",\n \"state\":\"disabled\",\"conditions\":{}}");
        InvalidInputException e = refused(file);
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("duplicate key \"state\" (first at line 2"), e.problem());
        assertEquals("the top-level object", e.field());
    }

    @Test
    void aWrongTypeIsRefusedAtItsLineAndColumn() {
        Path file = write(dir, "p.json", "{\"displayName\":\"a\",\"state\":\"enabled\",\n\"conditions\":{\"clientAppTypes\":\"all\"}}");
        InvalidInputException e = refused(file);
        assertEquals(2, e.line());
        assertTrue(e.field().contains("clientAppTypes"), e.field());
        assertTrue(e.problem().startsWith("expected an array"), e.problem());
    }

    @Test
    void malformedUtf8IsRefused() throws IOException {
        Path file = dir.resolve("p.json");
        Files.write(file, new byte[] {'{', '"', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'});
        assertTrue(refused(file).problem().contains("UTF-8"), refused(file).problem());
    }

    @Test
    void aMisspeltStateIsRefusedNotScoredAsOff() {
        Path file = write(dir, "p.json", "{\"displayName\":\"a\",\"state\":\"enable\",\"conditions\":{}}");
        InvalidInputException e = refused(file);
        assertEquals("/state", e.field());
        assertTrue(e.problem().startsWith("unknown policy state \"enable\""), e.problem());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        InvalidInputException e = refused(write(dir, "p.json", "{\"hello\":1}"));
        assertTrue(e.problem().startsWith("expected a Graph conditionalAccessPolicy"), e.problem());
        assertTrue(refused(write(dir, "q/empty.txt", "x").getParent()).problem().contains("no *.json"));
        assertTrue(refused(dir.resolve("missing.json")).problem().contains("no such file"));
    }

    @Test
    void aRemovalWithoutIdIsRefused() {
        InvalidInputException e = refused(write(dir, "p.json", "{\"@removed\":{\"reason\":\"deleted\"}}"));
        assertEquals("/id", e.field());
    }

    @Test
    void aTerraformValueOfTheWrongTypeIsRefusedAtItsJsonPointer() {
        Path file = write(dir, "plan.json", "{\"terraform_version\":\"1.9.8\",\"resource_changes\":[{"
                + "\"address\":\"azuread_conditional_access_policy.p\",\"mode\":\"managed\",\"type\":\"azuread_conditional_access_policy\","
                + "\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":"
                + TerraformPlanTest.after("x", "enabled", "\"included_users\":\"All\"", "\"operator\":\"OR\"") + "}}]}");
        InvalidInputException e = refused(file);
        assertEquals("/resource_changes/0/change/after/conditions/0/users/0/included_users", e.field());
        assertEquals("expected a list of strings", e.problem());
    }

    @Test
    void aTerraformUpdateWithoutTheExistingIdIsRefused() {
        Path file = write(dir, "plan.json", "{\"terraform_version\":\"1.9.8\",\"resource_changes\":[{"
                + "\"address\":\"azuread_conditional_access_policy.p\",\"mode\":\"managed\",\"type\":\"azuread_conditional_access_policy\","
                + "\"change\":{\"actions\":[\"update\"],\"before\":{},\"after\":{}}}]}");
        assertEquals("/resource_changes/0/change/before/id", refused(file).field());
    }

    @Test
    void deletingAPolicyTheSnapshotLacksIsRefused() {
        Proposal proposal = new ProposalReader().read(List.of(), List.of("no-such-policy"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check(proposal));
        assertEquals("--remove no-such-policy", e.source());
        assertTrue(e.problem().contains("does not have"), e.problem());
    }
}
