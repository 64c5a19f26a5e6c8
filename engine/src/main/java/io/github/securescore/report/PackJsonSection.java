package io.github.securescore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.Evidence;
import io.github.securescore.history.RunRecord;
import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import java.util.List;
import java.util.Map;

/** The JSON report's {@code packs}: each selected pack with its counts and every requirement's result. */
final class PackJsonSection {

    private PackJsonSection() {
    }

    static void json(ObjectNode root, List<PackResult> packs) {
        ArrayNode list = root.putArray("packs");
        for (PackResult p : packs) {
            ObjectNode pack = list.addObject();
            pack.put("id", p.pack().id());
            pack.put("title", p.pack().title());
            pack.put("version", p.pack().version());
            pack.put("source", p.pack().source().toString());
            pack.put("shallPercent", RunRecord.round(p.shallPercent()));
            pack.put("shallPassed", p.passed(Obligation.SHALL));
            pack.put("shallCounted", p.counted(Obligation.SHALL));
            pack.put("failures", p.failures());
            pack.put("notEvaluated", p.notEvaluated());
            ArrayNode requirements = pack.putArray("requirements");
            for (RequirementResult r : p.results()) {
                ObjectNode req = requirements.addObject();
                req.put("id", r.requirement().id());
                req.put("title", r.requirement().title());
                req.put("obligation", r.requirement().obligation().name());
                req.put("status", r.status().name());
                req.put("reason", r.outcome().reason());
                req.put("manual", r.outcome().manual());
                strings(req.putArray("missingPermissions"), r.outcome().missingPermissions());
                evidence(req.putObject("evidence"), r.outcome().evidence());
                if (r.omitted()) {
                    omission(req.putObject("omission"), r.omission());
                } else {
                    req.putNull("omission");
                }
                ArrayNode exclusions = req.putArray("exclusionsApplied");
                r.exclusions().forEach(e -> exclusion(exclusions.addObject(), e));
            }
            ArrayNode expiredOmissions = pack.putArray("expiredOmissions");
            p.expiredOmissions().forEach(o -> omission(expiredOmissions.addObject(), o));
            ArrayNode expiredExclusions = pack.putArray("expiredExclusions");
            p.expiredExclusions().forEach(e -> exclusion(expiredExclusions.addObject(), e));
        }
    }

    private static void evidence(ObjectNode node, Evidence e) {
        ObjectNode counts = node.putObject("counts");
        for (Map.Entry<String, Long> c : e.counts().entrySet()) {
            counts.put(c.getKey(), c.getValue());
        }
        strings(node.putArray("policies"), e.policies());
        strings(node.putArray("unprotected"), e.unprotected());
        strings(node.putArray("notes"), e.notes());
    }

    private static void omission(ObjectNode node, PackOmission o) {
        node.put("requirement", o.requirementId());
        node.put("justification", o.justification());
        node.put("owner", o.owner());
        node.put("expires", o.expires() == null ? null : o.expires().toString());
    }

    private static void exclusion(ObjectNode node, AcceptedExclusion e) {
        node.put("kind", e.kind().name());
        node.put("subject", e.subject());
        node.put("justification", e.justification());
        node.put("owner", e.owner());
        node.put("expires", e.expires() == null ? null : e.expires().toString());
        strings(node.putArray("requirements"), e.requirements().stream().sorted().toList());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
