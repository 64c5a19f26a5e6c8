package io.github.securescore.pack.cis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CIS excerpt's results on the example tenants, as examples/tenants/README.md works them out by hand. */
class ExampleTenantsCisTest {

    private static final RequirementStatus P = RequirementStatus.PASS;
    private static final RequirementStatus F = RequirementStatus.FAIL;
    private static final RequirementStatus W = RequirementStatus.WARNING;

    private static Map<String, RequirementStatus> statuses(String tenant) {
        Path snapshot = Path.of("..", "examples", "tenants", tenant, "snapshot.json");
        PackResult result = new PackAssessor().assess(PackCatalog.load().pack(CisPack.ID).orElseThrow(),
                new EvaluationContext(new SnapshotReader().read(snapshot)), List.of(), List.of(),
                LocalDate.parse("2026-12-01"));
        Map<String, RequirementStatus> statuses = new LinkedHashMap<>();
        for (RequirementResult r : result.results()) {
            statuses.put(r.requirement().id(), r.status());
        }
        return statuses;
    }

    private static Map<String, RequirementStatus> expected(RequirementStatus admins, RequirementStatus consent,
                                                           RequirementStatus legacy) {
        Map<String, RequirementStatus> map = new LinkedHashMap<>();
        map.put("1.1.3", admins);
        map.put("5.1.5.1", consent);
        map.put("5.2.2.3", legacy);
        return map;
    }

    @Test
    void contosoSmallBusiness() {
        assertEquals(expected(P, F, F), statuses("contoso-small-business"));
    }

    @Test
    void fabrikamEnterprise() {
        assertEquals(expected(F, W, W), statuses("fabrikam-enterprise"));
    }

    @Test
    void northwindHybrid() {
        assertEquals(expected(P, W, W), statuses("northwind-hybrid"));
    }
}
