package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.github.securescore.jenkins.model.ActionComparison;
import io.github.securescore.jenkins.model.AssessmentDetail;
import io.github.securescore.jenkins.model.AssessmentFile;
import io.github.securescore.jenkins.model.ScoreSummary;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.score.ControlResult;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * One check's result in a build (several per build, one per id). The {@link ScoreSummary} is
 * stored in {@code build.xml}; the full assessment is in {@code identity-secure-score/<id>.json}
 * in the build directory and is read only when the result page needs it, behind a weak
 * reference: the pattern of coverage-plugin's {@code CoverageBuildAction} and plugin-util-api's
 * {@code BuildAction}, written out here because that base class keeps its detail in XStream XML,
 * which cannot hold the engine's records.
 */
public class ScoreBuildAction implements RunAction2 {

    static final String DIRECTORY = "identity-secure-score";

    private static final Logger LOGGER = Logger.getLogger(ScoreBuildAction.class.getName());

    private final String id;
    private final String name;
    private final ScoreSummary summary;

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    @CheckForNull
    private transient WeakReference<AssessmentDetail> detail;

    ScoreBuildAction(Run<?, ?> owner, String id, String name, ScoreSummary summary, AssessmentDetail detail) {
        this.owner = owner;
        this.id = id;
        this.name = name;
        this.summary = summary;
        this.detail = new WeakReference<>(detail);
    }

    /** XStream restores fields without a constructor: the transient lock must be made again. */
    protected Object readResolve() {
        lock = new ReentrantLock();
        return this;
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        owner = run;
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    public String getId() {
        return id;
    }

    /** The numbers kept in build.xml; reading them never touches the assessment file. */
    public ScoreSummary getSummary() {
        return summary;
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

    static Path detailFile(Run<?, ?> run, String id) {
        return run.getRootDir().toPath().resolve(DIRECTORY).resolve(id + ".json");
    }

    static Path reportDirectory(Run<?, ?> run, String id) {
        return run.getRootDir().toPath().resolve(DIRECTORY).resolve(id);
    }

    /**
     * The full assessment, read from the build directory when the weak reference is empty.
     * Null when the file is gone or no longer readable (the summary still shows).
     */
    @CheckForNull
    public AssessmentDetail getDetail() {
        lock.lock();
        try {
            AssessmentDetail loaded = detail == null ? null : detail.get();
            if (loaded == null) {
                loaded = new AssessmentFile(detailFile(owner, id)).read();
                detail = new WeakReference<>(loaded);
            }
            return loaded;
        } catch (UncheckedIOException e) {
            LOGGER.log(Level.WARNING, "Identity Secure Score details of " + owner + " are not available", e);
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the assessment is in memory now; for tests of the lazy loading. */
    boolean isDetailLoaded() {
        return detail != null && detail.get() != null;
    }

    /** Every action with its evaluation and evidence, best next step first, then the rest. */
    public List<ControlResult> getRankedControls() {
        AssessmentDetail loaded = getDetail();
        if (loaded == null) {
            return List.of();
        }
        List<ControlResult> open = loaded.assessment().openActions();
        List<ControlResult> rest = loaded.assessment().controls().stream().filter(c -> !open.contains(c)).toList();
        return java.util.stream.Stream.concat(open.stream(), rest.stream()).toList();
    }

    /** The same check (same id) in the nearest earlier build that ran it. */
    @CheckForNull
    public ScoreBuildAction getPrevious() {
        for (Run<?, ?> run = owner.getPreviousBuild(); run != null; run = run.getPreviousBuild()) {
            for (ScoreBuildAction action : run.getActions(ScoreBuildAction.class)) {
                if (action.getId().equals(id)) {
                    return action;
                }
            }
        }
        return null;
    }

    /** This build's actions beside the previous build's, from the two summaries. */
    public List<ActionComparison.Row> getComparison() {
        ScoreBuildAction previous = getPrevious();
        return previous == null ? List.of() : ActionComparison.rows(previous.getSummary(), summary);
    }

    public String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public String formatPercent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Whether the engine wrote its HTML report for this check. */
    public boolean isHtmlReportAvailable() {
        return Files.isRegularFile(reportDirectory(owner, id).resolve(ReportFormat.HTML.fileName()));
    }

    /**
     * Hands out the engine's self-contained HTML report as a download rather than a page: served
     * from Jenkins' origin it would need inline styles that Jenkins' Content-Security-Policy forbids,
     * and a download keeps tenant strings out of Jenkins' origin altogether.
     */
    public void doReport(StaplerRequest2 request, StaplerResponse2 response) throws IOException, ServletException {
        Path report = reportDirectory(owner, id).resolve(ReportFormat.HTML.fileName());
        if (!Files.isRegularFile(report)) {
            response.sendError(404);
            return;
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + id + ".html\"");
        try (InputStream in = Files.newInputStream(report)) {
            response.serveFile(request, in, Files.getLastModifiedTime(report).toMillis(), 0, Files.size(report),
                    "mime-type:text/html");
        }
    }

    @Override
    public String toString() {
        return getDisplayName() + " (" + id + "): " + formatPercent(summary.getPercent());
    }
}
