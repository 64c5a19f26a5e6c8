package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Microsoft's description of one control (Graph {@code secureScoreControlProfile}); {@code id} is the control name,
 * {@code actionUrl} Microsoft's remediation page (absent from snapshots collected before it was selected).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecureScoreControlProfile(String id, String title, String controlCategory, Double maxScore,
                                        String userImpact, String implementationCost, Boolean deprecated,
                                        List<ControlStateUpdate> controlStateUpdates, String actionUrl) {

    /** A status change made in Microsoft's portal: Default, Ignored, ThirdParty or Reviewed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlStateUpdate(String state, String comment, String updatedBy, String updatedDateTime,
                                     String assignedTo) {
    }

    public SecureScoreControlProfile {
        controlStateUpdates = controlStateUpdates == null ? List.of() : List.copyOf(controlStateUpdates);
    }
}
