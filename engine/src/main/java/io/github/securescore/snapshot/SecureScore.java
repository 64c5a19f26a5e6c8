package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One day of Microsoft's own Secure Score (Graph {@code secureScore}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecureScore(String id, String createdDateTime, Double currentScore, Double maxScore,
                          Integer activeUserCount, Integer licensedUserCount,
                          List<AverageComparativeScore> averageComparativeScores, List<ControlScore> controlScores) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AverageComparativeScore(String basis, Double averageScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlScore(String controlName, String controlCategory, Double score, String description) {
    }

    public SecureScore {
        averageComparativeScores = averageComparativeScores == null ? List.of() : List.copyOf(averageComparativeScores);
        controlScores = controlScores == null ? List.of() : List.copyOf(controlScores);
    }
}
