package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.jenkins.model.ActionComparison.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionComparisonTest {

    @Test
    void putsChangedActionsFirstWithBothBuildsValues() {
        ScoreSummary previous = summary(List.of(
                new ActionSummary("AdminMFAV2", "MFA for admins", "To address", 5, 10, 5, true),
                new ActionSummary("OneAdmin", "More than one admin", "Completed", 1, 1, 0, true)));
        ScoreSummary current = summary(List.of(
                new ActionSummary("OneAdmin", "More than one admin", "Completed", 1, 1, 0, true),
                new ActionSummary("AdminMFAV2", "MFA for admins", "Completed", 10, 10, 0, true),
                new ActionSummary("IntegratedApps", "No user consent", "To address", 0, 4, 4, true)));

        List<Row> rows = ActionComparison.rows(previous, current);

        assertEquals(List.of("AdminMFAV2", "IntegratedApps", "OneAdmin"), rows.stream().map(Row::name).toList());
        assertEquals(5.0, rows.get(0).delta(), 1e-9);
        assertEquals("To address", rows.get(0).previousStatus());
        assertTrue(rows.get(1).changed());
        assertNull(rows.get(1).delta(), "an action the previous build lacked has no delta");
        assertFalse(rows.get(2).changed());
    }

    private static ScoreSummary summary(List<ActionSummary> actions) {
        return new ScoreSummary("t", null, "s", 50, 5, 10, "PASS", List.of(), actions, List.of(), null, null,
                Map.of());
    }
}
