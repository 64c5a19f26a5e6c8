package io.github.securescore.policy;

/**
 * The organisation's good / okay / bad score ranges: at least {@code good} percent is good, at
 * least {@code okay} is okay, below is bad.
 */
public record ScoreZones(double good, double okay) {

    public static final ScoreZones DEFAULT = new ScoreZones(80, 50);

    public enum Zone { GOOD, OKAY, BAD }

    public ScoreZones {
        if (okay > good) {
            throw new IllegalArgumentException("zones.okay (" + okay + ") must not be above zones.good (" + good + ")");
        }
    }

    /**
     * A CI server's health for a score (Jenkins' weather icon): the score itself, whole percent, 0 to 100,
     * and a description naming the zone, so the icon and its tooltip agree with the report.
     */
    public record Health(int score, String description) {
    }

    public Health health(double percent) {
        int score = (int) Math.max(0, Math.min(100, Math.floor(percent)));
        Zone zone = zoneOf(percent);
        String label = zone.name().charAt(0) + zone.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return new Health(score, String.format(java.util.Locale.ROOT, "Identity Secure Score %.1f %%: %s"
                + " (good from %s %%, okay from %s %%)", percent, label, plain(good), plain(okay)));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public Zone zoneOf(double percent) {
        if (percent >= good) {
            return Zone.GOOD;
        }
        return percent >= okay ? Zone.OKAY : Zone.BAD;
    }
}
