package io.github.securescore.controls;

import java.util.List;

/**
 * One identity improvement action as the catalog describes it.
 *
 * @param name               Microsoft's controlName, e.g. {@code AdminMFAV2}
 * @param maxScore           the most points it earns (Graph's control profile may override it)
 * @param notScored          a [Not Scored] action: evaluated and shown, never in the score
 * @param resources          the snapshot keys its evaluation reads
 * @param remediationUrl     Microsoft's page on how to remediate it (the control profile's {@code actionUrl}
 *                           when collected, else the catalog's), or null
 */
public record Control(String name, String title, String category, double maxScore, Scoring scoring,
                      Population population, Level userImpact, Level implementationCost, List<String> threats,
                      String remediation, List<String> resources, boolean notScored, String remediationUrl) {

    /** How points are earned. */
    public enum Scoring { BINARY, PARTIAL }

    /** Whom a partial action counts. */
    public enum Population { ADMINS, ENABLED_USERS, NONE }

    /** User impact and implementation cost, as Microsoft rates them; lower ranks first. */
    public enum Level { LOW, MODERATE, HIGH }

    public Control {
        threats = List.copyOf(threats);
        resources = List.copyOf(resources);
    }

    /** A control without a remediation page. */
    public Control(String name, String title, String category, double maxScore, Scoring scoring,
                   Population population, Level userImpact, Level implementationCost, List<String> threats,
                   String remediation, List<String> resources, boolean notScored) {
        this(name, title, category, maxScore, scoring, population, userImpact, implementationCost, threats,
                remediation, resources, notScored, null);
    }

    /** The same control worth {@code points} at most (Microsoft's profile wins over the catalog). */
    public Control withMaxScore(double points) {
        return new Control(name, title, category, points, scoring, population, userImpact, implementationCost,
                threats, remediation, resources, notScored, remediationUrl);
    }

    /** The same control with Microsoft's remediation page at {@code url} (a collected profile's actionUrl). */
    public Control withRemediationUrl(String url) {
        return new Control(name, title, category, maxScore, scoring, population, userImpact, implementationCost,
                threats, remediation, resources, notScored, url);
    }
}
