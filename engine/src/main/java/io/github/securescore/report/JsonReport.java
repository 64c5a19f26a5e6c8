package io.github.securescore.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.UntrustedText;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.Evidence;
import io.github.securescore.gate.GateResult;
import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.TrendPoint;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.StatusOverride;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, version {@link #SCHEMA_VERSION} of the schema in
 * {@code identity-secure-score-report.schema.json} (beside this class). Fields are only ever added
 * within a version; renaming or removing one raises the version.
 */
public final class JsonReport implements ReportRenderer {

    public static final int SCHEMA_VERSION = 1;
    /** The schema's resource name, relative to this class. */
    public static final String SCHEMA_RESOURCE = "identity-secure-score-report.schema.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public String render(ReportData data) {
        try {
            // DEL, C1 and bidi controls pass Jackson raw; UntrustedText's escape of them is JSON's own: same data
            return UntrustedText.lines(JSON.writeValueAsString(tree(data))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    ObjectNode tree(ReportData data) {
        RunRecord run = data.current();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tenant", run.tenant());
        root.put("tenantName", run.tenantName());
        root.put("time", run.time().toString());
        root.put("build", run.build());
        root.put("source", run.source());
        ProposalSections.json(root, data);
        MicrosoftReportedSections.json(root, data);
        MicrosoftReportedSections.jsonEntra(root, data);
        if (!data.packs().isEmpty()) {
            PackJsonSection.json(root, data.packs());
        }

        ObjectNode score = root.putObject("score");
        score.put("points", run.points());
        score.put("maxPoints", run.maxPoints());
        score.put("percent", run.percent());
        score.put("projectedPercent", run.projectedPercent());
        score.put("riskAcceptedPoints", run.riskAcceptedPoints());
        Assessment a = data.assessment();
        if (a != null) {
            score.put("achievablePercent", RunRecord.round(a.achievablePercent()));
            score.put("projectedPoints", RunRecord.round(a.projectedPoints()));
            score.put("plannedPoints", RunRecord.round(a.plannedPoints()));
            root.put("securityDefaults", a.securityDefaults());
        }
        score.put("zone", data.zone().name());
        ObjectNode zones = score.putObject("zones");
        zones.put("good", data.zones().good());
        zones.put("okay", data.zones().okay());

        if (run.microsoft() != null) {
            ObjectNode m = root.putObject("microsoft");
            m.put("createdDateTime", run.microsoft().createdDateTime());
            m.put("points", run.microsoft().points());
            m.put("maxPoints", run.microsoft().maxPoints());
            m.put("percent", RunRecord.round(run.microsoft().percent()));
            ObjectNode averages = m.putObject("averages");
            run.microsoft().averages().forEach(averages::put);
            if (!run.microsoft().identityAverages().isEmpty()) {
                ObjectNode identity = m.putObject("identityAverages");
                run.microsoft().identityAverages().forEach((basis, percent) -> identity.put(basis, RunRecord.round(percent)));
            }
        } else {
            root.putNull("microsoft");
        }

        ObjectNode verdict = root.putObject("verdict");
        verdict.put("status", data.status().map(Enum::name).orElse(null));
        verdict.put("reason", data.fullVerdict().map(VerdictLine::of).orElse(null));
        ArrayNode gates = verdict.putArray("gates");
        data.fullVerdict().ifPresent(v -> {
            for (GateResult g : v.gates()) {
                ObjectNode gate = gates.addObject();
                gate.put("metric", g.gate().metric().name());
                gate.put("control", g.gate().control());
                if (g.gate().pack() != null) {
                    gate.put("pack", g.gate().pack());
                }
                gate.put("threshold", g.gate().threshold());
                gate.put("criticality", g.gate().criticality().name());
                if (g.actual() == null) {
                    gate.putNull("actual");
                } else {
                    gate.put("actual", RunRecord.round(g.actual()));
                }
                gate.put("outcome", g.outcome().name());
                gate.put("message", g.message());
            }
        });

        ArrayNode controls = root.putArray("controls");
        List<ActionRow> nextSteps = data.nextSteps();
        for (ActionRow row : data.actions()) {
            ObjectNode c = controls.addObject();
            c.put("name", row.name());
            c.put("title", row.title());
            c.put("category", row.category());
            c.put("status", row.status().name());
            c.put("statusLabel", row.status().label());
            c.put("points", RunRecord.round(row.points()));
            c.put("maxScore", row.max());
            c.put("inMaximum", row.inMaximum());
            c.put("remaining", RunRecord.round(row.remaining()));
            int rank = nextSteps.indexOf(row);
            if (rank >= 0) {
                c.put("rank", rank + 1);
            } else {
                c.putNull("rank");
            }
            c.put("place", row.place().name());
            c.put("remediationUrl", row.remediationUrl());
            c.put("userImpact", row.userImpact() == null ? null : row.userImpact().name());
            c.put("implementationCost", row.implementationCost() == null ? null : row.implementationCost().name());
            c.put("coverage", row.coverage());
            if (row.microsoftPoints() == null) {
                c.putNull("microsoftPoints");
            } else {
                c.put("microsoftPoints", row.microsoftPoints());
            }
            if (row.result() != null) {
                evaluation(c, row.result());
            }
        }

        ArrayNode expired = root.putArray("expiredOverrides");
        if (a != null) {
            for (StatusOverride o : a.expiredOverrides()) {
                override(expired.addObject(), o);
            }
        }

        RunChange change = data.change().orElse(null);
        if (change == null) {
            root.putNull("changes");
        } else {
            ObjectNode changes = root.putObject("changes");
            changes.put("previousTime", change.previous().time().toString());
            changes.put("previousBuild", change.previous().build());
            changes.put("previousPercent", change.previous().percent());
            changes.put("percentChange", change.percentChange());
            changes.put("achievedPoints", change.achievedPoints());
            changes.put("regressedPoints", change.regressedPoints());
            ArrayNode list = changes.putArray("controls");
            for (ControlChange cc : change.controls()) {
                ObjectNode c = list.addObject();
                c.put("control", cc.control());
                c.put("before", cc.before());
                c.put("after", cc.after());
                c.put("delta", cc.delta());
                c.put("beforeStatus", cc.beforeStatus() == null ? null : cc.beforeStatus().name());
                c.put("afterStatus", cc.afterStatus() == null ? null : cc.afterStatus().name());
                strings(c.putArray("reasons"), cc.reasons());
            }
            if (!change.requirements().isEmpty()) {
                ArrayNode requirements = changes.putArray("requirements");
                for (io.github.securescore.history.RequirementChange rc : change.requirements()) {
                    ObjectNode r = requirements.addObject();
                    r.put("pack", rc.pack());
                    r.put("requirement", rc.requirement());
                    r.put("before", rc.before() == null ? null : rc.before().name());
                    r.put("after", rc.after() == null ? null : rc.after().name());
                }
            }
        }

        ArrayNode trend = root.putArray("trend");
        for (TrendPoint p : data.trend().points()) {
            ObjectNode t = trend.addObject();
            t.put("time", p.time().toString());
            t.put("build", p.build());
            t.put("percent", p.percent());
            t.put("points", p.points());
            t.put("maxPoints", p.maxPoints());
            t.put("projectedPercent", p.projectedPercent());
            t.put("achievedPoints", p.achievedPoints());
            t.put("regressedPoints", p.regressedPoints());
            t.put("riskAcceptedCount", p.riskAcceptedCount());
            if (Double.isNaN(p.microsoftPercent())) {
                t.putNull("microsoftPercent");
            } else {
                t.put("microsoftPercent", RunRecord.round(p.microsoftPercent()));
            }
            t.put("verdict", p.run().verdict() == null ? null : p.run().verdict().name());
        }
        if (!data.trend().microsoftDays().isEmpty()) {
            ArrayNode days = root.putArray("microsoftDays");
            for (RunRecord day : data.trend().microsoftDays()) {
                days.addObject().put("day", ChartFrame.DAY.format(day.time())).put("points", day.points())
                        .put("maxPoints", day.maxPoints()).put("percent", day.percent()).put("source", day.source());
            }
        }
        strings(root.putArray("warnings"), data.warnings());
        return root;
    }

    private static void evaluation(ObjectNode c, ControlResult result) {
        Evaluation e = result.evaluation();
        ObjectNode ev = c.putObject("evaluation");
        ev.put("outcome", e.outcome().name());
        ev.put("protected", e.protectedCount());
        ev.put("total", e.total());
        ev.put("reason", e.reason());
        strings(ev.putArray("missingPermissions"), e.missingPermissions());
        Evidence evidence = e.evidence();
        ObjectNode ed = c.putObject("evidence");
        ObjectNode counts = ed.putObject("counts");
        for (Map.Entry<String, Long> count : evidence.counts().entrySet()) {
            counts.put(count.getKey(), count.getValue());
        }
        strings(ed.putArray("policies"), evidence.policies());
        strings(ed.putArray("unprotected"), evidence.unprotected());
        strings(ed.putArray("notes"), evidence.notes());
        if (result.override() == null) {
            c.putNull("override");
        } else {
            override(c.putObject("override"), result.override());
        }
    }

    private static void override(ObjectNode o, StatusOverride override) {
        o.put("control", override.control());
        o.put("status", override.status().name());
        o.put("justification", override.justification());
        o.put("owner", override.owner());
        o.put("expires", override.expires() == null ? null : override.expires().toString());
        o.put("origin", override.origin());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
