package io.github.securescore.history;

import io.github.securescore.score.ControlStatus;
import java.util.List;

/**
 * How one action moved between two runs, and why.
 *
 * @param before        points in the earlier run (0 when it was not there)
 * @param after         points in the later run (0 when it is gone)
 * @param beforeStatus  status in the earlier run, or null when it was not there
 * @param afterStatus   status in the later run, or null when it is gone
 * @param reasons       readable causes: status changes, coverage counts, evidence differences
 */
public record ControlChange(String control, double before, double after, ControlStatus beforeStatus,
                            ControlStatus afterStatus, List<String> reasons) {

    public ControlChange {
        reasons = List.copyOf(reasons);
    }

    /** Points gained (positive) or lost (negative). */
    public double delta() {
        return RunRecord.round(after - before);
    }

    public boolean gained() {
        return delta() > 0;
    }

    public boolean regressed() {
        return delta() < 0;
    }
}
