package io.github.securescore.jenkins.model;

import io.github.securescore.check.CheckResult;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.Metric;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.MicrosoftScore;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The numbers of one check that a build keeps in {@code build.xml}: score, maximum, percent,
 * verdict, gate outcomes, per-action points, the ranking of open actions and Microsoft's
 * comparison averages. The trend chart and the build summary read only this, never the full
 * assessment file.
 *
 * <p>Plain JDK types only (mutable collections, as XStream restores them): see {@link ActionSummary}.
 */
public final class ScoreSummary implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String tenantId;
    private final String capturedAt;
    private final String source;
    private final double percent;
    private final double points;
    private final double maxPoints;
    private final String verdict;
    private final ArrayList<GateSummary> gates;
    private final ArrayList<ActionSummary> actions;
    private final ArrayList<String> rankedOpenActions;
    private final Double scoreThreshold;
    private final Double microsoftPercent;
    private final TreeMap<String, Double> microsoftAveragePercents;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public ScoreSummary(String tenantId, String capturedAt, String source, double percent, double points,
                        double maxPoints, String verdict, List<GateSummary> gates, List<ActionSummary> actions,
                        List<String> rankedOpenActions, Double scoreThreshold, Double microsoftPercent,
                        Map<String, Double> microsoftAveragePercents) {
        this.tenantId = tenantId;
        this.capturedAt = capturedAt;
        this.source = source;
        this.percent = percent;
        this.points = points;
        this.maxPoints = maxPoints;
        this.verdict = verdict;
        this.gates = new ArrayList<>(gates);
        this.actions = new ArrayList<>(actions);
        this.rankedOpenActions = new ArrayList<>(rankedOpenActions);
        this.scoreThreshold = scoreThreshold;
        this.microsoftPercent = microsoftPercent;
        this.microsoftAveragePercents = new TreeMap<>(microsoftAveragePercents);
    }

    /** Copies what a build keeps out of the engine's result. */
    public static ScoreSummary of(CheckResult result) {
        return of(result, result.assessment().source());
    }

    /**
     * @param source what to call the snapshot's origin on the result page (a workspace path rather
     *               than the controller's temporary copy)
     */
    public static ScoreSummary of(CheckResult result, String source) {
        Assessment assessment = result.assessment();
        List<ActionSummary> actions = assessment.controls().stream().map(ActionSummary::of).toList();
        List<String> ranked = assessment.openActions().stream().map(ControlResult::name).toList();
        List<GateSummary> gates = result.verdict().gates().stream().map(GateSummary::of).toList();
        Double threshold = result.policy().gates().stream()
                .filter(g -> g.metric() == Metric.SCORE_PERCENT)
                .map(Gate::threshold)
                .findFirst().orElse(null);
        Optional<MicrosoftScore> microsoft = assessment.microsoftScore();
        Map<String, Double> averages = new TreeMap<>();
        microsoft.ifPresent(m -> m.averages().forEach((basis, average) -> {
            // Microsoft reports averages in points of its own maximum; the chart's axis is percent
            if (m.maxScore() > 0) {
                averages.put(basis, average / m.maxScore() * 100);
            }
        }));
        return new ScoreSummary(assessment.tenantId(),
                assessment.capturedAt() == null ? null : assessment.capturedAt().toString(),
                source, assessment.percent(), assessment.points(), assessment.maxPoints(),
                result.verdict().status().name(), gates, actions, ranked, threshold,
                microsoft.map(MicrosoftScore::percent).orElse(null), averages);
    }

    public String getTenantId() {
        return tenantId;
    }

    /** When the snapshot was taken (ISO-8601), or null. */
    public String getCapturedAt() {
        return capturedAt;
    }

    /** The snapshot file or live collection the score came from. */
    public String getSource() {
        return source;
    }

    public double getPercent() {
        return percent;
    }

    public double getPoints() {
        return points;
    }

    public double getMaxPoints() {
        return maxPoints;
    }

    /** PASS, UNSTABLE or FAIL. */
    public String getVerdict() {
        return verdict;
    }

    public List<GateSummary> getGates() {
        return Collections.unmodifiableList(gates);
    }

    /** Every action in catalog order. */
    public List<ActionSummary> getActions() {
        return Collections.unmodifiableList(actions);
    }

    /** Open actions with points left, in the engine's order: best next step first. */
    public List<ActionSummary> getRankedOpenActions() {
        List<ActionSummary> ranked = new ArrayList<>();
        for (String name : rankedOpenActions) {
            action(name).ifPresent(ranked::add);
        }
        return ranked;
    }

    public Optional<ActionSummary> action(String name) {
        return actions.stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    /** The threshold of the overall score gate, or null without one. */
    public Double getScoreThreshold() {
        return scoreThreshold;
    }

    /** Microsoft's own newest daily score in percent, or null when the snapshot has none. */
    public Double getMicrosoftPercent() {
        return microsoftPercent;
    }

    /** Microsoft's comparison averages (AllTenants, TotalSeats, IndustryTypes) in percent of its maximum. */
    public Map<String, Double> getMicrosoftAveragePercents() {
        return Collections.unmodifiableMap(microsoftAveragePercents);
    }
}
