package io.github.securescore.score;

import java.util.Map;

/**
 * Microsoft's own newest daily Secure Score, shown beside ours.
 *
 * @param averages {@code averageComparativeScores} by basis (AllTenants, TotalSeats, IndustryTypes)
 */
public record MicrosoftScore(String createdDateTime, double currentScore, double maxScore, Map<String, Double> averages) {

    public MicrosoftScore {
        averages = Map.copyOf(averages);
    }

    public double percent() {
        return maxScore == 0 ? 0 : currentScore / maxScore * 100;
    }
}
