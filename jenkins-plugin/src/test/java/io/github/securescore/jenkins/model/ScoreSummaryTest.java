package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.check.CheckResult;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.ControlResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreSummaryTest {

    @Test
    void keepsTheEnginesNumbersVerdictAndRanking() {
        CheckResult result = Fixtures.check(List.of(Gate.of(Metric.SCORE_PERCENT, 99, Criticality.UNSTABLE)));

        ScoreSummary summary = ScoreSummary.of(result);

        assertEquals(result.assessment().percent(), summary.getPercent(), 1e-9);
        assertEquals(result.assessment().points(), summary.getPoints(), 1e-9);
        assertEquals(result.assessment().maxPoints(), summary.getMaxPoints(), 1e-9);
        assertEquals("11111111-2222-3333-4444-555555555555", summary.getTenantId());
        assertEquals("2026-11-21T10:00:00Z", summary.getCapturedAt());
        assertEquals(result.verdict().status().name(), summary.getVerdict());
        assertEquals("UNSTABLE", summary.getVerdict(), "a 99% floor must not hold for this tenant");
        assertEquals(99.0, summary.getScoreThreshold());

        assertEquals(result.assessment().controls().size(), summary.getActions().size());
        for (ControlResult control : result.assessment().controls()) {
            ActionSummary action = summary.action(control.name()).orElseThrow();
            assertEquals(control.points(), action.getPoints(), 1e-9, control.name());
            assertEquals(control.maxScore(), action.getMaxScore(), 1e-9, control.name());
            assertEquals(control.status().label(), action.getStatus(), control.name());
        }
        assertEquals(result.assessment().openActions().stream().map(ControlResult::name).toList(),
                summary.getRankedOpenActions().stream().map(ActionSummary::getName).toList());
        assertFalse(summary.getRankedOpenActions().isEmpty());

        assertEquals(1, summary.getGates().size());
        assertTrue(summary.getGates().get(0).isViolated());
        assertEquals(result.verdict().gates().get(0).message(), summary.getGates().get(0).getMessage());
    }

    @Test
    void turnsMicrosoftsAveragesIntoPercentOfItsMaximum() {
        ScoreSummary summary = ScoreSummary.of(Fixtures.check(List.of()));

        // the fixture: maxScore 60, AllTenants 24 points, TotalSeats 27 points, current 30
        assertEquals(40.0, summary.getMicrosoftAveragePercents().get("AllTenants"), 1e-9);
        assertEquals(45.0, summary.getMicrosoftAveragePercents().get("TotalSeats"), 1e-9);
        assertEquals(50.0, summary.getMicrosoftPercent(), 1e-9);
        assertNull(summary.getScoreThreshold());
        assertEquals("PASS", summary.getVerdict());
    }

    /** JEP-200: build.xml may only hold JDK classes and the plugin's own, never the engine's. */
    @Test
    void holdsOnlyTypesJenkinsMayReadBackFromBuildXml() {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ScoreSummary.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                for (Class<?> used : classesOf(field.getGenericType())) {
                    String name = used.getName();
                    boolean allowed = used.isPrimitive() || name.startsWith("java.")
                            || name.startsWith("io.github.securescore.jenkins.");
                    assertTrue(allowed, type.getSimpleName() + "." + field.getName() + " uses " + name);
                    if (name.startsWith("io.github.securescore.jenkins.")) {
                        todo.push(used);
                    }
                }
            }
        }
        assertTrue(seen.contains(ActionSummary.class) && seen.contains(GateSummary.class));
    }

    private static List<Class<?>> classesOf(Type type) {
        if (type instanceof Class<?> c) {
            return List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> result = new java.util.ArrayList<>(classesOf(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                result.addAll(classesOf(argument));
            }
            return result;
        }
        return List.of(Object.class);
    }
}
