package io.github.securescore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.UntrustedText;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ReportedByMicrosoft;

/**
 * The "Also reported by Microsoft" section of every format: Microsoft's Identity controls that are
 * not our actions, with Microsoft's figures and the status {@value ReportedByMicrosoft#STATUS}, and
 * the Microsoft sources Graph refused. Never part of the score. Renders nothing when there is
 * nothing to say (or when re-rendering from the history, which does not keep it). Names, titles and
 * statuses are tenant text: escaped by each format's own rule.
 */
final class MicrosoftReportedSections {

    static final String HEADING = "Also reported by Microsoft";
    private static final String INTRO = "Microsoft lists these in its Identity category; they are not identity "
            + "improvement actions evaluated here and never change this score.";

    private MicrosoftReportedSections() {
    }

    private static ReportedByMicrosoft of(ReportData data) {
        return data.fullAssessment().map(Assessment::reportedByMicrosoft).orElse(ReportedByMicrosoft.NONE);
    }

    private static String figures(ReportedByMicrosoft.Action a) {
        if (a.points() == null && a.maxScore() == null) {
            return "-";
        }
        return (a.points() == null ? "-" : Markup.points(a.points())) + " / "
                + (a.maxScore() == null ? "-" : Markup.points(a.maxScore()));
    }

    private static String microsoftStatus(ReportedByMicrosoft.Action a) {
        return a.microsoftStatus() == null ? "" : " (Microsoft: " + a.microsoftStatus() + ")";
    }

    static void text(StringBuilder out, Assessment assessment) {
        ReportedByMicrosoft reported = assessment.reportedByMicrosoft();
        if (reported.isEmpty()) {
            return;
        }
        out.append('\n').append(HEADING).append(" (not evaluated here, not in the score):\n");
        for (ReportedByMicrosoft.Action a : reported.actions()) {
            out.append("  ").append(UntrustedText.line(a.name())).append(": ").append(figures(a)).append(" points, ")
                    .append(ReportedByMicrosoft.STATUS).append(UntrustedText.line(microsoftStatus(a))).append("; ")
                    .append(UntrustedText.line(a.product())).append(", from ").append(a.source()).append('\n');
        }
        for (String line : reported.notCollected()) {
            out.append("  ").append(UntrustedText.line(line)).append('\n');
        }
    }

    static void markdown(StringBuilder m, ReportData data) {
        ReportedByMicrosoft reported = of(data);
        if (reported.isEmpty()) {
            return;
        }
        m.append("\n### ").append(HEADING).append("\n\n").append(INTRO).append("\n\n");
        if (!reported.actions().isEmpty()) {
            m.append("| Control | Title | Product | Microsoft's points | Status | Source |\n|---|---|---|---:|---|---|\n");
            for (ReportedByMicrosoft.Action a : reported.actions()) {
                m.append("| ").append(Markup.markdown(a.name())).append(" | ").append(Markup.markdown(text(a.title())))
                        .append(" | ").append(Markup.markdown(a.product())).append(" | ").append(figures(a)).append(" | ")
                        .append(ReportedByMicrosoft.STATUS).append(Markup.markdown(microsoftStatus(a))).append(" | ")
                        .append(a.source()).append(" |\n");
            }
        }
        for (String line : reported.notCollected()) {
            m.append("\n- ").append(Markup.markdown(line));
        }
        if (!reported.notCollected().isEmpty()) {
            m.append('\n');
        }
    }

    static void html(StringBuilder h, ReportData data) {
        ReportedByMicrosoft reported = of(data);
        if (reported.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"reported-by-microsoft\">").append(HEADING).append("</h2>\n<p>").append(INTRO).append("</p>\n");
        if (!reported.actions().isEmpty()) {
            h.append("<table id=\"reported-by-microsoft-actions\">\n<tr><th>Control</th><th>Title</th><th>Product</th>"
                    + "<th>Microsoft's points</th><th>Status</th><th>Source</th></tr>\n");
            for (ReportedByMicrosoft.Action a : reported.actions()) {
                h.append("<tr><td>").append(Markup.xml(a.name())).append("</td><td>").append(Markup.xml(text(a.title())))
                        .append("</td><td>").append(Markup.xml(a.product())).append("</td><td>").append(figures(a))
                        .append("</td><td>").append(ReportedByMicrosoft.STATUS).append(Markup.xml(microsoftStatus(a)))
                        .append("</td><td>").append(a.source()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!reported.notCollected().isEmpty()) {
            h.append("<ul>\n");
            for (String line : reported.notCollected()) {
                h.append("<li>").append(Markup.xml(line)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    /** {@code entraScore}: Entra's own Identity Secure Score of the newest day, or null when not collected. */
    static void jsonEntra(ObjectNode root, ReportData data) {
        var entra = data.fullAssessment().flatMap(Assessment::entra);
        if (entra.isEmpty()) {
            root.putNull("entraScore");
            return;
        }
        ObjectNode e = root.putObject("entraScore");
        e.put("createDateTime", entra.get().day());
        e.put("points", entra.get().points());
        e.put("maxPoints", entra.get().maxPoints());
        e.put("percent", io.github.securescore.history.RunRecord.round(entra.get().percent()));
    }

    /** Markdown and HTML: one sentence beside Microsoft Secure Score's, when collected. */
    static String entraSentence(ReportData data, boolean html) {
        return data.fullAssessment().flatMap(Assessment::entra).map(e -> "Microsoft Entra Identity Secure Score ("
                + (html ? Markup.xml(e.day()) : Markup.markdown(e.day())) + "): "
                + Markup.percent(e.percent()) + " (" + Markup.points(e.points()) + " of "
                + Markup.points(e.maxPoints()) + " points)").orElse(null);
    }

    /** {@code reportedByMicrosoft}: always present in a check's report (empty lists when there is nothing), else null. */
    static void json(ObjectNode root, ReportData data) {
        if (data.assessment() == null) {
            root.putNull("reportedByMicrosoft");
            return;
        }
        ReportedByMicrosoft reported = data.assessment().reportedByMicrosoft();
        ObjectNode section = root.putObject("reportedByMicrosoft");
        ArrayNode actions = section.putArray("actions");
        for (ReportedByMicrosoft.Action a : reported.actions()) {
            ObjectNode o = actions.addObject();
            o.put("name", a.name());
            o.put("title", a.title());
            o.put("product", a.product());
            o.put("source", a.source());
            o.put("microsoftPoints", a.points());
            o.put("microsoftMaxScore", a.maxScore());
            o.put("microsoftStatus", a.microsoftStatus());
            o.put("status", ReportedByMicrosoft.STATUS);
        }
        ArrayNode notCollected = section.putArray("notCollected");
        reported.notCollected().forEach(notCollected::add);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
