package io.github.securescore.score;

/**
 * Entra's own Identity Secure Score of one day (Graph beta tenantSecureScores), shown beside ours: the
 * same total as ours, unlike Microsoft Secure Score's figure.
 *
 * @param day Graph's {@code createDateTime} of the day, as recorded
 */
public record EntraScore(String day, double points, double maxPoints) {

    public double percent() {
        return maxPoints == 0 ? 0 : points / maxPoints * 100;
    }
}
