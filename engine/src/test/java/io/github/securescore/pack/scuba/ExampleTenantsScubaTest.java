package io.github.securescore.pack.scuba;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.PackAssessor;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SCuBA results of sections 1-3, 5, 6 and 8 that examples/tenants/README.md works out by hand
 * for the three example tenants (no policy file: no accepted exclusions, no omissions).
 */
class ExampleTenantsScubaTest {

    private static final RequirementStatus P = RequirementStatus.PASS;
    private static final RequirementStatus F = RequirementStatus.FAIL;
    private static final RequirementStatus W = RequirementStatus.WARNING;
    private static final RequirementStatus NA = RequirementStatus.NOT_APPLICABLE;
    private static final RequirementStatus NE = RequirementStatus.NOT_EVALUATED;

    private static final List<String> IDS = List.of("MS.AAD.1.1v1", "MS.AAD.2.1v1", "MS.AAD.2.2v1", "MS.AAD.2.3v1",
            "MS.AAD.3.1v1", "MS.AAD.3.2v1", "MS.AAD.3.3v2", "MS.AAD.3.4v1", "MS.AAD.3.5v1", "MS.AAD.3.6v1",
            "MS.AAD.3.7v1", "MS.AAD.3.8v1", "MS.AAD.3.9v1", "MS.AAD.5.1v1", "MS.AAD.5.2v1", "MS.AAD.5.3v1",
            "MS.AAD.6.1v1", "MS.AAD.8.1v1", "MS.AAD.8.2v1", "MS.AAD.8.3v1");

    private static Map<String, RequirementStatus> statuses(String tenant) {
        Path snapshot = examples().resolve(tenant).resolve("snapshot.json");
        PackResult result = new PackAssessor().assess(SectionsFixture.pack(),
                new EvaluationContext(new SnapshotReader().read(snapshot)), List.of(), List.of(), SectionsFixture.TODAY);
        Map<String, RequirementStatus> statuses = new LinkedHashMap<>();
        for (RequirementResult r : result.results()) {
            if (IDS.contains(r.requirement().id())) {
                statuses.put(r.requirement().id(), r.status());
            }
        }
        return statuses;
    }

    private static Map<String, RequirementStatus> expected(RequirementStatus... in) {
        Map<String, RequirementStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < IDS.size(); i++) {
            map.put(IDS.get(i), in[i]);
        }
        return map;
    }

    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/tenants"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/tenants");
    }

    /** Passed and counted SHALL requirements of these sections, as the README's last paragraph gives them. */
    private static long[] shall(Map<String, RequirementStatus> statuses) {
        long counted = 0;
        long passed = 0;
        for (var r : SectionsFixture.pack().requirements()) {
            RequirementStatus s = statuses.get(r.id());
            if (s == null || r.obligation() != io.github.securescore.pack.Obligation.SHALL
                    || s == NA || s == NE) {
                continue;
            }
            counted++;
            passed += s == P ? 1 : 0;
        }
        return new long[] {passed, counted};
    }

    @Test
    void shallCountsAreTheReadmes() {
        assertEquals(List.of(1L, 12L), java.util.Arrays.stream(shall(statuses("contoso-small-business"))).boxed().toList());
        assertEquals(List.of(4L, 13L), java.util.Arrays.stream(shall(statuses("fabrikam-enterprise"))).boxed().toList());
        assertEquals(List.of(2L, 8L), java.util.Arrays.stream(shall(statuses("northwind-hybrid"))).boxed().toList());
    }

    @Test
    void contosoSmallBusiness() {
        //                      1.1 2.1 2.2 2.3 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 5.1 5.2 5.3 6.1 8.1 8.2 8.3
        assertEquals(expected(F, F, NE, F, F, F, F, F, NA, F, F, F, F, P, F, F, F, P, F, NE),
                statuses("contoso-small-business"));
    }

    @Test
    void fabrikamEnterprise() {
        assertEquals(expected(W, F, NE, F, F, F, W, P, F, F, F, F, F, P, F, P, P, P, F, NE),
                statuses("fabrikam-enterprise"));
    }

    @Test
    void northwindHybrid() {
        assertEquals(expected(F, NE, NE, NE, F, F, NE, NE, NE, F, F, F, F, P, F, F, P, P, F, NE),
                statuses("northwind-hybrid"));
    }
}
