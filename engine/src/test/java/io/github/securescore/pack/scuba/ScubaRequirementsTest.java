package io.github.securescore.pack.scuba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sections' requirement lists: ids, obligations and resources as the baseline states them. */
class ScubaRequirementsTest {

    @Test
    void sectionSevenListsNineRequirementsInOrder() {
        List<Requirement> requirements = ScubaPrivilegedAccess.requirements();
        assertEquals(List.of("MS.AAD.7.1v1", "MS.AAD.7.2v1", "MS.AAD.7.3v1", "MS.AAD.7.4v1", "MS.AAD.7.5v1",
                "MS.AAD.7.6v1", "MS.AAD.7.7v1", "MS.AAD.7.8v1", "MS.AAD.7.9v1"),
                requirements.stream().map(Requirement::id).toList());
        // only 7.9 is a SHOULD
        assertEquals(List.of("MS.AAD.7.9v1"), requirements.stream().filter(r -> r.obligation() == Obligation.SHOULD)
                .map(Requirement::id).toList());
        // PIM is read, but its absence (no P2) is judged by the evaluators, not by the pack's plain "not collected"
        assertTrue(requirements.get(5).optionalResources().contains(GraphResource.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS));
        assertTrue(requirements.get(3).optionalResources().contains(GraphResource.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES));
        assertTrue(requirements.get(0).resources().contains(GraphResource.ROLE_ASSIGNMENTS));
        assertTrue(requirements.get(0).allResources().contains(GraphResource.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES));
    }

    @Test
    void logForwardingIsManualWithItsReason() {
        Requirement logs = ScubaLogging.requirements().get(0);
        assertEquals("MS.AAD.4.1v1", logs.id());
        assertEquals(Obligation.SHALL, logs.obligation());
        RequirementOutcome outcome = Scuba.evaluate(Scuba.tenant(0), "MS.AAD.4.1v1");
        assertEquals(RequirementStatus.NOT_EVALUATED, outcome.status());
        assertTrue(outcome.manual());
        assertTrue(outcome.reason().contains("diagnostic settings"), outcome.reason());
        assertEquals(List.of(), outcome.missingPermissions());
    }
}
