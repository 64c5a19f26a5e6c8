package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One Microsoft Entra recommendation (Graph beta {@code recommendation}). Those of category
 * {@code identitySecureScore} carry Entra's own figures per improvement action ({@code currentScore},
 * {@code maxScore}) and the status set in the Entra admin center; {@code mdiSecureScore} ones are
 * Defender for Identity posture items. {@code impactedResources} is a navigation property the
 * collector does not expand (for MFA registration it lists every unregistered account), so it is
 * not kept.
 *
 * @param recommendationType Microsoft's short name, e.g. {@code adminMFAV2} (an evolvable enum)
 * @param status             active, completedBySystem, completedByUser, dismissed, postponed, riskAccepted,
 *                           thirdParty, planned, alternateMitigation, needsMoreAction, or a newer value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recommendation(String id, String recommendationType, String category, String categoryGroup,
                             String displayName, Double currentScore, Double maxScore, String status,
                             String priority, String benefits, String remediationImpact, String lastModifiedBy,
                             String lastModifiedDateTime, List<ActionStep> actionSteps) {

    /** The Identity Secure Score's category of recommendations. */
    public static final String IDENTITY_SECURE_SCORE = "identitySecureScore";
    /** Defender for Identity posture recommendations, counted by Microsoft when MDI is deployed. */
    public static final String MDI_SECURE_SCORE = "mdiSecureScore";

    /** One step of Microsoft's remediation ({@code actionStep}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionStep(Integer stepNumber, String text, ActionUrl actionUrl) {
    }

    /** A step's link ({@code actionUrl}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionUrl(String displayName, String url) {
    }

    public Recommendation {
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
    }

    /** Whether Microsoft counts it in a secure score (identity or Defender for Identity). */
    public boolean scored() {
        return IDENTITY_SECURE_SCORE.equalsIgnoreCase(category) || MDI_SECURE_SCORE.equalsIgnoreCase(category);
    }
}
