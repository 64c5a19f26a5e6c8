package io.github.securescore.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.securescore.controls.Control.Population;
import io.github.securescore.controls.Control.Scoring;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** catalog.json matches DESIGN.md's table of identity actions, and every action has an evaluator. */
class ControlCatalogTest {

    private final ControlCatalog catalog = ControlCatalog.bundled();

    @ParameterizedTest
    @CsvSource({
            "AdminMFAV2, 10, PARTIAL, ADMINS",
            "MFARegistrationV2, 9, PARTIAL, ENABLED_USERS",
            "BlockLegacyAuthentication, 8, PARTIAL, ENABLED_USERS",
            "PWAgePolicyNew, 8, BINARY, NONE",
            "UserRiskPolicy, 7, PARTIAL, ENABLED_USERS",
            "SigninRiskPolicy, 7, PARTIAL, ENABLED_USERS",
            "PasswordHashSync, 5, BINARY, NONE",
            "IntegratedApps, 4, BINARY, NONE",
            "RoleOverlap, 1, BINARY, NONE",
            "OneAdmin, 1, BINARY, NONE",
            "SelfServicePasswordReset, 1, PARTIAL, ENABLED_USERS"})
    void actionAsDesigned(String name, double max, Scoring scoring, Population population) {
        Control control = catalog.control(name).orElseThrow();
        assertEquals(max, control.maxScore());
        assertEquals(scoring, control.scoring());
        assertEquals(population, control.population());
        assertFalse(control.notScored());
    }

    @Test
    void twelveActionsEachWithAnEvaluator() {
        List<String> names = catalog.controls().stream().map(Control::name).toList();
        assertEquals(12, names.size());
        assertEquals(new java.util.TreeSet<>(names), new java.util.TreeSet<>(ImprovementActions.evaluators().keySet()));
    }
}
