package io.github.securescore.jenkins;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.securescore.gate.Verdict;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.RunRecordCodec;
import io.github.securescore.jenkins.model.ResultId;
import io.github.securescore.jenkins.model.WorkspacePath;
import io.github.securescore.policy.ScoreZones;
import io.github.securescore.policy.ThresholdGates;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the step, controller side: validates the step's and the global configuration,
 * resolves the credential, hands the workspace-side work to {@link AgentCheck} (which runs where
 * the workspace is, normally an agent), then stores what came back (history, reports, build
 * action) and turns the verdict into the build's result. The controller never reads the
 * snapshot nor talks to Microsoft Graph.
 */
final class ScoreCheck {

    static final String PREFIX = "[Identity Secure Score] ";

    /** Builds of one job share its history file: read, run, write back, one build at a time. */
    private static final ConcurrentHashMap<Path, Object> HISTORY_LOCKS = new ConcurrentHashMap<>();

    private final IdentitySecureScoreRecorder step;
    private final IdentitySecureScoreConfiguration global;

    ScoreCheck(IdentitySecureScoreRecorder step, IdentitySecureScoreConfiguration global) {
        this.step = step;
        this.global = global;
    }

    /** The step's comma-separated pack ids; the engine on the agent checks them (an unknown id aborts the step). */
    static List<String> packs(String packs) {
        List<String> ids = new java.util.ArrayList<>();
        if (packs != null) {
            for (String part : packs.split(",")) {
                if (!part.isBlank()) {
                    ids.add(part.trim());
                }
            }
        }
        return ids;
    }

