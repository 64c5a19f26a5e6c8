package io.github.securescore.score;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's Identity Secure Score: every action's result, the points achieved out of the
 * maximum, and what is achievable and projected.
 *
 * @param points              achieved points
 * @param maxPoints           maximum points of the scored actions
 * @param riskAcceptedPoints  the maxima of the Risk accepted actions (in maxPoints, never achievable)
 * @param plannedPoints       points still open on Planned actions (the projection adds them)
 * @param expiredOverrides    policy overrides past their expiry date (no longer applied)
 * @param microsoft           Microsoft's own score when the snapshot has it, else null
 * @param tenantName          the organisation's display name from the snapshot, else null
 * @param reportedByMicrosoft what Microsoft reports in its Identity category beyond our actions (never scored)
 * @param entraScore          Entra's own Identity Secure Score of the newest day (tenantSecureScores), else null:
 *                            the tenant-level identity figure beside ours (the secureScores figure is all of
 *                            Microsoft Secure Score)
 */
public record Assessment(String tenantId, Instant capturedAt, String source, boolean securityDefaults,
                         List<ControlResult> controls, double points, double maxPoints, double riskAcceptedPoints,
                         double plannedPoints, List<StatusOverride> expiredOverrides, MicrosoftScore microsoft,
                         String tenantName, ReportedByMicrosoft reportedByMicrosoft,
                         EntraScore entraScore) {

    public Assessment {
        controls = List.copyOf(controls);
        expiredOverrides = List.copyOf(expiredOverrides);
        reportedByMicrosoft = reportedByMicrosoft == null ? ReportedByMicrosoft.NONE : reportedByMicrosoft;
    }

    /** An assessment without Microsoft's other Identity controls. */
    public Assessment(String tenantId, Instant capturedAt, String source, boolean securityDefaults,
                      List<ControlResult> controls, double points, double maxPoints, double riskAcceptedPoints,
                      double plannedPoints, List<StatusOverride> expiredOverrides, MicrosoftScore microsoft,
                      String tenantName) {
        this(tenantId, capturedAt, source, securityDefaults, controls, points, maxPoints, riskAcceptedPoints,
                plannedPoints, expiredOverrides, microsoft, tenantName, ReportedByMicrosoft.NONE, null);
    }

    /** Entra's own Identity Secure Score of the newest day, when the snapshot holds tenantSecureScores. */
    public Optional<EntraScore> entra() {
        return Optional.ofNullable(entraScore);
    }

    /** An assessment of a tenant whose name is not known. */
    public Assessment(String tenantId, Instant capturedAt, String source, boolean securityDefaults,
                      List<ControlResult> controls, double points, double maxPoints, double riskAcceptedPoints,
                      double plannedPoints, List<StatusOverride> expiredOverrides, MicrosoftScore microsoft) {
        this(tenantId, capturedAt, source, securityDefaults, controls, points, maxPoints, riskAcceptedPoints,
                plannedPoints, expiredOverrides, microsoft, null);
    }

    /** The Identity Secure Score in percent. */
    public double percent() {
        return percentOf(points, maxPoints);
    }

    /** The score against the maximum without the Risk accepted actions. */
    public double achievablePercent() {
        return percentOf(points, maxPoints - riskAcceptedPoints);
    }

    /** Points if every Planned action were completed. */
    public double projectedPoints() {
        return points + plannedPoints;
    }

    public double projectedPercent() {
        return percentOf(projectedPoints(), maxPoints);
    }

    public Optional<ControlResult> control(String name) {
        return controls.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The next steps ({@link Ranking}): open actions (To address, Planned) with points left, best first. */
    public List<ControlResult> openActions() {
        return Ranking.nextSteps(controls);
    }

    public long notEvaluatedCount() {
        return controls.stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED).count();
    }

    public Optional<MicrosoftScore> microsoftScore() {
        return Optional.ofNullable(microsoft);
    }

    /** {@link Ranking#ORDER}: remaining points first, then lower user impact, then lower implementation cost. */
    public static final Comparator<ControlResult> RANKING = Ranking.ORDER::compare;

    private static double percentOf(double points, double max) {
        return max <= 0 ? 0 : points / max * 100;
    }
}
