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

    public Zone zoneOf(double percent) {
        if (percent >= good) {
            return Zone.GOOD;
        }
        return percent >= okay ? Zone.OKAY : Zone.BAD;
    }
}
