package io.github.securescore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.pack.scuba.ScubaPrivilegedAccess;
import io.github.securescore.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated tenant's PIM data decides SCuBA section 7 the way the generator wrote it. */
class PimResourcesTest {

    @TempDir
    Path directory;

    @Test
    void sectionSevenOnTheGeneratedTenant() throws IOException {
        Path file = directory.resolve("snapshot.json");
        new SnapshotGenerator(5_000, 42).write(file);
        EvaluationContext context = new EvaluationContext(new SnapshotReader().read(file));
        Map<String, RequirementOutcome> outcomes = new LinkedHashMap<>();
        for (Requirement r : ScubaPrivilegedAccess.requirements()) {
            outcomes.put(r.id(), r.evaluator().evaluate(context));
        }
        // two break-glass Global Administrators and the mail migration app were assigned outside PIM
        RequirementOutcome outsidePim = outcomes.get("MS.AAD.7.5v1");
        assertEquals(RequirementStatus.FAIL, outsidePim.status());
        assertEquals(3L, outsidePim.evidence().counts().get("active assignments made outside PIM"));
        assertEquals(RequirementStatus.FAIL, outcomes.get("MS.AAD.7.4v1").status());
        // Global Administrator alone requires approval; every alert goes to the SOC mailbox
        for (String id : new String[] {"MS.AAD.7.6v1", "MS.AAD.7.7v1", "MS.AAD.7.8v1", "MS.AAD.7.9v1"}) {
            assertEquals(RequirementStatus.PASS, outcomes.get(id).status(), id);
        }
        // GA: 2 break-glass, 1 direct, 3 through the tier-0 group; eligible copies add nobody new
        assertEquals(6L, outcomes.get("MS.AAD.7.1v1").evidence().counts().get("Global Administrators"));
    }
}
