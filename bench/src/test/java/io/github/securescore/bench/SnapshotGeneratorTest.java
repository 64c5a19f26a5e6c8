package io.github.securescore.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.score.ControlResult;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated tenant is what the benchmark claims it is: the engine reads back the figures written. */
class SnapshotGeneratorTest {

    private static final int USERS = 5_000;

    @TempDir
    Path directory;

    @Test
    void engineEvaluatesTheTenantTheGeneratorCounted() throws IOException {
        Path file = directory.resolve("snapshot.json");
        SnapshotGenerator.Tenant tenant = new SnapshotGenerator(USERS, 42).write(file);
        Path policy = directory.resolve("policy.yml");
        Files.writeString(policy, CheckBenchmark.POLICY);

        CheckResult result = new IdentityCheck().run(CheckRequest.of(SnapshotSource.file(file), policy, List.of(),
                LocalDate.of(2026, 11, 21)));

        assertEquals(Files.size(file), tenant.bytes());
        assertFalse(Files.exists(directory.resolve("snapshot.json.part")), "no partial file left behind");
        assertEquals(USERS, tenant.users());
        assertEquals(0.05, (double) tenant.guests() / USERS, 0.01);
        assertEquals(0.97 * 0.95, (double) tenant.enabledMembers() / USERS, 0.01);
        assertEquals(50, tenant.roleAssignments());

        assertCounts(result, "MFARegistrationV2", tenant.enabledMembers(), tenant.mfaRegisteredEnabledMembers());
        assertCounts(result, "SelfServicePasswordReset", tenant.enabledMembers(), tenant.ssprEnabledMembers());
        // the legacy block excludes its ~0.1 % group and the break-glass accounts
        assertCounts(result, "BlockLegacyAuthentication", tenant.enabledMembers(),
                tenant.enabledMembers() - tenant.legacyExcludedEnabledMembers() - tenant.breakGlassAdmins());
        assertCounts(result, "UserRiskPolicy", tenant.enabledMembers(), tenant.riskPilotEnabledMembers());
        assertCounts(result, "SigninRiskPolicy", tenant.enabledMembers(), tenant.riskPilotEnabledMembers());
        // every admin but the break-glass accounts: the phishing-resistant GA policy is report-only
        assertCounts(result, "AdminMFAV2", tenant.admins(),
                tenant.admins() - tenant.breakGlassAdmins() - tenant.administrativeUnitOnlyAdmins());
        assertTrue(tenant.riskPilotEnabledMembers() > 0 && tenant.legacyExcludedEnabledMembers() >= 0);

        ControlResult oneAdmin = result.assessment().control("OneAdmin").orElseThrow();
        assertEquals(Evaluation.Outcome.EVALUATED, oneAdmin.evaluation().outcome());
        assertEquals(1.0, oneAdmin.evaluation().fraction());
        assertEquals(0, result.assessment().notEvaluatedCount());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherTenant() throws IOException {
        byte[] first = generate(42);
        assertArrayEquals(first, generate(42));
        assertFalse(java.util.Arrays.equals(first, generate(7)));
    }

    @Test
    void tokenPassCountsEveryToken() throws IOException {
        Path file = directory.resolve("tiny.json");
        Files.writeString(file, "{\"a\": [1, true, null, {\"b\": \"c\"}]}");
        // {  a  [  1  true  null  {  b  "c"  }  ]  }
        assertEquals(12, CheckBenchmark.countTokens(new JsonFactory(), file));
    }

    @Test
    void registrationOrderVisitsEveryUserOnce() {
        for (int n : new int[] {100, 5_000, 1_000_000}) {
            long stride = SnapshotGenerator.strideCoprimeTo(n);
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                int user = (int) ((k * stride + 7) % n);
                assertFalse(seen[user], "visited twice: " + user);
                seen[user] = true;
            }
        }
    }

    private static byte[] generate(long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotGenerator(500, seed).write(out);
        return out.toByteArray();
    }

    private static void assertCounts(CheckResult result, String control, long population, long protectedCount) {
        Evaluation evaluation = result.assessment().control(control).orElseThrow().evaluation();
        assertEquals(Evaluation.Outcome.EVALUATED, evaluation.outcome(), control + ": " + evaluation.reason());
        assertEquals(population, evaluation.total(), control + " population " + evidence(evaluation));
        assertEquals(protectedCount, evaluation.protectedCount(), control + " protected " + evidence(evaluation));
    }

    private static Map<String, Long> evidence(Evaluation evaluation) {
        return evaluation.evidence().counts();
    }
}
