package io.github.securescore.history;

import java.util.List;

/**
 * What changed from one run to the next: the actions that gained or lost points (or changed
 * status), with the points achieved and regressed, as Secure Score's "score changes" view shows.
 *
 * @param previous the earlier run
 * @param current  the later run
 * @param controls the actions that changed, biggest movement first
 * @param requirements the pack requirements whose status changed, in pack and requirement order
 */
public record RunChange(RunRecord previous, RunRecord current, List<ControlChange> controls,
                        List<RequirementChange> requirements) {

    public RunChange {
        controls = List.copyOf(controls);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public RunChange(RunRecord previous, RunRecord current, List<ControlChange> controls) {
        this(previous, current, controls, List.of());
    }

    /** Points gained across the actions that gained. */
    public double achievedPoints() {
        return RunRecord.round(controls.stream().filter(ControlChange::gained).mapToDouble(ControlChange::delta).sum());
    }

    /** Points lost across the actions that regressed, as a positive number. */
    public double regressedPoints() {
        return RunRecord.round(-controls.stream().filter(ControlChange::regressed).mapToDouble(ControlChange::delta).sum());
    }

    /** Score change in percentage points. */
    public double percentChange() {
        return RunRecord.round(current.percent() - previous.percent());
    }

    public List<ControlChange> gained() {
        return controls.stream().filter(ControlChange::gained).toList();
    }

    public List<ControlChange> regressed() {
        return controls.stream().filter(ControlChange::regressed).toList();
    }

    public boolean isEmpty() {
        return controls.isEmpty() && requirements.isEmpty() && percentChange() == 0;
    }
}
