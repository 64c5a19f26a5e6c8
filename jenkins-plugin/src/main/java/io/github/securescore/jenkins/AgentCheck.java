package io.github.securescore.jenkins;

import hudson.model.TaskListener;
import hudson.remoting.Channel;
import hudson.remoting.VirtualChannel;
import io.github.securescore.InvalidInputException;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.gate.GateResult;
import io.github.securescore.graph.CollectionException;
import io.github.securescore.graph.GraphSnapshotSource;
import io.github.securescore.graph.NationalCloud;
import io.github.securescore.graph.SecretRedactor;
import io.github.securescore.graph.TenantConnection;
import io.github.securescore.history.Backfill;
import io.github.securescore.history.HistoryFile;
import io.github.securescore.history.RunHistory;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.RunRecordCodec;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.proposal.ProposalCheck;
import io.github.securescore.proposal.ProposalReader;
import io.github.securescore.proposal.ProposalResult;
import io.github.securescore.report.ProposalSections;
import io.github.securescore.report.ReportFormat;
import io.github.securescore.score.ControlResult;
import io.github.securescore.snapshot.SnapshotReader;
import io.github.securescore.snapshot.SnapshotSource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jenkins.MasterToSlaveFileCallable;

/**
 * The workspace-side half of the step, run where the workspace is (on the agent, through
 * {@code FilePath#act}): reads snapshot and policy there, collects from Microsoft Graph there
 * when there is no snapshot, runs the engine against a copy of the job's history and returns
 * only small, serialisable data (the run record as the history's JSON line, gate and log lines,
 * the new history and the report files). The controller stores them; it never talks to Graph.
 */
