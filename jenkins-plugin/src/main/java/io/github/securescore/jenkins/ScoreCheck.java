package io.github.securescore.jenkins;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.securescore.InvalidInputException;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.proposal.ProposalCheck;
import io.github.securescore.proposal.ProposalReader;
import io.github.securescore.proposal.ProposalResult;
import io.github.securescore.report.ProposalSections;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Verdict;
import io.github.securescore.graph.CollectionException;
import io.github.securescore.graph.GraphSnapshotSource;
import io.github.securescore.graph.SecretRedactor;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.history.RunRecord;
import io.github.securescore.jenkins.model.ResultId;
import io.github.securescore.jenkins.model.WorkspacePath;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.score.ControlResult;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.SnapshotSource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the step: reads the step's and the global configuration, hands the engine a
 * {@link CheckRequest}, records the result on the build and turns the verdict into the build's
 * result. The engine runs on the controller; snapshot and policy are read from the workspace.
 */
final class ScoreCheck {

    static final String PREFIX = "[Identity Secure Score] ";

    /** Builds of one job share its history file; the engine writes it atomically, this serialises them. */
    private static final ConcurrentHashMap<Path, Object> HISTORY_LOCKS = new ConcurrentHashMap<>();

    private final IdentitySecureScoreRecorder step;
    private final IdentitySecureScoreConfiguration global;

    ScoreCheck(IdentitySecureScoreRecorder step, IdentitySecureScoreConfiguration global) {
        this.step = step;
        this.global = global;
    }

