package io.github.securescore.report;

import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.Evidence;
import io.github.securescore.score.ControlResult;
import java.util.List;
import java.util.Map;

/**
 * The evidence section of the HTML report, in the ranking's order: per action the summary first
 * ("0 of 25 protected"), what counted and what to do, then the accounts left out, collapsed.
 */
final class HtmlEvidence {

    private HtmlEvidence() {
    }

    /** Whether the report has an evidence section for the row (only a check's rows carry evidence). */
    static boolean hasEvidence(ActionRow row) {
        ControlResult c = row.result();
        if (c == null) {
            return false;
        }
        Evidence e = c.evaluation().evidence();
        return !(e.counts().isEmpty() && e.policies().isEmpty() && e.unprotected().isEmpty() && e.notes().isEmpty()
                && c.evaluation().reason() == null);
    }

    static void evidence(StringBuilder h, ReportData data) {
        h.append("<h2 id=\"evidence\">Evidence</h2>\n");
        for (ActionRow row : data.actions()) {
            if (!hasEvidence(row)) {
                continue;
            }
            ControlResult c = row.result();
            Evaluation ev = c.evaluation();
            Evidence e = ev.evidence();
            h.append("<section class=\"evidence\" id=\"evidence-").append(Markup.xml(c.name())).append("\">\n<h3>")
                    .append(Markup.xml(c.control().title())).append(" <small>(").append(Markup.xml(c.name()))
                    .append(")</small></h3>\n");
            h.append("<p><strong>").append(Markup.xml(row.coverage().isEmpty() ? c.status().label() : row.coverage()))
                    .append("</strong>; status ").append(Markup.xml(c.status().label()));
            if (row.remaining() > 0) {
                h.append(", ").append(Markup.points(row.remaining())).append(" points left");
            }
            h.append(".</p>\n");
            if (ev.reason() != null && ev.outcome() != Evaluation.Outcome.EVALUATED) {
                h.append("<p>").append(Markup.xml(ev.reason())).append("</p>\n");
            }
            if (!ev.missingPermissions().isEmpty()) {
                h.append("<p>Missing permissions: ").append(Markup.xml(String.join(", ", ev.missingPermissions())))
                        .append("</p>\n");
            }
            if (!e.counts().isEmpty()) {
                h.append("<table class=\"counts\">\n<tbody>\n");
                for (Map.Entry<String, Long> count : e.counts().entrySet()) {
                    h.append("<tr><th>").append(Markup.xml(count.getKey())).append("</th><td class=\"num\">")
                            .append(count.getValue()).append("</td></tr>\n");
                }
                h.append("</tbody>\n</table>\n");
            }
            if (!e.policies().isEmpty()) {
                h.append("<p>Policies and settings that count:</p>\n");
                list(h, e.policies());
            }
            if (!e.notes().isEmpty()) {
                h.append("<p>Notes:</p>\n");
                list(h, e.notes());
            }
            if (row.remaining() > 0) {
                h.append("<p>To do: ").append(Markup.xml(c.control().remediation()));
                if (row.remediationUrl() != null) {
                    h.append(" <a class=\"remediation\" href=\"").append(Markup.xml(row.remediationUrl()))
                            .append("\" rel=\"noreferrer\">Microsoft's guidance</a>");
                }
                h.append("</p>\n");
            }
            if (!e.unprotected().isEmpty()) {
                long left = Math.max(ev.total() - ev.protectedCount(), e.unprotected().size());
                String noun = c.control().population() == io.github.securescore.controls.Control.Population.NONE
                        ? "item" : "account";
                h.append("<details class=\"unprotected\"><summary>Not protected: ").append(left)
                        .append(' ').append(noun).append(left == 1 ? "" : "s").append(left > e.unprotected().size()
                                ? " (the first " + e.unprotected().size() + " listed)" : "")
                        .append("</summary>\n");
                list(h, e.unprotected());
                h.append("</details>\n");
            }
            h.append("</section>\n");
        }
    }

    private static void list(StringBuilder h, List<String> items) {
        h.append("<ul>");
        for (String item : items) {
            h.append("<li>").append(Markup.xml(item)).append("</li>");
        }
        h.append("</ul>\n");
    }
}