final class AgentCheck extends MasterToSlaveFileCallable<AgentCheck.Outcome> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Request request;
    private final TaskListener listener;

    AgentCheck(Request request, TaskListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /**
     * What the controller decided: validated workspace-relative paths, the gates' parameters, the
     * job history's current bytes and, for a live collection, the tenant and the one sign-in.
     */
    record Request(String snapshot, String policy, String defaultPolicy, Double minimumScore,
                   String scoreCriticality, List<Floor> floors, String today, String buildLabel, byte[] history,
                   String tenantId, String clientId, String cloud, String graphBaseUrl, SignIn signIn,
                   List<String> proposed, List<String> packs)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        Request {
            // plain JDK collections and strings only: the remoting channel's class filter (JEP-200)
            // accepts those with certainty, where it may refuse List.of's or java.time's forms
            floors = new ArrayList<>(floors);
            proposed = proposed == null ? new ArrayList<>() : new ArrayList<>(proposed);
            packs = packs == null ? new ArrayList<>() : new ArrayList<>(packs);
        }

        @Override
        public String toString() {
            return "Request[" + (snapshot != null ? snapshot : "tenant " + tenantId) + "]";
        }
    }

    /** One control gate's parameters ({@link ControlGate} is a Jenkins describable: not sent as such). */
    record Floor(String control, double minimum, String criticality) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** One gate's result as the engine phrased it. */
    record GateLine(String metric, String control, double threshold, String criticality, Double actual,
                    String outcome, boolean violated, String message) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        static GateLine of(GateResult result) {
            // a pack gate names its pack (and requirement), so quality gates of two packs stay apart
            String control = result.gate().pack() == null ? result.gate().control()
                    : result.gate().pack() + (result.gate().control() == null ? "" : " " + result.gate().control());
            return new GateLine(result.gate().metric().name(), control, result.gate().threshold(),
                    result.gate().criticality().name(), result.actual(), result.outcome().name(),
                    result.outcome().violated(), result.message());
        }
    }

    /**
     * What came back: either {@code failure} (a message that already names the workspace file and
     * shows no secret), or the run, its verdict, the stage's status (the verdict with the stage-only
     * NOTE/ERROR misses, as the engine's Verdict#stage decides), gate lines, next steps, the job's new history,
     * the report files by their path under the report directory, and the score zones of the policy the check
     * applied (good and okay, in percent; the job's health is drawn from them), and the days of Microsoft's
     * figures the check backfilled into the history (the tenant's first run; day {@code yyyy-MM-dd} to percent,
     * oldest first; empty otherwise).
     */
    record Outcome(String failure, String runLine, String verdict, String stage, List<GateLine> gates, List<String> warnings,
                   List<String> nextSteps, byte[] history, Map<String, byte[]> reports, boolean onAgent,
                   double zoneGood, double zoneOkay, Map<String, Double> microsoftDays)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        Outcome {
            gates = new ArrayList<>(gates);
            warnings = new ArrayList<>(warnings);
            nextSteps = new ArrayList<>(nextSteps);
            reports = new LinkedHashMap<>(reports);
            microsoftDays = microsoftDays == null ? new LinkedHashMap<>() : new LinkedHashMap<>(microsoftDays);
        }

        static Outcome failed(String message, boolean onAgent) {
            return new Outcome(message, null, null, null, List.of(), List.of(), List.of(), null, Map.of(), onAgent,
                    Double.NaN, Double.NaN, Map.of());
        }
    }

    @Override
    public Outcome invoke(File workspaceDirectory, VirtualChannel channel) throws IOException, InterruptedException {
        // a callable runs with the channel to the controller as "current" only on an agent
        boolean onAgent = Channel.current() != null;
        PrintStream log = listener.getLogger();
        log.println(ScoreCheck.PREFIX + "checking " + (onAgent ? "on the agent" : "on the controller"));
        Path workspace = workspaceDirectory.toPath();
        Path work = Files.createTempDirectory("identity-secure-score");
        SecretRedactor mask = request.signIn() == null ? SecretRedactor.none() : request.signIn().mask();
        try {
            SnapshotSource source = source(workspace, work, log, mask);
            Path history = work.resolve("history.json");
            if (request.history() != null) {
                Files.write(history, request.history());
            }
            // the history as it was, to tell which of Microsoft's days this check backfilled
            RunHistory before = request.history() == null ? RunHistory.EMPTY : new HistoryFile(history).read();
            Path reports = work.resolve("reports");
            CheckRequest check = new CheckRequest(source, policy(workspace, work), gates(), LocalDate.parse(request.today()), history,
                    reports, Set.of(ReportFormat.HTML, ReportFormat.JSON), request.buildLabel(), request.packs());
            CheckResult result = request.proposed().isEmpty() ? new IdentityCheck().run(check)
                    : propose(check, workspace, log);
            return new Outcome(null, RunRecordCodec.format(result.run()), result.verdict().status().name(),
                    result.verdict().stage().name(),
                    result.verdict().gates().stream().map(GateLine::of).toList(), result.warnings(),
                    nextSteps(result), Files.readAllBytes(history), files(reports), onAgent,
                    result.policy().zones().good(), result.policy().zones().okay(),
                    request.proposed().isEmpty() ? backfilled(before, result) : Map.of());
        } catch (InvalidInputException e) {
            return Outcome.failed(mask.redact(named(e, workspace, work)), onAgent);
        } catch (CollectionException e) {
            return Outcome.failed("collecting from Microsoft Graph failed: " + mask.redact(e.getMessage()), onAgent);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Outcome.failed(mask.redact(e.getMessage()), onAgent);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * A proposal's check ({@code proposed:}): the workspace's files scored on top of the tenant, the gates
     * on the proposed state; the history is not appended, so the job's history comes back unchanged.
     */
    private CheckResult propose(CheckRequest check, Path workspace, PrintStream log) {
        List<Path> files = new ArrayList<>();
        for (String relative : request.proposed()) {
            files.add(workspace.resolve(relative));
        }
        ProposalResult proposal = new ProposalCheck().run(check, new ProposalReader().read(files, List.of()), false);
        for (String line : ProposalSections.text(proposal.comparison()).split("\n")) {
            log.println(ScoreCheck.PREFIX + line);
        }
        return new CheckResult(proposal.proposed(), proposal.verdict(), proposal.policy(), proposal.reports(),
                proposal.run(), proposal.history().with(proposal.run()), null, proposal.proposedPacks());
    }

    private SnapshotSource source(Path workspace, Path work, PrintStream log, SecretRedactor mask) throws IOException {
        if (request.snapshot() != null) {
            Path file = workspace.resolve(request.snapshot());
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(request.snapshot(), 0, 0, null, "no such file in the workspace");
            }
            log.println(ScoreCheck.PREFIX + "scoring the snapshot " + request.snapshot());
            return new NamedSnapshot(file, request.snapshot());
        }
        NationalCloud cloud = NationalCloud.parse(request.cloud()).orElseThrow(() ->
                new IllegalArgumentException("cloud '" + request.cloud() + "' is not valid"));
        TenantConnection connection = new TenantConnection(request.tenantId(), request.clientId(), cloud,
                request.signIn().authentication(work), request.graphBaseUrl());
        log.println(ScoreCheck.PREFIX + "collecting tenant " + connection.tenantId() + " from Microsoft Graph");
        return new GraphSnapshotSource(connection, line -> log.println(ScoreCheck.PREFIX + mask.redact(line)));
    }

    /** The step's policy file in the workspace, else the global default policy's text, else none. */
    private Path policy(Path workspace, Path work) throws IOException {
        if (request.policy() != null) {
            Path file = workspace.resolve(request.policy());
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(request.policy(), 0, 0, null, "no such file in the workspace");
            }
            return file;
        }
        if (request.defaultPolicy() != null) {
            // the engine tells YAML from JSON by content, so one name fits both
            Path file = work.resolve("default-policy.yml");
            Files.writeString(file, request.defaultPolicy(), StandardCharsets.UTF_8);
            return file;
        }
        return null;
    }

    private List<io.github.securescore.gate.Gate> gates() {
        return ThresholdGates.of(request.minimumScore(), request.scoreCriticality(), request.floors().stream()
                .map(f -> new ThresholdGates.ControlFloor(f.control(), f.minimum(), f.criticality())).toList());
    }

    /** The days the check backfilled, as plain data for build.xml: the UTC day to Microsoft's percent, oldest first. */
    private static Map<String, Double> backfilled(RunHistory before, CheckResult result) {
        Map<String, Double> days = new LinkedHashMap<>();
        for (RunRecord day : Backfill.added(before, result.history(), result.run().tenant())) {
            days.put(day.time().atZone(ZoneOffset.UTC).toLocalDate().toString(), day.percent());
        }
        return days;
    }

    private static List<String> nextSteps(CheckResult result) {
        return result.assessment().openActions().stream().limit(3)
                .map(action -> String.format(Locale.ROOT, "%s (%s), %.2f points to gain",
                        action.name(), action.control().title(), action.remaining()))
                .toList();
    }

    /** Every report file by its path under the report directory ('/'-separated). */
    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(directory.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readAllBytes(file));
            }
        }
        return files;
    }

    /**
     * Deletes a temporary directory. Kept here, not with the credentials code, so the agent loads
     * no class that refers to the credentials plugin.
     */
    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a left-over temporary directory is not worth failing a build over
        }
    }

    /** Names the workspace file (or the global default policy) instead of a path on the agent. */
    private static String named(InvalidInputException e, Path workspace, Path work) {
        String source = e.source();
        String renamed = null;
        if (source != null && source.equals(work.resolve("default-policy.yml").toString())) {
            renamed = "the global default policy";
        } else if (source != null && source.startsWith(workspace.toString() + File.separator)) {
            renamed = workspace.relativize(Path.of(source)).toString().replace(File.separatorChar, '/');
        }
        return renamed == null ? e.getMessage()
                : new InvalidInputException(renamed, e.line(), e.column(), e.field(), e.problem()).getMessage();
    }

    /** A snapshot file named by its workspace path in every message, not by the agent's absolute path. */
    private record NamedSnapshot(Path file, String name) implements SnapshotSource {

        @Override
        public TenantSnapshot load() {
            try (InputStream in = Files.newInputStream(file)) {
                return new SnapshotReader().read(in, name);
            } catch (IOException e) {
                throw new InvalidInputException(name, 0, 0, null, "cannot be read: " + e.getMessage());
            }
        }

        @Override
        public String describe() {
            return name;
        }
    }
}