    void perform(Run<?, ?> run, FilePath workspace, TaskListener listener) throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        String id;
        List<Gate> gates;
        try {
            id = ResultId.require(step.getId());
            gates = ThresholdGates.of(step.getMinimumScore() > 0 ? step.getMinimumScore() : null,
                    step.getScoreCriticality(), step.getControlGates().stream().map(ControlGate::toFloor).toList());
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + e.getMessage());
        }

        Path work = Files.createTempDirectory("identity-secure-score");
        SecretRedactor mask = SecretRedactor.none();
        CheckResult result;
        try {
            Path policyFile = policy(workspace, work);
            SnapshotSource source;
            if (step.getSnapshot() != null) {
                String relative = workspacePath("snapshot", step.getSnapshot());
                source = new WorkspaceSnapshot(workspace.child(relative), relative);
                log.println(PREFIX + "scoring the snapshot " + relative);
            } else {
                TenantCredentials.Login login = login(run, work);
                mask = login.mask();
                SecretRedactor printed = mask;
                TenantConnection connection = new TenantConnection(required("tenantId", step.getTenantId(),
                        global.getTenantId()), required("clientId", step.getClientId(), global.getClientId()),
                        TenantCredentials.cloud(orElse(step.getCloud(), global.getCloud())), login.authentication(),
                        step.getGraphBaseUrl());
                source = new GraphSnapshotSource(connection, line -> log.println(PREFIX + printed.redact(line)));
                log.println(PREFIX + "collecting tenant " + connection.tenantId() + " from Microsoft Graph");
            }
            Path history = run.getParent().getRootDir().toPath().resolve(ScoreBuildAction.DIRECTORY)
                    .resolve(id + "-history.json");
            CheckRequest request = new CheckRequest(source, policyFile, gates, LocalDate.now(ZoneOffset.UTC), history,
                    ScoreBuildAction.reportDirectory(run, id), Set.of(ReportFormat.HTML, ReportFormat.JSON),
                    "#" + run.getNumber());
            Files.createDirectories(history.getParent());
            synchronized (HISTORY_LOCKS.computeIfAbsent(history, h -> new Object())) {
                result = step.getProposed() == null ? new IdentityCheck().run(request)
                        : propose(request, workspace, work, log);
            }
        } catch (InvalidInputException e) {
            throw new AbortException(PREFIX + mask.redact(named(e, work)));
        } catch (CollectionException e) {
            throw new AbortException(PREFIX + "collecting from Microsoft Graph failed: " + mask.redact(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new AbortException(PREFIX + mask.redact(e.getMessage()));
        } finally {
            TenantCredentials.deleteQuietly(work);
        }

        try {
            record(run, id, result, log);
        } catch (UncheckedIOException e) {
            throw new AbortException(PREFIX + "the result could not be stored in the build: " + e.getMessage());
        }
        apply(run, result.verdict(), log);
    }

    /**
     * A proposal's check: the proposed files copied from the workspace, the gates decided on the proposed
     * state. The history is not appended (a proposal did not happen to the tenant); the build's result is
     * the proposed state, and the log tells before → after.
     */
    private CheckResult propose(CheckRequest request, FilePath workspace, Path work, PrintStream log)
            throws IOException, InterruptedException {
        List<Path> files = new java.util.ArrayList<>();
        for (String part : step.getProposed().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String relative = workspacePath("proposed", part.trim());
            FilePath source = workspace.child(relative);
            if (!source.exists()) {
                throw new AbortException(PREFIX + "proposed '" + relative + "' does not exist in the workspace");
            }
            Path local = work.resolve("proposed").resolve(relative);
            Files.createDirectories(local.getParent());
            if (source.isDirectory()) {
                Files.createDirectories(local);
                source.copyRecursiveTo(new FilePath(local.toFile()));
            } else {
                source.copyTo(new FilePath(local.toFile()));
            }
            files.add(local);
        }
        ProposalResult proposal = new ProposalCheck().run(request, new ProposalReader().read(files, List.of()), false);
        for (String line : ProposalSections.text(proposal.comparison()).split("\n")) {
            log.println(PREFIX + line);
        }
        return new CheckResult(proposal.proposed(), proposal.verdict(), proposal.policy(), proposal.reports(),
                proposal.run(), proposal.history().with(proposal.run()), null);
    }

    /** The policy: the step's file from the workspace, else the global default policy text, else none. */
    private Path policy(FilePath workspace, Path work) throws IOException, InterruptedException {
        if (step.getPolicy() != null) {
            String relative = workspacePath("policy", step.getPolicy());
            FilePath file = workspace.child(relative);
            if (!file.exists()) {
                throw new AbortException(PREFIX + "policy '" + relative + "' does not exist in the workspace");
            }
            Path local = work.resolve("policy").resolve(relative);
            Files.createDirectories(local.getParent());
            file.copyTo(new FilePath(local.toFile()));
            return local;
        }
        if (global.getDefaultPolicy() != null) {
            // the engine tells YAML from JSON by content, so one name fits both
            Path local = work.resolve("policy").resolve("default-policy.yml");
            Files.createDirectories(local.getParent());
            Files.writeString(local, global.getDefaultPolicy(), StandardCharsets.UTF_8);
            return local;
        }
        return null;
    }

    private TenantCredentials.Login login(Run<?, ?> run, Path work) throws IOException {
        String credentialsId = required("credentialsId", step.getCredentialsId(), global.getCredentialsId());
        StandardCredentials credentials = TenantCredentials.forRun(run, credentialsId);
        return TenantCredentials.login(credentials, work);
    }

    /** Names the workspace file instead of the controller's temporary copy in a bad-input message. */
    private static String named(InvalidInputException e, Path work) {
        String source = e.source();
        Path policyCopies = work.resolve("policy");
        Path proposalCopies = work.resolve("proposed");
        if (source != null && source.startsWith(proposalCopies.toString())) {
            return new InvalidInputException(proposalCopies.relativize(Path.of(source)).toString(), e.line(), e.column(),
                    e.field(), e.problem()).getMessage();
        }
        if (source != null && source.startsWith(policyCopies.toString())) {
            String relative = policyCopies.relativize(Path.of(source)).toString();
            if (relative.equals("default-policy.yml")) {
                relative = "the global default policy";
            }
            return new InvalidInputException(relative, e.line(), e.column(), e.field(), e.problem()).getMessage();
        }
        return e.getMessage();
    }

    /**
     * Adds the build's action (the engine's run record; the engine already wrote its JSON and HTML
     * reports into the build directory) and prints the engine's gate sentences and next steps.
     */
    private void record(Run<?, ?> run, String id, CheckResult result, PrintStream log) {
        for (ScoreBuildAction earlier : run.getActions(ScoreBuildAction.class)) {
            if (earlier.getId().equals(id)) {
                run.removeAction(earlier);
                log.println(PREFIX + "replacing the earlier result with id '" + id + "' in this build");
            }
        }
        RunRecord record = result.run();
        run.addAction(new ScoreBuildAction(run, id, step.getName(), record));
        result.warnings().forEach(warning -> log.println(PREFIX + "warning: " + warning));

        log.println(PREFIX + String.format(java.util.Locale.ROOT, "score %.1f%% (%.2f of %.2f points), verdict %s",
                record.percent(), record.points(), record.maxPoints(), result.verdict().status()));
        for (GateResult gate : result.verdict().gates()) {
            log.println(PREFIX + (gate.outcome().violated() ? "GATE " : "gate ") + gate.message());
        }
        for (ControlResult action : result.assessment().openActions().stream().limit(3).toList()) {
            log.println(PREFIX + String.format(java.util.Locale.ROOT, "next step: %s (%s), %.2f points to gain",
                    action.name(), action.control().title(), action.remaining()));
        }
    }

    /** FAIL → FAILURE, UNSTABLE → UNSTABLE; with stopOnFailure a failed gate also stops the pipeline. */
    private void apply(Run<?, ?> run, Verdict verdict, PrintStream log) throws AbortException {
        switch (verdict.status()) {
            case FAIL -> {
                run.setResult(Result.FAILURE);
                if (step.isStopOnFailure()) {
                    throw new AbortException(PREFIX + "a gate failed: " + reasons(verdict));
                }
                log.println(PREFIX + "a gate failed, the build is marked FAILURE");
            }
            case UNSTABLE -> {
                run.setResult(Result.UNSTABLE);
                log.println(PREFIX + "a gate was not met, the build is marked UNSTABLE");
            }
            case PASS -> log.println(PREFIX + "all gates passed");
        }
    }

    private static String reasons(Verdict verdict) {
        return String.join("; ", verdict.violations().stream().map(g -> g.message()).toList());
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

    /**
     * A snapshot read straight from the workspace (possibly on an agent) with the engine's streaming
     * reader, named by its workspace path in every message.
     */
    private record WorkspaceSnapshot(FilePath file, String name) implements SnapshotSource {

        @Override
        public TenantSnapshot load() {
            try {
                if (!file.exists()) {
                    throw new InvalidInputException(name, 0, 0, null, "no such file in the workspace");
                }
                try (InputStream in = file.read()) {
                    return new SnapshotReader().read(in, name);
                }
            } catch (IOException e) {
                throw new InvalidInputException(name, 0, 0, null, "cannot be read: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InvalidInputException(name, 0, 0, null, "reading was interrupted");
            }
        }

        @Override
        public String describe() {
            return name;
        }
    }
}
