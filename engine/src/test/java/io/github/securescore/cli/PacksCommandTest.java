package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code packs} and {@code check --pack}. */
class PacksCommandTest {

    private static final String SNAPSHOT = "../examples/tenants/contoso-small-business/snapshot.json";

    @Test
    void packsListsEachPackAndRequirementWithItsPermissions() {
        CliRun run = CliRun.of("packs");
        assertEquals(0, run.exit(), run.printed());
        assertTrue(run.out().startsWith("identity-secure-score  Microsoft's Identity Secure Score"), run.out());
        assertTrue(run.out().contains("\ncis-m365  CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt), version 5.0.0\n"),
                run.out());
        assertTrue(run.out().contains("  5.1.5.1          SHOULD  Users cannot consent to apps reading company data\n"
                + "                   needs Policy.Read.All\n"), run.out());
        assertTrue(run.out().contains("  MS.AAD.4.1v1     SHALL   Security logs go to the security operations centre\n"
                + "                   manual: reads nothing from Microsoft Graph; check it by hand\n"), run.out());
    }

    @Test
    void packsAsJson() throws Exception {
        CliRun run = CliRun.of("packs", "--format", "json");
        assertEquals(0, run.exit(), run.printed());
        JsonNode cis = null;
        for (JsonNode p : new ObjectMapper().readTree(run.out()).get("packs")) {
            if (p.get("id").asText().equals("cis-m365")) {
                cis = p;
            }
        }
        JsonNode admins = cis.get("requirements").get(0);
        assertEquals("1.1.3", admins.get("id").asText());
        assertEquals("SHALL", admins.get("obligation").asText());
        assertEquals("[\"User.Read.All\",\"RoleManagement.Read.Directory\"]", admins.get("permissions").toString());
        assertFalse(admins.get("manual").asBoolean());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("packs", "--format", "xml");
        assertEquals(2, run.exit(), run.printed());
        assertTrue(run.err().contains("--format: unknown format 'xml'; expected text or json"), run.printed());
    }

    @Test
    void checkWithAPackPrintsItsSectionAndPutsItInTheJson() throws Exception {
        CliRun text = CliRun.of("check", "--snapshot", SNAPSHOT, "--pack", "identity-secure-score", "--pack", "cis-m365");
        assertTrue(text.exit() == 0 || text.exit() == 1, text.printed());
        assertTrue(text.out().contains("CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt) 5.0.0: "), text.printed());
        CliRun json = CliRun.of("check", "--snapshot", SNAPSHOT, "--pack", "cis-m365", "--format", "json");
        JsonNode packs = new ObjectMapper().readTree(json.out()).get("packs");
        assertEquals(1, packs.size());
        assertEquals(3, packs.get(0).get("requirements").size());
    }

    @Test
    void anUnknownPackIsAUsageErrorNamingTheKnownOnes() {
        CliRun run = CliRun.of("check", "--snapshot", SNAPSHOT, "--pack", "scuba");
        assertEquals(2, run.exit(), run.printed());
        assertTrue(run.err().contains("--pack: unknown pack 'scuba'; expected one of identity-secure-score, cis-m365"),
                run.printed());
    }
}
