package io.github.securescore.jenkins;

import hudson.model.HealthReport;
import hudson.model.HealthReportingAction;
import io.github.securescore.policy.ScoreZones;
import io.jenkins.plugins.util.QualityGateResult;
import jenkins.util.NonLocalizable;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Api;
import hudson.model.Run;
import io.github.securescore.InvalidInputException;
import io.github.securescore.history.Changes;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunRecord;
import io.github.securescore.report.ReportDetail;
import io.github.securescore.report.ReportFormat;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One check's result in a build (several per build, one per id). {@code build.xml} keeps only the
 * engine's {@link RunRecord} as its JSON line (a {@code String}: JEP-200 lets XStream restore JDK
 * types, not engine records); the engine parses it back. The engine's JSON and HTML reports are
 * in {@code identity-secure-score/<id>/} in the build directory; the JSON report's gate sentences
 * and evidence ({@link ReportDetail}) are read only when the result page needs them, behind a weak
 * reference: the pattern of coverage-plugin's {@code CoverageBuildAction} and plugin-util-api's
 * {@code BuildAction}, written out here because that base class keeps its detail in XStream XML.
 */
@ExportedBean
public class ScoreBuildAction implements RunAction2, HealthReportingAction {

    static final String DIRECTORY = "identity-secure-score";

    /**
     * Jenkins' default for archived files ({@code DirectoryBrowserSupport.DEFAULT_CSP_VALUE}) without its
     * {@code allow-same-origin}: the report needs neither scripts nor Jenkins' origin, and reads well under it.
     */
    static final String REPORT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";

    private static final Logger LOGGER = Logger.getLogger(ScoreBuildAction.class.getName());

    private final String id;
    private final String name;
    /** The run record's JSON line ({@link RunRecord#toJson()}), the only result kept in build.xml. */
    private final String runRecord;

    /** The engine's gate results in plugin-util-api's model (null in builds from before it was kept). */
    @CheckForNull
    private QualityGateResult qualityGateResult;

    /**
     * The score zones of the policy this check applied (plain numbers, so build.xml holds JDK types only);
     * null in builds recorded before they were kept, which use the engine's default zones.
     */
    @CheckForNull
    private Double zoneGood;
    @CheckForNull
    private Double zoneOkay;

    /**
     * The days of Microsoft's own score this check backfilled (the tenant's first run): UTC day ({@code yyyy-MM-dd})
     * to percent, oldest first; plain JDK types for build.xml. Null in every other build.
     */
    @CheckForNull
    private LinkedHashMap<String, Double> microsoftDays;

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    @CheckForNull
    private transient RunRecord parsed;
    /** Set once parsing failed, so a damaged build.xml is reported once, not on every page view. */
    private transient boolean unreadable;
    @CheckForNull
    private transient WeakReference<ReportDetail> detail;

    ScoreBuildAction(Run<?, ?> owner, String id, String name, RunRecord record) {
        this.owner = owner;
        this.id = id;
        this.name = name;
        this.runRecord = record.toJson();
        this.parsed = record;
    }

    void setQualityGateResult(QualityGateResult qualityGateResult) {
        this.qualityGateResult = qualityGateResult;
    }

    void setZones(ScoreZones zones) {
        this.zoneGood = zones.good();
        this.zoneOkay = zones.okay();
    }

    void setMicrosoftDays(Map<String, Double> days) {
        this.microsoftDays = days.isEmpty() ? null : new LinkedHashMap<>(days);
    }

    /** The days of Microsoft's own score this build's check backfilled, day to percent; empty for most builds. */
    public Map<String, Double> getMicrosoftDays() {
        return microsoftDays == null ? Map.of() : Collections.unmodifiableMap(microsoftDays);
    }

    /** The zones the check's policy set, else (older builds, or a damaged build.xml) the engine's defaults. */
    public ScoreZones getZones() {
        if (zoneGood == null || zoneOkay == null) {
            return ScoreZones.DEFAULT;
        }
        try {
            return new ScoreZones(zoneGood, zoneOkay);
        } catch (IllegalArgumentException e) {
            LOGGER.log(Level.WARNING, "Identity Secure Score zones of {0} cannot be read: {1}",
                    new Object[] {owner, e.getMessage()});
            return ScoreZones.DEFAULT;
        }
    }

