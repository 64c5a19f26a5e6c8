package io.github.securescore.proposal;

import io.github.securescore.InvalidInputException;
import java.util.Set;

/** The states Graph and the azuread provider accept for a conditional access policy. */
final class PolicyStates {

    static final Set<String> KNOWN = Set.of("enabled", "disabled", "enabledForReportingButNotEnforced");

    private PolicyStates() {
    }

    /** A misspelt state would be scored as "not enforced" without a word; it is refused instead. */
    static void check(String state, String source, int line, int column, String field) {
        if (state != null && !KNOWN.contains(state)) {
            throw new InvalidInputException(source, line, column, field, "unknown policy state \""
                    + abbreviate(state) + "\"; expected enabled, disabled or enabledForReportingButNotEnforced");
        }
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
