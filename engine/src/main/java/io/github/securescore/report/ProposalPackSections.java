package io.github.securescore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.UntrustedText;
import java.util.List;

/**
 * The packs' part of every format's "Proposed change" section: each selected pack's SHALL share and
 * failures as it is → as proposed, and the requirements whose status would change, with why. Renders
 * nothing when no pack is selected. Titles, reasons and sentences are tenant and file text: escaped by
 * each format's own rule.
 */
final class ProposalPackSections {

    private ProposalPackSections() {
    }

    /** "scuba-aad: 2 of 8 SHALL (25.00%) → 3 of 8 SHALL (37.50%), failures 6 → 5". */
    static String figures(Comparison.PackFigures p) {
        return p.pack() + ": " + p.beforePassed() + " of " + p.beforeCounted() + " SHALL ("
                + Markup.percent(p.beforeShallPercent()) + ") → " + p.afterPassed() + " of " + p.afterCounted()
                + " SHALL (" + Markup.percent(p.afterShallPercent()) + "), failures " + p.beforeFailures() + " → "
                + p.afterFailures();
    }

    /** "scuba-aad MS.AAD.1.1v1 (SHALL): Fail → Pass". */
    static String heading(Comparison.Requirement r) {
        return r.pack() + " " + r.id() + " (" + r.obligation() + "): " + r.beforeStatus() + " → " + r.afterStatus();
    }

    static void text(StringBuilder t, Comparison c) {
        for (Comparison.PackFigures p : c.packs()) {
            t.append("  ").append(UntrustedText.line(figures(p))).append('\n');
        }
        for (Comparison.Requirement r : c.requirements()) {
            t.append("  ").append(UntrustedText.line(heading(r))).append(' ').append(UntrustedText.line(r.title()))
                    .append('\n');
            for (String why : r.why()) {
                t.append("      ").append(UntrustedText.line(why)).append('\n');
            }
        }
        if (!c.packs().isEmpty() && c.requirements().isEmpty()) {
            t.append("  No pack requirement's status would change.\n");
        }
    }

    static void markdown(StringBuilder m, Comparison c) {
        if (c.packs().isEmpty()) {
            return;
        }
        m.append('\n');
        for (Comparison.PackFigures p : c.packs()) {
            m.append("- ").append(Markup.markdown(figures(p))).append('\n');
        }
        if (c.requirements().isEmpty()) {
            m.append("\nNo pack requirement's status would change.\n");
            return;
        }
        m.append("\n| Pack | Requirement | Obligation | Status | Title | Why |\n|---|---|---|---|---|---|\n");
        for (Comparison.Requirement r : c.requirements()) {
            m.append("| ").append(Markup.markdown(r.pack())).append(" | ").append(Markup.markdown(r.id())).append(" | ")
                    .append(Markup.markdown(r.obligation())).append(" | ").append(Markup.markdown(r.beforeStatus()))
                    .append(" → ").append(Markup.markdown(r.afterStatus())).append(" | ")
                    .append(Markup.markdown(r.title())).append(" | ")
                    .append(String.join("; ", r.why().stream().map(Markup::markdown).toList())).append(" |\n");
        }
    }

    static void html(StringBuilder h, Comparison c) {
        if (c.packs().isEmpty()) {
            return;
        }
        h.append("<ul class=\"proposal-packs\">\n");
        for (Comparison.PackFigures p : c.packs()) {
            h.append("<li><a href=\"#").append(PackSections.anchor(p.pack())).append("\">")
                    .append(Markup.xml(figures(p))).append("</a></li>\n");
        }
        h.append("</ul>\n");
        if (c.requirements().isEmpty()) {
            h.append("<p>No pack requirement's status would change.</p>\n");
            return;
        }
        h.append("<table class=\"proposal-requirements\">\n<tr><th>Pack</th><th>Requirement</th><th>Obligation</th>"
                + "<th>Status</th><th>Title</th><th>Why</th></tr>\n");
        for (Comparison.Requirement r : c.requirements()) {
            h.append("<tr><td>").append(Markup.xml(r.pack())).append("</td><td>").append(Markup.xml(r.id()))
                    .append("</td><td>").append(Markup.xml(r.obligation())).append("</td><td>")
                    .append(Markup.xml(r.beforeStatus())).append(" → ").append(Markup.xml(r.afterStatus()))
                    .append("</td><td>").append(Markup.xml(r.title())).append("</td><td><ul>");
            for (String why : r.why()) {
                h.append("<li>").append(Markup.xml(why)).append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** {@code packs} and {@code requirements}, only when a pack is selected (the JSON is otherwise as before). */
    static void json(ObjectNode proposal, Comparison c) {
        if (c.packs().isEmpty()) {
            return;
        }
        ArrayNode packs = proposal.putArray("packs");
        for (Comparison.PackFigures p : c.packs()) {
            ObjectNode row = packs.addObject();
            row.put("pack", p.pack());
            row.put("title", p.title());
            row.put("currentShallPassed", p.beforePassed());
            row.put("currentShallCounted", p.beforeCounted());
            row.put("currentShallPercent", round(p.beforeShallPercent()));
            row.put("proposedShallPassed", p.afterPassed());
            row.put("proposedShallCounted", p.afterCounted());
            row.put("proposedShallPercent", round(p.afterShallPercent()));
            row.put("currentFailures", p.beforeFailures());
            row.put("proposedFailures", p.afterFailures());
        }
        ArrayNode requirements = proposal.putArray("requirements");
        for (Comparison.Requirement r : c.requirements()) {
            ObjectNode row = requirements.addObject();
            row.put("pack", r.pack());
            row.put("id", r.id());
            row.put("obligation", r.obligation());
            row.put("title", r.title());
            row.put("currentStatus", r.beforeStatus());
            row.put("proposedStatus", r.afterStatus());
            ArrayNode why = row.putArray("why");
            r.why().forEach(why::add);
        }
    }

    /** One test case per requirement whose status would change; never a failure (the pack gates decide). */
    static List<String> junit(Comparison c, String classname) {
        return c.requirements().stream().map(r -> "    <testcase classname=\"" + Markup.xml(classname) + "\" name=\""
                + Markup.xml(r.pack() + " " + r.id()) + "\" time=\"0\">\n      <system-out>"
                + Markup.xml(r.beforeStatus() + " → " + r.afterStatus() + ": " + String.join("; ", r.why()))
                + "</system-out>\n    </testcase>\n").toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
