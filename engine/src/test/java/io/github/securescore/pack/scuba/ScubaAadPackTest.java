package io.github.securescore.pack.scuba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScubaAadPackTest {

    @Test
    void theServiceLoaderFindsThePackWithEveryPolicyOfSections1To3And5To8InTheBaselinesOrder() {
        Pack pack = SectionsFixture.pack();
        assertEquals("scuba-aad", pack.id());
        assertTrue(pack.source().toString().startsWith("https://github.com/cisagov/ScubaGear/"));
        List<String> ids = pack.requirements().stream().map(Requirement::id)
                .filter(id -> !id.startsWith("MS.AAD.4.") && !id.startsWith("MS.AAD.7.")).toList();
        assertEquals(List.of("MS.AAD.1.1v1", "MS.AAD.2.1v1", "MS.AAD.2.2v1", "MS.AAD.2.3v1",
                "MS.AAD.3.1v1", "MS.AAD.3.2v1", "MS.AAD.3.3v2", "MS.AAD.3.4v1", "MS.AAD.3.5v1", "MS.AAD.3.6v1",
                "MS.AAD.3.7v1", "MS.AAD.3.8v1", "MS.AAD.3.9v1", "MS.AAD.5.1v1", "MS.AAD.5.2v1", "MS.AAD.5.3v1",
                "MS.AAD.6.1v1", "MS.AAD.8.1v1", "MS.AAD.8.2v1", "MS.AAD.8.3v1"), ids);
    }

    @Test
    void obligationsAreTheBaselines() {
        Pack pack = SectionsFixture.pack();
        List<String> should = pack.requirements().stream().filter(r -> r.obligation() == Obligation.SHOULD)
                .map(Requirement::id).filter(id -> !id.startsWith("MS.AAD.7.")).toList();
        assertEquals(List.of("MS.AAD.2.2v1", "MS.AAD.3.7v1", "MS.AAD.3.8v1", "MS.AAD.3.9v1", "MS.AAD.8.1v1",
                "MS.AAD.8.2v1", "MS.AAD.8.3v1"), should);
    }

    @Test
    void theBaselineOrderIsNumericNotTextual() {
        Requirement a = new Requirement("MS.AAD.3.10v1", "x", Obligation.SHALL, List.of(), c -> null);
        Requirement b = new Requirement("MS.AAD.3.9v1", "x", Obligation.SHALL, List.of(), c -> null);
        List<Requirement> sorted = new java.util.ArrayList<>(List.of(a, b));
        sorted.sort(ScubaAadPack.BASELINE_ORDER);
        assertEquals(List.of(b, a), sorted);
    }
}
