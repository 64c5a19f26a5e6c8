package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** One day of Microsoft's own Secure Score (Graph {@code secureScore}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecureScore(String id, String createdDateTime, Double currentScore, Double maxScore,
                          Integer activeUserCount, Integer licensedUserCount,
                          List<AverageComparativeScore> averageComparativeScores, List<ControlScore> controlScores) {

    /**
     * One comparison average. {@code basis} and {@code averageScore} are Graph's documented fields (the
     * average of the whole Microsoft Secure Score); the others are what live tenants send beside them,
     * undocumented, often as strings ({@link NumericText}): the identity category's average and maximum,
     * and for a seat-size basis the range of tenant sizes compared.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AverageComparativeScore(String basis, Double averageScore,
                                          @JsonDeserialize(using = NumericText.Points.class) Double identityScore,
                                          @JsonDeserialize(using = NumericText.Points.class) Double identityScoreMax,
                                          @JsonDeserialize(using = NumericText.Count.class) Integer seatSizeRangeLowerValue,
                                          @JsonDeserialize(using = NumericText.Count.class) Integer seatSizeRangeUpperValue) {

        /** The documented shape: an overall average only. */
        public AverageComparativeScore(String basis, Double averageScore) {
            this(basis, averageScore, null, null, null, null);
        }

        /** The identity category's average in percent of its maximum, when Microsoft sent both (NaN otherwise). */
        public double identityPercent() {
            return identityScore == null || identityScoreMax == null || identityScoreMax <= 0 ? Double.NaN
                    : Math.min(100, identityScore / identityScoreMax * 100);
        }
    }

    /**
     * One control on that day. {@code controlName}, {@code controlCategory}, {@code score} and
     * {@code description} are documented; the rest is the live shape's additional data, numbers as strings.
     *
     * @param scoreInPercentage the share of the control's maximum achieved, 0 to 100
     * @param count             how many of the control's population Microsoft counts as protected
     * @param total             the population Microsoft counts
     * @param on                Microsoft's own "on" figure for the control (undocumented; recorded, not used)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlScore(String controlName, String controlCategory, Double score, String description,
                               String implementationStatus, String lastSynced,
                               @JsonDeserialize(using = NumericText.Points.class) Double scoreInPercentage,
                               @JsonDeserialize(using = NumericText.Count.class) Integer count,
                               @JsonDeserialize(using = NumericText.Count.class) Integer total,
                               @JsonDeserialize(using = NumericText.Points.class) Double on) {

        /** The documented shape. */
        public ControlScore(String controlName, String controlCategory, Double score, String description) {
            this(controlName, controlCategory, score, description, null, null, null, null, null, null);
        }
    }

    public SecureScore {
        averageComparativeScores = averageComparativeScores == null ? List.of() : List.copyOf(averageComparativeScores);
        controlScores = controlScores == null ? List.of() : List.copyOf(controlScores);
    }
}
