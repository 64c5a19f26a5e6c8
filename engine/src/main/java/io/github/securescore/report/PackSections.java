package io.github.securescore.report;

import io.github.securescore.controls.AcceptedExclusion;
import io.github.securescore.controls.Evidence;
import io.github.securescore.history.PackEntry;
import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.PackOmission;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every format says about a baseline pack, in raw text (each renderer escapes it): the
 * summary line, and per requirement its status, why, evidence, omission and exclusions applied.
 * The text and Markdown sections are here; HTML, JSON and JUnit have their own classes.
 */
final class PackSections {

    private PackSections() {
    }

    /** "SCuBA ...: 12 of 15 SHALL requirements pass (80.00 %), 3 requirements failed in all (SHALL and SHOULD), 2 not evaluated". */
    /** The HTML id of a pack's section: its id with anything but letters, digits, '_' and '-' replaced. */
    static String anchor(String packId) {
        return "pack-" + packId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    static String summary(PackResult p) {
        return p.pack().title() + " " + p.pack().version() + ": " + p.passed(Obligation.SHALL) + " of "
                + p.counted(Obligation.SHALL) + " SHALL requirements pass (" + Markup.percent(p.shallPercent()) + "), "
                + p.failures() + " requirements failed in all (SHALL and SHOULD), " + p.notEvaluated() + " not evaluated";
    }

    /** "Fail", "Fail (omitted)", "Not evaluated (manual)". */
    static String status(RequirementResult r) {
        String label = r.status().label();
        if (r.status() == RequirementStatus.NOT_EVALUATED && r.outcome().manual()) {
            label += " (manual)";
        }
        return r.omitted() ? label + " (omitted)" : label;
    }

    /** Why it is what it is: the reason, the missing permissions; empty for a plain pass. */
    static String why(RequirementOutcome o) {
        List<String> parts = new ArrayList<>();
        if (o.reason() != null) {
            parts.add(o.reason());
        }
        if (!o.missingPermissions().isEmpty()) {
            parts.add((o.missingPermissions().size() == 1 ? "missing permission " : "missing permissions ")
                    + String.join(", ", o.missingPermissions()));
        }
        return String.join("; ", parts);
    }

    /** Evidence on one line: counts, deciding policies or settings, accounts left out, notes. */
    static String evidence(Evidence e) {
        List<String> parts = new ArrayList<>();
        if (!e.counts().isEmpty()) {
            List<String> counts = new ArrayList<>();
            for (Map.Entry<String, Long> c : e.counts().entrySet()) {
                counts.add(c.getKey() + " " + c.getValue());
            }
            parts.add(String.join(", ", counts));
        }
        if (!e.policies().isEmpty()) {
            parts.add("decided by " + String.join(", ", e.policies()));
        }
        if (!e.unprotected().isEmpty()) {
            parts.add("not met by " + TextReport.capped(e.unprotected(), e.unprotected().size()));
        }
        parts.addAll(e.notes());
        return String.join("; ", parts);
    }

    static String omission(PackOmission o) {
        return "omitted: " + o.justification() + (o.owner() == null ? "" : ", owner " + o.owner())
                + (o.expires() == null ? "" : ", until " + o.expires());
    }

    static String exclusions(List<AcceptedExclusion> applied) {
        return "exclusions applied: " + String.join("; ", applied.stream().map(AcceptedExclusion::describe).toList());
    }

    /** Every detail line of a requirement beyond its status: why, evidence, omission, exclusions. */
    static List<String> details(RequirementResult r) {
        List<String> lines = new ArrayList<>();
        String why = why(r.outcome());
        if (!why.isEmpty()) {
            lines.add(why);
        }
        String evidence = evidence(r.outcome().evidence());
        if (!evidence.isEmpty()) {
            lines.add("evidence: " + evidence);
        }
        if (r.omitted()) {
            lines.add(omission(r.omission()));
        }
        if (!r.exclusions().isEmpty()) {
            lines.add(exclusions(r.exclusions()));
        }
        return lines;
    }

    /** Expired omissions and exclusions of a pack, one line each. */
    static List<String> expired(PackResult p) {
        List<String> lines = new ArrayList<>();
        for (PackOmission o : p.expiredOmissions()) {
            lines.add("omission of " + o.requirementId() + " expired " + o.expires() + " (no longer applied): "
                    + o.justification());
        }
        for (AcceptedExclusion e : p.expiredExclusions()) {
            lines.add("exclusion of " + e.describe() + " expired (no longer applied)");
        }
        return lines;
    }

    /** "cis-m365 5.0.0: 50.00% of SHALL requirements pass, 1 requirements failed in all, 0 not evaluated (as recorded in the history)". */
    static String recorded(String id, PackEntry p) {
        return id + " " + p.version() + ": " + Markup.percent(p.shallPercent()) + " of SHALL requirements pass, "
                + p.failures() + " requirements failed in all, " + p.notEvaluated() + " not evaluated (as recorded in the history)";
    }

    /** A requirement's recorded status, "(omitted)" marked. */
    static String recordedStatus(PackEntry p, String requirement) {
        RequirementStatus status = p.requirements().get(requirement);
        return status.label() + (p.omitted().contains(requirement) ? " (omitted)" : "");
    }

    /** Re-rendered from the history: each pack's figures and statuses, no evidence (the history keeps none). */
    static void recordedMarkdown(StringBuilder m, Map<String, PackEntry> packs) {
        for (Map.Entry<String, PackEntry> p : packs.entrySet()) {
            m.append("\n### ").append(Markup.markdown(p.getKey())).append("\n\n")
                    .append(Markup.markdown(recorded(p.getKey(), p.getValue()))).append(".\n\n")
                    .append("| Requirement | Status |\n|---|---|\n");
            for (String id : p.getValue().requirements().keySet()) {
                m.append("| ").append(Markup.markdown(id)).append(" | ")
                        .append(Markup.markdown(recordedStatus(p.getValue(), id))).append(" |\n");
            }
        }
    }

    static void text(StringBuilder out, List<PackResult> packs) {
        for (PackResult p : packs) {
            out.append('\n').append(TextReport.plain(summary(p))).append('\n');
            for (RequirementResult r : p.results()) {
                out.append(String.format(Locale.ROOT, "  %-16s %-7s %-24s %s%n", TextReport.plain(r.requirement().id()),
                        r.requirement().obligation(), TextReport.plain(status(r)),
                        TextReport.plain(r.requirement().title())));
                for (String line : details(r)) {
                    out.append("      ").append(TextReport.plain(line)).append('\n');
                }
            }
            for (String line : expired(p)) {
                out.append("  ").append(TextReport.plain(line)).append('\n');
            }
        }
    }

    static void markdown(StringBuilder m, List<PackResult> packs) {
        for (PackResult p : packs) {
            m.append("\n### ").append(Markup.markdown(p.pack().title())).append("\n\n")
                    .append(Markup.markdown(summary(p))).append(".\n\n")
                    .append("| Requirement | Obligation | Status | Title | Details |\n|---|---|---|---|---|\n");
            for (RequirementResult r : p.results()) {
                String status = Markup.markdown(status(r));
                m.append("| ").append(Markup.markdown(r.requirement().id())).append(" | ")
                        .append(r.requirement().obligation()).append(" | ")
                        .append(r.status() == RequirementStatus.FAIL && !r.omitted() ? "**" + status + "**" : status)
                        .append(" | ").append(Markup.markdown(r.requirement().title())).append(" | ")
                        .append(Markup.markdown(String.join("; ", details(r)))).append(" |\n");
            }
            List<String> expired = expired(p);
            if (!expired.isEmpty()) {
                m.append('\n');
                expired.forEach(line -> m.append("- ").append(Markup.markdown(line)).append('\n'));
            }
        }
    }
}
