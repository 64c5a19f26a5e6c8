package io.github.securescore.report;

import io.github.securescore.history.PackEntry;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML report's section per selected pack: a table of requirements with status and details. */
final class PackHtmlSection {

    private PackHtmlSection() {
    }

    /** Re-rendered from the history: each pack's recorded figures and statuses. */
    static void recorded(StringBuilder h, Map<String, PackEntry> packs) {
        for (Map.Entry<String, PackEntry> p : packs.entrySet()) {
            h.append("<h2 id=\"").append(Markup.xml("pack-" + p.getKey().replaceAll("[^A-Za-z0-9_-]", "-"))).append("\">")
                    .append(Markup.xml(p.getKey())).append("</h2>\n<p>")
                    .append(Markup.xml(PackSections.recorded(p.getKey(), p.getValue()))).append("</p>\n")
                    .append("<table class=\"pack\">\n<thead><tr><th>Requirement</th><th>Status</th></tr></thead>\n<tbody>\n");
            for (String id : p.getValue().requirements().keySet()) {
                h.append("<tr><td>").append(Markup.xml(id)).append("</td><td>")
                        .append(Markup.xml(PackSections.recordedStatus(p.getValue(), id))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
    }

    static void html(StringBuilder h, List<PackResult> packs) {
        for (PackResult p : packs) {
            String id = "pack-" + p.pack().id().replaceAll("[^A-Za-z0-9_-]", "-");
            h.append("<h2 id=\"").append(Markup.xml(id)).append("\">").append(Markup.xml(p.pack().title()))
                    .append("</h2>\n<p>").append(Markup.xml(PackSections.summary(p))).append(". Source: ")
                    // text, not a link: a pack on the class path is not a source the report vouches for
                    .append(Markup.xml(p.pack().source().toString())).append("</p>\n");
            h.append("<table class=\"pack\">\n<thead><tr><th>Requirement</th><th>Obligation</th><th>Status</th>"
                    + "<th>Title</th><th>Details</th></tr></thead>\n<tbody>\n");
            for (RequirementResult r : p.results()) {
                h.append("<tr class=\"status-").append(r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\"><td>").append(Markup.xml(r.requirement().id())).append("</td><td>")
                        .append(r.requirement().obligation()).append("</td><td>").append(Markup.xml(PackSections.status(r)))
                        .append("</td><td>").append(Markup.xml(r.requirement().title())).append("</td><td>");
                List<String> details = PackSections.details(r);
                if (!details.isEmpty()) {
                    h.append("<ul>");
                    details.forEach(d -> h.append("<li>").append(Markup.xml(d)).append("</li>"));
                    h.append("</ul>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            List<String> expired = PackSections.expired(p);
            if (!expired.isEmpty()) {
                h.append("<ul class=\"expired\">\n");
                expired.forEach(line -> h.append("<li>").append(Markup.xml(line)).append("</li>\n"));
                h.append("</ul>\n");
            }
        }
    }
}