    /** @param target the build alone (the freestyle recorder), or the build and the pipeline step's stage */
    void perform(Run<?, ?> run, FilePath workspace, TaskListener listener, VerdictTarget target)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        String id;
        Double minimumScore = step.getMinimumScore() > 0 ? step.getMinimumScore() : null;
        List<AgentCheck.Floor> floors = step.getControlGates().stream()
                .map(g -> new AgentCheck.Floor(g.getControl(), g.getMinimum(), g.getCriticality())).toList();
        try {
            id = ResultId.require(step.getId());
            // validated here so a bad gate stops the build before any work is sent to the agent
            ThresholdGates.of(minimumScore, step.getScoreCriticality(), step.getControlGates().stream()
                    .map(ControlGate::toFloor).toList());
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + e.getMessage());
        }
        String snapshot = step.getSnapshot() == null ? null : workspacePath("snapshot", step.getSnapshot());
        String policy = step.getPolicy() == null ? null : workspacePath("policy", step.getPolicy());
        List<String> proposed = new java.util.ArrayList<>();
        if (step.getProposed() != null) {
            for (String part : step.getProposed().split(",")) {
                if (!part.isBlank()) {
                    proposed.add(workspacePath("proposed", part.trim()));
                }
            }
        }

        String tenantId = null;
        String clientId = null;
        String cloud = null;
        SignIn signIn = null;
        if (snapshot == null) {
            String credentialsId = required("credentialsId", step.getCredentialsId(), global.getCredentialsId());
            signIn = TenantCredentials.signIn(run, TenantCredentials.forRun(run, credentialsId));
            tenantId = required("tenantId", orElse(step.getTenantId(), global.getTenantId()), signIn.tenantId());
            clientId = clientId(signIn);
            cloud = cloud(signIn).name();
        }

        Path history = run.getParent().getRootDir().toPath().resolve(ScoreBuildAction.DIRECTORY)
                .resolve(id + "-history.json");
        Files.createDirectories(history.getParent());
        AgentCheck.Outcome outcome;
        synchronized (HISTORY_LOCKS.computeIfAbsent(history, h -> new Object())) {
            AgentCheck.Request request = new AgentCheck.Request(snapshot, policy, global.getDefaultPolicy(),
                    minimumScore, step.getScoreCriticality(), floors, LocalDate.now(ZoneOffset.UTC).toString(),
                    "#" + run.getNumber(), Files.isRegularFile(history) ? Files.readAllBytes(history) : null,
                    tenantId, clientId, cloud, step.getGraphBaseUrl(), signIn, proposed, packs(step.getPacks()));
            outcome = workspace.act(new AgentCheck(request, listener));
            if (outcome.failure() != null) {
                throw new AbortException(PREFIX + outcome.failure());
            }
            replace(history, outcome.history());
        }

        try {
            storeReports(ScoreBuildAction.reportDirectory(run, id), outcome.reports());
            RunRecord recorded = record(run, id, outcome, log);
            if (!step.isSkipPublishingChecks()) {
                // before the verdict is applied: stopOnFailure ends the step there, the check must be out
                String checksName = step.getChecksName() != null ? step.getChecksName()
                        : step.getName() != null ? step.getName() : "Identity Secure Score";
                ScoreChecks.publish(run, listener, ScoreChecks.details(checksName, recorded.percent(),
                        outcome.verdict(), outcome.gates(), outcome.nextSteps()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AbortException(PREFIX + "the result could not be stored in the build: " + e.getMessage());
        }
        apply(Verdict.Status.valueOf(outcome.verdict()), Verdict.Status.valueOf(outcome.stage()), outcome, target,
                log);
    }

    /**
     * The app to sign in as. An Azure service principal names its own, which must not be
     * contradicted; a managed identity credential decides alone (null: system-assigned), so a
     * global clientId meant for app sign-ins never selects an identity by accident.
     */
    private String clientId(SignIn signIn) throws AbortException {
        String configured = orElse(step.getClientId(), global.getClientId());
        if (signIn.kind() == SignIn.Kind.MANAGED_IDENTITY) {
            return signIn.clientId();
        }
        if (signIn.clientId() != null) {
            if (configured != null && !configured.equalsIgnoreCase(signIn.clientId())) {
                throw new AbortException(PREFIX + "clientId '" + configured + "' differs from the client ID of the"
                        + " Azure service principal credential: leave clientId empty or make them agree");
            }
            return signIn.clientId();
        }
        return required("clientId", configured, null);
    }

    /** The credential's cloud when it names one (Azure credentials), else the step's, else the global one. */
    private NationalCloud cloud(SignIn signIn) throws AbortException {
        String configured = orElse(step.getCloud(), global.getCloud());
        NationalCloud chosen = TenantCredentials.cloud(configured);
        if (signIn.cloud() != null) {
            NationalCloud own = TenantCredentials.cloud(signIn.cloud());
            if (Util.fixEmptyAndTrim(step.getCloud()) != null && own != chosen) {
                throw new AbortException(PREFIX + "cloud '" + step.getCloud() + "' differs from the credential's "
                        + own + ": the sign-in authority comes from the credential");
            }
            return own;
        }
        return chosen;
    }

    /** Writes the job's history as a whole, so a crash leaves either the old or the new file. */
    private static void replace(Path history, byte[] content) throws IOException {
        Path next = history.resolveSibling(history.getFileName() + ".new");
        Files.write(next, content);
        Files.move(next, history, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The engine's report files, written into the build; a name that would leave the directory is refused. */
    private static void storeReports(Path directory, Map<String, byte[]> reports) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, byte[]> report : reports.entrySet()) {
            Path file = directory.resolve(report.getKey()).normalize();
            if (!file.startsWith(directory) || file.equals(directory)) {
                throw new IOException("the agent returned a report outside the report directory: " + report.getKey());
            }
            Files.createDirectories(file.getParent());
            Files.write(file, report.getValue());
        }
    }

    /**
     * Adds the build's action (the engine's run record) and prints the engine's gate sentences and
     * next steps.
     */
    private RunRecord record(Run<?, ?> run, String id, AgentCheck.Outcome outcome, PrintStream log) {
        for (ScoreBuildAction earlier : run.getActions(ScoreBuildAction.class)) {
            if (earlier.getId().equals(id)) {
                run.removeAction(earlier);
                log.println(PREFIX + "replacing the earlier result with id '" + id + "' in this build");
            }
        }
        RunRecord record = RunRecordCodec.parse(outcome.runLine(), "the run record from the agent");
        ScoreBuildAction action = new ScoreBuildAction(run, id, step.getName(), record);
        action.setQualityGateResult(QualityGates.of(outcome.gates()));
        action.setZones(new ScoreZones(outcome.zoneGood(), outcome.zoneOkay()));
        action.setMicrosoftDays(outcome.microsoftDays());
        if (!outcome.microsoftDays().isEmpty()) {
            log.println(PREFIX + "the tenant's first run: " + outcome.microsoftDays().size()
                    + " earlier days of Microsoft's own score were backfilled; this build keeps them for the trend");
        }
        run.addAction(action);
        outcome.warnings().forEach(warning -> log.println(PREFIX + "warning: " + warning));

        log.println(PREFIX + String.format(java.util.Locale.ROOT, "score %.1f%% (%.2f of %.2f points), verdict %s",
                record.percent(), record.points(), record.maxPoints(), outcome.verdict()));
        for (AgentCheck.GateLine gate : outcome.gates()) {
            log.println(PREFIX + (gate.violated() ? "GATE " : "gate ") + gate.message());
        }
        for (String next : outcome.nextSteps()) {
            log.println(PREFIX + "next step: " + next);
        }
        return record;
    }

    /**
     * FAIL → FAILURE, UNSTABLE → UNSTABLE, through the target (which also marks a pipeline step's stage, and
     * marks it alone for the stage-only NOTE/ERROR misses); with stopOnFailure a failed gate also stops the
     * pipeline. The stage is marked before that, so a stopped pipeline still shows why.
     */
    private void apply(Verdict.Status verdict, Verdict.Status stage, AgentCheck.Outcome outcome, VerdictTarget target,
                       PrintStream log) throws AbortException {
        String missed = String.join("; ", outcome.gates().stream()
                .filter(g -> g.violated() || g.outcome().equals("NOTE") || g.outcome().equals("ERROR"))
                .map(AgentCheck.GateLine::message).toList());
        boolean staged = target.publish(verdict, stage, missed);
        if (stage != verdict) {
            log.println(PREFIX + "a stage-only gate (NOTE or ERROR) was missed: stage " + stage + (staged
                    ? ", marked on this step's stage; the build result is left as the verdict decides"
                    : "; a post-build action has no stage to mark, the build result is left as the verdict decides"));
        }
        switch (verdict) {
            case FAIL -> {
                if (step.isStopOnFailure()) {
                    throw new AbortException(PREFIX + "a gate failed: " + String.join("; ", outcome.gates().stream()
                            .filter(AgentCheck.GateLine::violated).map(AgentCheck.GateLine::message).toList()));
                }
                log.println(PREFIX + "a gate failed, the build is marked FAILURE");
            }
            case UNSTABLE -> log.println(PREFIX + "a gate was not met, the build is marked UNSTABLE");
            case PASS -> log.println(PREFIX + "all gates passed");
        }
    }

    private static String workspacePath(String parameter, String path) throws AbortException {
        try {
            return WorkspacePath.require(parameter, path);
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + e.getMessage());
        }
    }

    private static String required(String parameter, String own, String fallback) throws AbortException {
        String value = orElse(own, fallback);
        if (value == null) {
            throw new AbortException(PREFIX + parameter + " is not set: give the step a snapshot file, or "
                    + parameter + " (in the step or in Manage Jenkins > System > Identity Secure Score)");
        }
        return value;
    }

    private static String orElse(String own, String fallback) {
        String value = Util.fixEmptyAndTrim(own);
        return value != null ? value : Util.fixEmptyAndTrim(fallback);
    }
}
