package io.github.securescore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.UntrustedText;
import java.util.List;

/**
 * The "as it is → as proposed" section of every format, called with one line from each renderer
 * (and from the command line's text output). Renders nothing for a check without a proposal. The
 * sentences and action names are tenant and file text: escaped by each format's own rule.
 */
public final class ProposalSections {

    private ProposalSections() {
    }

    /** Plain text for the console: one line per change, action and unknown. */
    public static String text(Comparison c) {
        StringBuilder t = new StringBuilder();
        t.append("Proposed change: ").append(Markup.percent(c.beforePercent())).append(" → ")
                .append(Markup.percent(c.afterPercent())).append(" (").append(Markup.signed(c.percentDelta()))
                .append(" pp; ").append(Markup.points(c.beforePoints())).append(" → ").append(Markup.points(c.afterPoints()))
                .append(" points)\n");
        for (String change : c.changes()) {
            t.append("  - ").append(UntrustedText.line(change)).append('\n');
        }
        for (Comparison.Action a : c.actions()) {
            t.append("  ").append(UntrustedText.line(a.name())).append(": ").append(Markup.points(a.beforePoints()))
                    .append(" → ").append(Markup.points(a.afterPoints())).append(" of ").append(Markup.points(a.maxScore()))
                    .append(status(a)).append('\n');
            for (String why : a.why()) {
                t.append("      ").append(UntrustedText.line(why)).append('\n');
            }
        }
        if (c.actions().isEmpty()) {
            t.append("  No action's points or status would change.\n");
        }
        ProposalPackSections.text(t, c);
        for (String unknown : c.unknowns()) {
            t.append("  Not scored: ").append(UntrustedText.line(unknown)).append('\n');
        }
        return t.toString();
    }

    static void markdown(StringBuilder m, ReportData data) {
        data.proposal().ifPresent(c -> {
            m.append("\n### Proposed change\n\n**").append(Markup.percent(c.beforePercent())).append(" → ")
                    .append(Markup.percent(c.afterPercent())).append("** (").append(Markup.signed(c.percentDelta()))
                    .append(" pp) as it is → as proposed; the gates decide on the proposed state.\n\n");
            for (String change : c.changes()) {
                m.append("- ").append(Markup.markdown(change)).append('\n');
            }
            if (!c.actions().isEmpty()) {
                m.append("\n| Action | Points before → after | Status | Why |\n|---|---|---|---|\n");
                for (Comparison.Action a : c.actions()) {
                    m.append("| ").append(Markup.markdown(a.name())).append(" | ").append(Markup.points(a.beforePoints()))
                            .append(" → ").append(Markup.points(a.afterPoints())).append(" of ")
                            .append(Markup.points(a.maxScore())).append(" | ").append(Markup.markdown(a.beforeStatus()))
                            .append(" → ").append(Markup.markdown(a.afterStatus())).append(" | ")
                            .append(String.join("; ", a.why().stream().map(Markup::markdown).toList())).append(" |\n");
                }
            }
            ProposalPackSections.markdown(m, c);
            for (String unknown : c.unknowns()) {
                m.append("\n- Not scored: ").append(Markup.markdown(unknown));
            }
            m.append('\n');
        });
    }

    static void html(StringBuilder h, ReportData data) {
        data.proposal().ifPresent(c -> {
            h.append("<h2 id=\"proposal\">Proposed change</h2>\n<p><strong>").append(Markup.percent(c.beforePercent()))
                    .append(" → ").append(Markup.percent(c.afterPercent())).append("</strong> (")
                    .append(Markup.signed(c.percentDelta())).append(" pp) as it is → as proposed.</p>\n<ul>\n");
            for (String change : c.changes()) {
                h.append("<li>").append(Markup.xml(change)).append("</li>\n");
            }
            h.append("</ul>\n<table>\n<tr><th>Action</th><th>Points before → after</th><th>Status</th><th>Why</th></tr>\n");
            for (Comparison.Action a : c.actions()) {
                h.append("<tr><td>").append(Markup.xml(a.name())).append("</td><td>").append(Markup.points(a.beforePoints()))
                        .append(" → ").append(Markup.points(a.afterPoints())).append(" of ").append(Markup.points(a.maxScore()))
                        .append("</td><td>").append(Markup.xml(a.beforeStatus())).append(" → ")
                        .append(Markup.xml(a.afterStatus())).append("</td><td><ul>");
                for (String why : a.why()) {
                    h.append("<li>").append(Markup.xml(why)).append("</li>");
                }
                h.append("</ul></td></tr>\n");
            }
            h.append("</table>\n");
            ProposalPackSections.html(h, c);
            if (!c.unknowns().isEmpty()) {
                h.append("<p>Not scored:</p>\n<ul>\n");
                for (String unknown : c.unknowns()) {
                    h.append("<li>").append(Markup.xml(unknown)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
        });
    }

    static void json(ObjectNode root, ReportData data) {
        data.proposal().ifPresent(c -> {
            ObjectNode p = root.putObject("proposal");
            p.put("currentPercent", round(c.beforePercent()));
            p.put("proposedPercent", round(c.afterPercent()));
            p.put("currentPoints", round(c.beforePoints()));
            p.put("proposedPoints", round(c.afterPoints()));
            strings(p.putArray("changes"), c.changes());
            ArrayNode actions = p.putArray("actions");
            for (Comparison.Action a : c.actions()) {
                ObjectNode row = actions.addObject();
                row.put("name", a.name());
                row.put("currentPoints", round(a.beforePoints()));
                row.put("proposedPoints", round(a.afterPoints()));
                row.put("maxScore", a.maxScore());
                row.put("currentStatus", a.beforeStatus());
                row.put("proposedStatus", a.afterStatus());
                strings(row.putArray("why"), a.why());
            }
            strings(p.putArray("notScored"), c.unknowns());
            ProposalPackSections.json(p, c);
        });
    }

    /**
     * One test case per action the proposal moves and per pack requirement whose status it changes, under
     * {@code classname}; never a failure (the gates decide).
     */
    static List<String> junit(ReportData data, String classname) {
        return data.proposal().map(c -> {
            List<String> cases = new java.util.ArrayList<>(c.actions().stream().map(a -> "    <testcase classname=\""
                    + Markup.xml(classname) + "\" name=\"" + Markup.xml(a.name()) + "\" time=\"0\">\n      <system-out>"
                    + Markup.xml(Markup.points(a.beforePoints()) + " → " + Markup.points(a.afterPoints()) + " of "
                    + Markup.points(a.maxScore()) + ": " + String.join("; ", a.why()))
                    + "</system-out>\n    </testcase>\n").toList());
            cases.addAll(ProposalPackSections.junit(c, classname));
            return List.copyOf(cases);
        }).orElse(List.of());
    }

    private static String status(Comparison.Action a) {
        return a.beforeStatus().equals(a.afterStatus()) ? " (" + a.afterStatus() + ")"
                : " (" + a.beforeStatus() + " → " + a.afterStatus() + ")";
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
