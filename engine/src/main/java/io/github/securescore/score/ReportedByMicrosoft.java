package io.github.securescore.score;

import java.util.List;

/**
 * What Microsoft reports in its Identity category beyond our actions: Defender for Cloud Apps
 * connectors ({@code MDA_*}), CIS-style Entra controls ({@code aad_*}), Defender for Identity
 * posture items ({@code AATP_*}, recommendations of category {@code mdiSecureScore}) and any other
 * control we do not evaluate. Shown with Microsoft's figures; never part of our score.
 *
 * @param actions      the controls and recommendations, by source, then name
 * @param notCollected the Microsoft sources a snapshot lacks, one line each ("… not collected: …")
 */
public record ReportedByMicrosoft(List<Action> actions, List<String> notCollected) {

    /** Every such action's status here: Microsoft's figures are shown, nothing is evaluated or scored. */
    public static final String STATUS = "reported by Microsoft, not evaluated here";

    public static final ReportedByMicrosoft NONE = new ReportedByMicrosoft(List.of(), List.of());

    public ReportedByMicrosoft {
        actions = List.copyOf(actions);
        notCollected = List.copyOf(notCollected);
    }

    public boolean isEmpty() {
        return actions.isEmpty() && notCollected.isEmpty();
    }

    /**
     * One control or recommendation as Microsoft reports it (tenant text: every renderer escapes it).
     *
     * @param name            Microsoft's controlName or recommendationType
     * @param product         the product it belongs to, from its name or category (e.g. Defender for Identity)
     * @param source          Microsoft Secure Score or Microsoft Entra recommendations
     * @param points          Microsoft's points, or null when Microsoft gives none
     * @param maxScore        Microsoft's maximum, or null when Microsoft gives none
     * @param microsoftStatus the status Microsoft shows (a portal state or a recommendation status), or null
     */
    public record Action(String name, String title, String product, String source, Double points, Double maxScore,
                         String microsoftStatus) {
    }
}
