package io.github.securescore.history;

import io.github.securescore.pack.PackResult;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.securescore.gate.Verdict;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.MicrosoftScore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a check as the history keeps it: one JSON line. Small on purpose (no evidence, no
 * account names), so a history of years stays a few megabytes and holds nothing sensitive.
 *
 * @param version            the line format version, {@link #VERSION}
 * @param time               when the tenant was observed: the snapshot's capture time, else the run's
 * @param recordedAt         when the run was appended
 * @param tenant             the tenant id, or null when the snapshot does not name it
 * @param source             where the snapshot came from (file or Graph endpoint)
 * @param build              the build's id or label (e.g. "#42"), or null
 * @param projectedPercent   the score if every Planned action were completed
 * @param riskAcceptedPoints maxima of the Risk accepted actions
 * @param verdict            PASS, UNSTABLE or FAIL
 * @param controls           each action's points and status, by control name, in catalog order
 * @param microsoft          Microsoft's own score and comparison averages, or null
 * @param scoreThreshold     the threshold of the run's score gate (the highest, when several), or null
 *                           without one; added within version 1, so older lines lack it
 * @param tenantName         the organisation's display name, or null when the snapshot has none; added
 *                           within version 1, so older lines lack it
 * @param origin             null for a run of this tool; {@value #ORIGIN_MICROSOFT} for a day of Microsoft's own
 *                           figures backfilled on the tenant's first run ({@link Backfill}: {@code source} names
 *                           Microsoft's data, no controls, no verdict); added within version 1, so older lines lack it
 * @param packs              the selected baseline packs' results, by pack id; added within version 1 and
 *                           left out when no pack was selected, so older lines lack it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRecord(int version, Instant time, Instant recordedAt, String tenant, String source, String build,
                        double points, double maxPoints, double percent, double projectedPercent,
                        double riskAcceptedPoints, Verdict.Status verdict, Map<String, ControlEntry> controls,
                        MicrosoftEntry microsoft, Double scoreThreshold, String tenantName, String origin,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, PackEntry> packs) {

    public static final int VERSION = 1;

    /** {@link #origin()} of a day of Microsoft's figures. */
    public static final String ORIGIN_MICROSOFT = "microsoft";

    /** A run without packs (the shape before {@code packs} was added). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public RunRecord(int version, Instant time, Instant recordedAt, String tenant, String source, String build,
                     double points, double maxPoints, double percent, double projectedPercent,
                     double riskAcceptedPoints, Verdict.Status verdict, Map<String, ControlEntry> controls,
                     MicrosoftEntry microsoft, Double scoreThreshold, String tenantName, String origin) {
        this(version, time, recordedAt, tenant, source, build, points, maxPoints, percent, projectedPercent,
                riskAcceptedPoints, verdict, controls, microsoft, scoreThreshold, tenantName, origin, null);
    }

    /** A run of this tool (the shape before {@code origin} was added). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public RunRecord(int version, Instant time, Instant recordedAt, String tenant, String source, String build,
                     double points, double maxPoints, double percent, double projectedPercent,
                     double riskAcceptedPoints, Verdict.Status verdict, Map<String, ControlEntry> controls,
                     MicrosoftEntry microsoft, Double scoreThreshold, String tenantName) {
        this(version, time, recordedAt, tenant, source, build, points, maxPoints, percent, projectedPercent,
                riskAcceptedPoints, verdict, controls, microsoft, scoreThreshold, tenantName, null);
    }

    /** A run of a tenant without a name (the shape before {@code tenantName} was added). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public RunRecord(int version, Instant time, Instant recordedAt, String tenant, String source, String build,
                     double points, double maxPoints, double percent, double projectedPercent,
                     double riskAcceptedPoints, Verdict.Status verdict, Map<String, ControlEntry> controls,
                     MicrosoftEntry microsoft, Double scoreThreshold) {
        this(version, time, recordedAt, tenant, source, build, points, maxPoints, percent, projectedPercent,
                riskAcceptedPoints, verdict, controls, microsoft, scoreThreshold, null, null);
    }

    /** A run without a score gate (the shape before {@code scoreThreshold} was added). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public RunRecord(int version, Instant time, Instant recordedAt, String tenant, String source, String build,
                     double points, double maxPoints, double percent, double projectedPercent,
                     double riskAcceptedPoints, Verdict.Status verdict, Map<String, ControlEntry> controls,
                     MicrosoftEntry microsoft) {
        this(version, time, recordedAt, tenant, source, build, points, maxPoints, percent, projectedPercent,
                riskAcceptedPoints, verdict, controls, microsoft, null, null, null);
    }

    public RunRecord {
        controls = controls == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controls));
        packs = packs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packs));
    }

    /**
     * One action in one run.
     *
     * @param status    the status constant, e.g. TO_ADDRESS
     * @param inMaximum whether it counted in the maximum
     * @param covered   how many of its population were protected (binary: 1 or 0), or null
     * @param of        the population's size, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ControlEntry(double points, double max, ControlStatus status, boolean inMaximum, Long covered,
                               Long of) {
    }

    /**
     * Microsoft's own daily score at the time of the run.
     *
     * @param averages         {@code averageComparativeScores} by basis, in Microsoft's points
     * @param identityAverages the bases' identity averages in percent of the identity maximum, where Microsoft
     *                         sent them (live shapes); added within version 1, so older lines lack it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MicrosoftEntry(String createdDateTime, double points, double maxPoints, Map<String, Double> averages,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> identityAverages) {

        public MicrosoftEntry {
            averages = averages == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(averages));
            identityAverages = identityAverages == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(identityAverages));
        }

        /** Without identity averages (Graph's documented shape, and history lines written before them). */
        public MicrosoftEntry(String createdDateTime, double points, double maxPoints, Map<String, Double> averages) {
            this(createdDateTime, points, maxPoints, averages, null);
        }

        public double percent() {
            return maxPoints <= 0 ? 0 : points / maxPoints * 100;
        }

        /**
         * A comparison average in percent, so it shares the chart's axis: the identity average of the basis
         * when Microsoft sent one (it compares the same actions as our score), else the overall average as a
         * percentage of Microsoft's maximum.
         */
        public double averagePercent(String basis) {
            Double identity = identityAverages.get(basis);
            if (identity != null) {
                return identity;
            }
            Double average = averages.get(basis);
            return average == null || maxPoints <= 0 ? Double.NaN : average / maxPoints * 100;
        }

        /** Whether the basis' line compares identity scores (true) or whole Microsoft Secure Scores. */
        public boolean comparesIdentity(String basis) {
            return identityAverages.containsKey(basis);
        }
    }

    /** The record of a run that assessed {@code assessment} with {@code verdict} at {@code now}. */
    public static RunRecord of(Assessment assessment, Verdict verdict, String build, Instant now) {
        return of(assessment, verdict, build, now, List.of());
    }

    /** As above, with the selected packs' results. */
    public static RunRecord of(Assessment assessment, Verdict verdict, String build, Instant now,
                               List<PackResult> packResults) {
        Map<String, PackEntry> packs = new LinkedHashMap<>();
        for (PackResult p : packResults) {
            packs.put(p.pack().id(), PackEntry.of(p));
        }
        Map<String, ControlEntry> controls = new LinkedHashMap<>();
        for (ControlResult c : assessment.controls()) {
            boolean evaluated = c.evaluation().outcome() == io.github.securescore.controls.Evaluation.Outcome.EVALUATED;
            controls.put(c.name(), new ControlEntry(round(c.points()), c.maxScore(), c.status(), c.inMaximum(),
                    evaluated ? c.evaluation().protectedCount() : null, evaluated ? c.evaluation().total() : null));
        }
        MicrosoftEntry microsoft = null;
        MicrosoftScore m = assessment.microsoft();
        if (m != null) {
            microsoft = new MicrosoftEntry(m.createdDateTime(), m.currentScore(), m.maxScore(), m.averages(),
                    m.identityAverages());
        }
        Instant time = assessment.capturedAt() != null ? assessment.capturedAt() : now;
        return new RunRecord(VERSION, time, now, assessment.tenantId(), assessment.source(), build,
                round(assessment.points()), round(assessment.maxPoints()), round(assessment.percent()),
                round(assessment.projectedPercent()), round(assessment.riskAcceptedPoints()),
                verdict == null ? null : verdict.status(), controls, microsoft, scoreThreshold(verdict),
                assessment.tenantName(), null, packs);
    }

    /** The history line of one day of Microsoft's figures, observed at the start of that day (UTC). */
    public static RunRecord microsoftDay(DailyFigure figure, String tenant, String tenantName, Instant now) {
        double percent = round(figure.percent());
        return new RunRecord(VERSION, figure.day().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), now, tenant,
                figure.source(), null, round(figure.points()), round(figure.maxPoints()), percent, percent, 0, null,
                Map.of(), null, null, tenantName, ORIGIN_MICROSOFT);
    }

    /** Whether this line is a day of Microsoft's figures rather than a run of this tool. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isMicrosoftDay() {
        return ORIGIN_MICROSOFT.equals(origin);
    }

    /** The score gate's threshold, the highest when several apply (as the report's chart draws it). */
    private static Double scoreThreshold(Verdict verdict) {
        if (verdict == null) {
            return null;
        }
        return verdict.gates().stream()
                .map(io.github.securescore.gate.GateResult::gate)
                .filter(g -> g.metric() == io.github.securescore.gate.Metric.SCORE_PERCENT)
                .map(io.github.securescore.gate.Gate::threshold)
                .max(Double::compare).orElse(null);
    }

    /** This run as one JSON line, the history file's format ({@link RunRecordCodec}). */
    public String toJson() {
        return RunRecordCodec.format(this);
    }

    /**
     * A run from a line written by {@link #toJson()} or read from a history file.
     *
     * @param source names where the line came from in the error message
     * @throws io.github.securescore.InvalidInputException when the line is damaged, lacks essentials or
     *                                                     comes from a newer version
     */
    public static RunRecord parse(String line, String source) {
        return RunRecordCodec.parse(line, source);
    }

    /** Actions marked Risk accepted in this run. */
    public long riskAcceptedCount() {
        return controls.values().stream().filter(c -> c.status() == ControlStatus.RISK_ACCEPTED).count();
    }

    /** Whether this run belongs to {@code tenantId} (null matches runs without a tenant). */
    public boolean isTenant(String tenantId) {
        return java.util.Objects.equals(tenant, tenantId);
    }

    /** Six decimals keep the file small and its arithmetic stable across runs. */
    public static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
