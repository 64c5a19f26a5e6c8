package io.github.securescore.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.securescore.InvalidInputException;
import io.github.securescore.gate.GateResult;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The part of a {@link JsonReport} a front end shows beside a run's {@link
 * io.github.securescore.history.RunRecord}: each gate's sentence and each action's ranking and
 * evidence, read back from the report file (the Jenkins result page keeps only the run record in
 * {@code build.xml}). Fields the report gained later are ignored; the report's {@code
 * schemaVersion} decides whether it can be read at all.
 */
public record ReportDetail(int schemaVersion, Verdict verdict, List<Action> controls, Proposal proposal,
                           EntraScore entraScore, AlsoReported reportedByMicrosoft, List<Pack> packs) {

    /**
     * Every string read back is neutralised ({@link io.github.securescore.UntrustedText#line}): the JSON
     * report keeps tenant text exact, but what a front end shows from it must not carry control or bidi
     * characters; the front end still HTML-escapes it.
     */
    private static final ObjectReader READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("neutral-text")
                    .addDeserializer(String.class, new NeutralText()))
            .build().readerFor(ReportDetail.class);

    private static final class NeutralText extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {
        NeutralText() {
            super(String.class);
        }

        @Override
        public String deserialize(com.fasterxml.jackson.core.JsonParser p,
                                  com.fasterxml.jackson.databind.DeserializationContext context) throws IOException {
            String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, context);
            return text == null ? null : io.github.securescore.UntrustedText.line(text);
        }
    }

    public ReportDetail {
        controls = controls == null ? List.of() : List.copyOf(controls);
        verdict = verdict == null ? new Verdict(null, List.of()) : verdict;
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** A report without a proposed change. */
    public ReportDetail(int schemaVersion, Verdict verdict, List<Action> controls) {
        this(schemaVersion, verdict, controls, null);
    }

    /** A report without Microsoft's own figures (a report written before they were added, or re-rendered). */
    public ReportDetail(int schemaVersion, Verdict verdict, List<Action> controls, Proposal proposal) {
        this(schemaVersion, verdict, controls, proposal, null, null, List.of());
    }

    /**
     * One selected baseline pack (the report's {@code packs[]}): its counts and every requirement's result, in the
     * pack's order. Empty when no pack was selected.
     */
    public record Pack(String id, String title, String version, String source, double shallPercent, long shallPassed,
                       long shallCounted, long failures, long notEvaluated, List<Requirement> requirements) {
        public Pack {
            requirements = requirements == null ? List.of() : List.copyOf(requirements);
        }
    }

    /**
     * One requirement of a pack: status ({@code PASS}, {@code FAIL}, ...), why, the evidence, and the policy's
     * omission when it is omitted (null otherwise); every string is tenant or policy text, for the front end to escape.
     */
    public record Requirement(String id, String title, String obligation, String status, String reason, boolean manual,
                              List<String> missingPermissions, Evidence evidence, Omission omission) {
        public Requirement {
            missingPermissions = missingPermissions == null ? List.of() : List.copyOf(missingPermissions);
            evidence = evidence == null ? new Evidence(Map.of(), List.of(), List.of(), List.of()) : evidence;
        }

        /** Whether the policy omitted it: shown, counted neither as a pass nor as a failure. */
        public boolean omitted() {
            return omission != null;
        }
    }

    /** A policy's omission of a requirement: why, who owns it, until when ({@code yyyy-MM-dd}, or null). */
    public record Omission(String requirement, String justification, String owner, String expires) {
    }

    /**
     * Entra's own Identity Secure Score of the newest day (Graph beta tenantSecureScores), shown beside ours;
     * the report's {@code entraScore}, null when it was not collected.
     */
    public record EntraScore(String createDateTime, double points, double maxPoints, double percent) {
    }

    /**
     * The report's "Also reported by Microsoft" section ({@code reportedByMicrosoft}): Microsoft's Identity
     * controls that are not our actions, never part of the score; null when the report was re-rendered from the
     * history. Every string is tenant text, for the front end to escape.
     */
    public record AlsoReported(List<ReportedAction> actions, List<String> notCollected) {
        public AlsoReported {
            actions = actions == null ? List.of() : List.copyOf(actions);
            notCollected = notCollected == null ? List.of() : List.copyOf(notCollected);
        }

        public boolean isEmpty() {
            return actions.isEmpty() && notCollected.isEmpty();
        }
    }

    /** One such control with Microsoft's figures (null when Microsoft gives none) and its status here. */
    public record ReportedAction(String name, String title, String product, String source, Double microsoftPoints,
                                 Double microsoftMaxScore, String microsoftStatus, String status) {
    }

    /**
     * A proposed change scored beside the tenant as it is (the report of {@code check --propose}): the
     * report's verdict and actions are the proposed state's, this is the comparison.
     */
    public record Proposal(double currentPercent, double proposedPercent, double currentPoints, double proposedPoints,
                           List<String> changes, List<ProposedAction> actions, List<ProposedRequirement> requirements) {
        public Proposal {
            changes = changes == null ? List.of() : List.copyOf(changes);
            actions = actions == null ? List.of() : List.copyOf(actions);
            requirements = requirements == null ? List.of() : List.copyOf(requirements);
        }

        /** A proposal of a check that selected no pack (or a report written before packs were compared). */
        public Proposal(double currentPercent, double proposedPercent, double currentPoints, double proposedPoints,
                        List<String> changes, List<ProposedAction> actions) {
            this(currentPercent, proposedPercent, currentPoints, proposedPoints, changes, actions, List.of());
        }
    }

    /** A pack requirement whose status the proposal changes (the report's {@code proposal.requirements[]}). */
    public record ProposedRequirement(String pack, String id, String obligation, String title, String currentStatus,
                                      String proposedStatus, List<String> why) {
        public ProposedRequirement {
            why = why == null ? List.of() : List.copyOf(why);
        }
    }

    /** One action the proposal moves: points and status before and after, and why, in the engine's words. */
    public record ProposedAction(String name, double currentPoints, double proposedPoints, double maxScore,
                                 String currentStatus, String proposedStatus, List<String> why) {
        public ProposedAction {
            why = why == null ? List.of() : List.copyOf(why);
        }
    }

    /** The verdict: status and every gate's outcome in the engine's words. */
    public record Verdict(String status, List<Gate> gates) {
        public Verdict {
            gates = gates == null ? List.of() : List.copyOf(gates);
        }
    }

    /** One gate: {@code message} is the engine's sentence (value, threshold, outcome, why). */
    public record Gate(String metric, String control, Double threshold, String criticality, Double actual,
                       String outcome, String message) {

        /** Whether the gate made the verdict UNSTABLE or FAIL, as {@link GateResult.Outcome#violated()} decides. */
        public boolean violated() {
            for (GateResult.Outcome o : GateResult.Outcome.values()) {
                if (o.name().equals(outcome)) {
                    return o.violated();
                }
            }
            return false;
        }
    }

    /**
     * One improvement action, in the report's order: ranked open actions first (best next step first).
     *
     * @param rank 1 for the best next step; null for actions without points left
     */
    public record Action(String name, String title, String status, String statusLabel, double points,
                         double maxScore, double remaining, Integer rank, Evaluation evaluation, Evidence evidence) {

        public Action {
            evaluation = evaluation == null ? new Evaluation(null, null, null, null, List.of()) : evaluation;
            evidence = evidence == null ? new Evidence(Map.of(), List.of(), List.of(), List.of()) : evidence;
        }
    }

    /** How the action was evaluated; {@code reason} says why it was not, when it was not. */
    public record Evaluation(String outcome, @JsonProperty("protected") Long protectedCount, Long total, String reason,
                            List<String> missingPermissions) {
        public Evaluation {
            missingPermissions = missingPermissions == null ? List.of() : List.copyOf(missingPermissions);
        }
    }

    /** What decided the action: counts, the policies that counted, a sample of unprotected accounts, notes. */
    public record Evidence(Map<String, Long> counts, List<String> policies, List<String> unprotected,
                           List<String> notes) {
        public Evidence {
            counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(counts));
            policies = policies == null ? List.of() : List.copyOf(policies);
            unprotected = unprotected == null ? List.of() : List.copyOf(unprotected);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The actions with points left, best next step first. */
    public List<Action> rankedOpenActions() {
        return controls.stream().filter(a -> a.rank() != null).toList();
    }

    /**
     * Reads the JSON report at {@code file}.
     *
     * @throws InvalidInputException naming the file when it is missing, damaged, not a report, or
     *                               of a newer schema version
     */
    public static ReportDetail read(Path file) {
        ReportDetail detail;
        try {
            detail = READER.readValue(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "does not exist; expected a JSON report");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            throw new InvalidInputException(file.toString(), location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), null,
                    "is not a valid JSON report (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
        }
        if (detail == null || detail.schemaVersion() < 1) {
            throw new InvalidInputException(file.toString(), 0, 0, "schemaVersion",
                    "is missing; expected a JSON report of Identity Secure Score");
        }
        if (detail.schemaVersion() > JsonReport.SCHEMA_VERSION) {
            throw new InvalidInputException(file.toString(), 0, 0, "schemaVersion", "is " + detail.schemaVersion()
                    + ", written by a newer version; expected " + JsonReport.SCHEMA_VERSION + " or lower");
        }
        return detail;
    }
}
