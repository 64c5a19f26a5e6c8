package io.github.securescore.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An improvement action's status, as the Secure Score portal names them. */
public enum ControlStatus {
    TO_ADDRESS("To address", true),
    PLANNED("Planned", true),
    RISK_ACCEPTED("Risk accepted", true),
    THIRD_PARTY("Resolved through third party", true),
    ALTERNATE_MITIGATION("Resolved through alternate mitigation", true),
    IGNORED("Ignored", true),
    /** Set by the evaluation when every point is earned; never by a user. */
    COMPLETED("Completed", false),
    NOT_APPLICABLE("Not applicable", false),
    NOT_EVALUATED("Not evaluated", false);

    private final String label;
    private final boolean userSettable;

    ControlStatus(String label, boolean userSettable) {
        this.label = label;
        this.userSettable = userSettable;
    }

    public String label() {
        return label;
    }

    /** Whether a policy file (or the portal) may set it. */
    public boolean userSettable() {
        return userSettable;
    }

    /**
     * The status a user wrote: the label ("Risk accepted"), the constant (RISK_ACCEPTED), or a
     * camel-case name (riskAccepted, thirdParty, alternateMitigation), case and separators ignored.
     */
    public static Optional<ControlStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalise(text);
        return Arrays.stream(values())
                .filter(s -> normalise(s.name()).equals(wanted) || normalise(s.label).equals(wanted)
                        || normalise(s.label).equals("resolvedthrough" + wanted))
                .findFirst();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    @Override
    public String toString() {
        return label;
    }
}
