package io.github.securescore.history;

import io.github.securescore.pack.RequirementStatus;

/**
 * A pack requirement whose status changed from one run to the next.
 *
 * @param before its status in the earlier run, or null when that run did not evaluate the pack or the requirement
 * @param after  its status in the later run, or null when this run did not
 */
public record RequirementChange(String pack, String requirement, RequirementStatus before, RequirementStatus after) {

    /** Now passing where it did not. */
    public boolean improved() {
        return after == RequirementStatus.PASS && before != RequirementStatus.PASS;
    }

    /** No longer passing where it did. */
    public boolean regressed() {
        return before == RequirementStatus.PASS && after != RequirementStatus.PASS;
    }

    /** e.g. "scuba-aad MS.AAD.1.1v1: Pass -> Fail". */
    public String describe() {
        return pack + " " + requirement + ": " + (before == null ? "not evaluated in that run" : before.label())
                + " -> " + (after == null ? "not evaluated in this run" : after.label());
    }
}
