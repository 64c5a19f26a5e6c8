package io.github.securescore.policy;

import io.github.securescore.gate.Gate;
import io.github.securescore.score.StatusOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * What a team expects of its tenant: gates (overall and per-control thresholds with their
 * criticality), status overrides with justification, owner and expiry, and score zones.
 *
 * @param warnings what the policy accepts but probably does not mean (a 0.7 % threshold, no gates
 *                 at all), each a sentence naming where; front ends show them
 */
public record Policy(List<Gate> gates, List<StatusOverride> overrides, ScoreZones zones, List<String> warnings) {

    public static final Policy EMPTY = new Policy(List.of(), List.of(), ScoreZones.DEFAULT);

    public Policy {
        gates = List.copyOf(gates);
        overrides = List.copyOf(overrides);
        zones = zones == null ? ScoreZones.DEFAULT : zones;
        warnings = List.copyOf(warnings);
    }

    public Policy(List<Gate> gates, List<StatusOverride> overrides, ScoreZones zones) {
        this(gates, overrides, zones, List.of());
    }

    /**
     * This policy with {@code gate} added; a gate on the same metric (and control) is replaced, so
     * a command-line or POM threshold wins over the policy file's.
     */
    public Policy withGate(Gate gate) {
        List<Gate> result = new ArrayList<>();
        for (Gate existing : gates) {
            boolean same = existing.metric() == gate.metric()
                    && java.util.Objects.equals(existing.control(), gate.control());
            if (!same) {
                result.add(existing);
            }
        }
        result.add(gate);
        return new Policy(result, overrides, zones, warnings);
    }

    /** This policy with one more warning. */
    public Policy withWarning(String warning) {
        List<String> result = new ArrayList<>(warnings);
        result.add(warning);
        return new Policy(gates, overrides, zones, result);
    }
}