    /** The gates as coverage and warnings-ng show theirs; null for builds recorded before. */
    @CheckForNull
    public QualityGateResult getQualityGateResult() {
        return qualityGateResult;
    }

    /**
     * The job's weather from this build's score; the engine's {@link ScoreZones#health} decides the figure
     * and the words, with the zones of the policy the check applied ({@link #getZones()}).
     */
    @Override
    @CheckForNull
    public HealthReport getBuildHealth() {
        RunRecord record = getRun();
        if (record == null) {
            return null;
        }
        ScoreZones.Health health = getZones().health(record.percent());
        return new HealthReport(health.score(), null, new NonLocalizable(health.description()));
    }

    /** XStream restores fields without a constructor: the transient lock must be made again. */
    protected Object readResolve() {
        lock = new ReentrantLock();
        return this;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        owner = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        owner = r;
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    @Exported
    public String getId() {
        return id;
    }

    /** Jenkins' remote API for this result: {@code <build>/<id>/api/json} (also in the build's {@code actions}). */
    public Api getApi() {
        return new Api(this);
    }

    /**
     * This build's run as the engine recorded it (score, verdict, per-action points, Microsoft's
     * averages, the score gate's threshold); null when {@code build.xml} holds no readable record.
     * Reading it never touches a file of the build directory.
     */
    @CheckForNull
    public RunRecord getRun() {
        lock.lock();
        try {
            if (parsed == null && runRecord != null && !unreadable) {
                parsed = RunRecord.parse(runRecord, owner == null ? "build.xml" : owner + " build.xml");
            }
            return parsed;
        } catch (InvalidInputException e) {
            unreadable = true;
            LOGGER.log(Level.WARNING, "Identity Secure Score result of {0} cannot be read: {1}",
                    new Object[] {owner, e.getMessage()});
            return null;
        } finally {
            lock.unlock();
        }
    }

    // the getters the views and the trend read: the RunRecord's figures, nothing computed here

    @Exported
    public double getPercent() {
        RunRecord r = getRun();
        return r == null ? Double.NaN : r.percent();
    }

    @Exported
    public double getPoints() {
        RunRecord r = getRun();
        return r == null ? Double.NaN : r.points();
    }

    @Exported
    public double getMaxPoints() {
        RunRecord r = getRun();
        return r == null ? Double.NaN : r.maxPoints();
    }

    /** PASS, UNSTABLE or FAIL; null when unknown. */
    @CheckForNull
    @Exported
    public String getVerdict() {
        RunRecord r = getRun();
        return r == null || r.verdict() == null ? null : r.verdict().name();
    }

    /** Per action, in catalog order: points, maximum, status. */
    public Map<String, RunRecord.ControlEntry> getControls() {
        RunRecord r = getRun();
        return r == null ? Map.of() : r.controls();
    }

    /** Microsoft's own daily score in percent, or null when the snapshot had none. */
    @CheckForNull
    @Exported
    public Double getMicrosoftPercent() {
        RunRecord r = getRun();
        return r == null || r.microsoft() == null ? null : r.microsoft().percent();
    }

    /**
     * Entra's own Identity Secure Score of the newest day in percent (the JSON report's {@code entraScore}), or null
     * when the snapshot had none or the report is gone.
     */
    @CheckForNull
    @Exported
    public Double getEntraPercent() {
        ReportDetail loaded = getDetail();
        return loaded == null || loaded.entraScore() == null ? null : loaded.entraScore().percent();
    }

    @Override
    public String getIconFileName() {
        return "symbol-shield-checkmark-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return name == null || name.isBlank() ? "Identity Secure Score" : name;
    }

    @Override
    public String getUrlName() {
        return id;
    }

    static Path reportDirectory(Run<?, ?> r, String id) {
        return r.getRootDir().toPath().resolve(DIRECTORY).resolve(id);
    }

    /**
     * Gate sentences and per-action ranking and evidence from the engine's JSON report, read when
     * the weak reference is empty. Null when the report is gone or unreadable (the run record still shows).
     */
    @CheckForNull
    public ReportDetail getDetail() {
        lock.lock();
        try {
            ReportDetail loaded = detail == null ? null : detail.get();
            if (loaded == null) {
                loaded = ReportDetail.read(reportDirectory(owner, id).resolve(ReportFormat.JSON.fileName()));
                detail = new WeakReference<>(loaded);
            }
            return loaded;
        } catch (InvalidInputException e) {
            LOGGER.log(Level.WARNING, "Identity Secure Score details of {0} are not available: {1}",
                    new Object[] {owner, e.getMessage()});
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Every gate's outcome as the engine's JSON report has it, for the remote API; empty without the report. */
    @Exported(inline = true)
    public List<GateApi> getGates() {
        ReportDetail loaded = getDetail();
        return loaded == null ? List.of() : loaded.verdict().gates().stream().map(GateApi::new).toList();
    }

    /** Each selected baseline pack's SHALL percent and failures, from the run record; empty when none was selected. */
    @Exported(inline = true)
    public List<PackApi> getPacks() {
        RunRecord r = getRun();
        return r == null ? List.of()
                : r.packs().entrySet().stream().map(p -> new PackApi(p.getKey(), p.getValue())).toList();
    }

    /** Whether the report detail is in memory now; for tests of the lazy loading. */
    boolean isDetailLoaded() {
        return detail != null && detail.get() != null;
    }

    /** The violated gates' sentences, for the build page's summary; empty without the report. */
    public List<ReportDetail.Gate> getViolatedGates() {
        ReportDetail loaded = getDetail();
        return loaded == null ? List.of()
                : loaded.verdict().gates().stream().filter(ReportDetail.Gate::violated).toList();
    }

    /** The same check (same id) in the nearest earlier build that ran it. */
    @CheckForNull
    public ScoreBuildAction getPrevious() {
        for (Run<?, ?> r = owner.getPreviousBuild(); r != null; r = r.getPreviousBuild()) {
            for (ScoreBuildAction action : r.getActions(ScoreBuildAction.class)) {
                if (action.getId().equals(id)) {
                    return action;
                }
            }
        }
        return null;
    }

    /**
     * What changed since the previous build of this check, the engine's comparison of the two run
     * records; null for the first build, or when the previous build scored another tenant.
     */
    @CheckForNull
    public RunChange getChanges() {
        ScoreBuildAction previous = getPrevious();
        RunRecord current = getRun();
        RunRecord before = previous == null ? null : previous.getRun();
        if (current == null || before == null || !before.isTenant(current.tenant())) {
            return null;
        }
        return Changes.between(before, current);
    }

    /** Tenant or file text for the page: control and bidi characters as visible escapes (Jelly then HTML-escapes it). */
    public String shown(@CheckForNull String text) {
        return io.github.securescore.UntrustedText.line(text);
    }

    public String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Microsoft's points as Microsoft gives them: "-" where it gives none. */
    public String formatMicrosoftPoints(@CheckForNull Double value) {
        return value == null ? "-" : format(value);
    }

    public String formatPercent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Whether the engine wrote its HTML report for this check. */
    public boolean isHtmlReportAvailable() {
        return Files.isRegularFile(reportDirectory(owner, id).resolve(ReportFormat.HTML.fileName()));
    }

    /**
     * Serves the engine's self-contained HTML report under {@link #REPORT_CSP}: {@code sandbox} gives
     * the page an origin of its own, so tenant strings in it can never act in Jenkins' origin, and
     * the report is built to read well without scripts and inline styles.
     */
    public void doReport(StaplerRequest2 request, StaplerResponse2 response) throws IOException, ServletException {
        Path report = reportDirectory(owner, id).resolve(ReportFormat.HTML.fileName());
        if (!Files.isRegularFile(report)) {
            response.sendError(404);
            return;
        }
        response.setHeader("Content-Security-Policy", REPORT_CSP);
        response.setHeader("X-Content-Security-Policy", REPORT_CSP);
        try (InputStream in = Files.newInputStream(report)) {
            response.serveFile(request, in, Files.getLastModifiedTime(report).toMillis(), 0, Files.size(report),
                    "mime-type:text/html");
        }
    }

    @Override
    public String toString() {
        return getDisplayName() + " (" + id + "): " + formatPercent(getPercent());
    }
}
