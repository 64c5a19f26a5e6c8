package io.github.securescore.score;

import java.util.Map;

/**
 * Microsoft's own newest daily Secure Score, shown beside ours.
 *
 * @param averages         {@code averageComparativeScores} by basis (AllTenants, TotalSeats, IndustryTypes), in
 *                         points of the whole Microsoft Secure Score
 * @param identityAverages the same bases' identity averages in percent of the identity maximum
 *                         ({@code identityScore / identityScoreMax}), where Microsoft sent them
 */
public record MicrosoftScore(String createdDateTime, double currentScore, double maxScore, Map<String, Double> averages,
                             Map<String, Double> identityAverages) {

    public MicrosoftScore {
        averages = Map.copyOf(averages);
        identityAverages = identityAverages == null ? Map.of() : Map.copyOf(identityAverages);
    }

    /** Without identity averages (Graph's documented shape). */
    public MicrosoftScore(String createdDateTime, double currentScore, double maxScore, Map<String, Double> averages) {
        this(createdDateTime, currentScore, maxScore, averages, Map.of());
    }

    public double percent() {
        return maxScore == 0 ? 0 : currentScore / maxScore * 100;
    }
}
