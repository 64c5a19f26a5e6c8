package io.github.securescore.policy;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.gate.Gate;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.PackSelection;
import io.github.securescore.score.StatusOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * What a team expects of its tenant: gates (overall and per-control thresholds with their
 * criticality), status overrides with justification, owner and expiry, and score zones.
 *
 * @param warnings what the policy accepts but probably does not mean (a 0.7 % threshold, no gates
 *                 at all), each a sentence naming where; front ends show them
 * @param packs      the selected packs' ids ({@link PackSelection#SCORE} is the score's), in the file's order
 * @param omissions  requirements of packs left out, with justification, owner and expiry
 * @param exclusions accounts and groups requirements accept being left out
 */
public record Policy(List<Gate> gates, List<StatusOverride> overrides, ScoreZones zones, List<String> warnings,
                     List<String> packs, List<PackOmission> omissions, List<AcceptedExclusion> exclusions) {

    /** The selection when a policy names no packs: the score alone, as before packs existed. */
    public static final List<String> DEFAULT_PACKS = List.of(PackSelection.SCORE);

    public static final Policy EMPTY = new Policy(List.of(), List.of(), ScoreZones.DEFAULT);

    public Policy {
        gates = List.copyOf(gates);
        overrides = List.copyOf(overrides);
        zones = zones == null ? ScoreZones.DEFAULT : zones;
        warnings = List.copyOf(warnings);
        packs = packs == null || packs.isEmpty() ? DEFAULT_PACKS : List.copyOf(packs);
        omissions = List.copyOf(omissions);
        exclusions = List.copyOf(exclusions);
    }

    public Policy(List<Gate> gates, List<StatusOverride> overrides, ScoreZones zones, List<String> warnings) {
        this(gates, overrides, zones, warnings, DEFAULT_PACKS, List.of(), List.of());
    }

    public Policy(List<Gate> gates, List<StatusOverride> overrides, ScoreZones zones) {
        this(gates, overrides, zones, List.of());
    }

    /** Whether the score's own gates apply (the score is always assessed). */
    public boolean scoreSelected() {
        return packs.contains(PackSelection.SCORE);
    }

    /** This policy with another pack selection (e.g. {@code --pack}, which replaces the file's). */
    public Policy withPacks(List<String> selection) {
        return new Policy(gates, overrides, zones, warnings, selection, omissions, exclusions);
    }

    /**
     * This policy with {@code gate} added; a gate on the same metric (and control) is replaced, so
     * a command-line or POM threshold wins over the policy file's.
     */
    public Policy withGate(Gate gate) {
        List<Gate> result = new ArrayList<>();
        for (Gate existing : gates) {
            boolean same = existing.sameMeasure(gate);
            if (!same) {
                result.add(existing);
            }
        }
        result.add(gate);
        return new Policy(result, overrides, zones, warnings, packs, omissions, exclusions);
    }

    /** This policy without the score's gates (kept: the pack gates), for a check that does not select the score. */
    public Policy withoutScoreGates() {
        return new Policy(gates.stream().filter(g -> g.metric().onPack()).toList(), overrides, zones, warnings, packs,
                omissions, exclusions);
    }

    /** This policy with one more warning. */
    public Policy withWarning(String warning) {
        List<String> result = new ArrayList<>(warnings);
        result.add(warning);
        return new Policy(gates, overrides, zones, result, packs, omissions, exclusions);
    }
}
