package io.github.securescore.report;

import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.RunRecord;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.Ranking;
import java.util.List;
import java.util.Locale;

/**
 * The top of the HTML report: the outcome at a glance (tenant, verdict and why, score, points,
 * zone, change since the previous run) and the ranked next steps. Words and symbols carry the
 * outcome, colour only adds to them: the page is read unstyled under a strict policy too.
 */
final class HtmlHeadline {

    private HtmlHeadline() {
    }

    static void headline(StringBuilder h, ReportData data) {
        RunRecord run = data.current();
        String status = data.status().map(Enum::name).orElse(null);
        h.append("<header id=\"headline\"").append(status == null ? "" : " class=\"verdict-" + status + "\"").append(">\n");
        h.append("<p class=\"kicker\">Identity Secure Score</p>\n<h1 id=\"tenant\">");
        if (run.tenantName() != null && run.tenant() != null) {
            h.append(Markup.xml(run.tenantName())).append(" <small>(").append(Markup.xml(run.tenant())).append(")</small>");
        } else {
            h.append(Markup.xml(data.tenantLabel().orElse("Tenant not named in the snapshot")));
        }
        h.append("</h1>\n");
        if (data.verdict() != null) {
            String line = VerdictLine.of(data.verdict());
            int colon = line.indexOf(':');
            h.append("<p class=\"outcome verdict-").append(status).append("\" id=\"verdict\"><strong>")
                    .append(symbol(data.verdict().status())).append(' ').append(line, 0, colon).append("</strong>")
                    .append(Markup.xml(line.substring(colon))).append("</p>\n");
        } else if (status != null) {
            h.append("<p class=\"outcome verdict-").append(status).append("\" id=\"verdict\"><strong>")
                    .append(symbol(Verdict.Status.valueOf(status))).append(' ').append(status)
                    .append("</strong> (as the history recorded it)</p>\n");
        }
        h.append("<dl class=\"figures\">\n");
        figure(h, "Score", "score", Markup.percent(run.percent()));
        figure(h, "Points", "points", Markup.points(run.points()) + " of " + Markup.points(run.maxPoints()));
        figure(h, "Zone", "zone", "<span class=\"zone-" + data.zone() + "\">" + zoneLabel(data.zone()) + "</span>");
        data.change().ifPresent(c -> figure(h, "Since the previous run", "change",
                Markup.signed(c.percentChange()) + " pp"));
        // each selected baseline pack's share of SHALL requirements passed, beside the score it sits with
        run.packs().forEach((id, pack) -> figure(h, Markup.xml(id), Markup.xml("figure-" + PackSections.anchor(id)),
                Markup.percent(pack.shallPercent()) + " <small>of SHALL pass, " + pack.failures() + " failed</small>"));
        h.append("</dl>\n");
        h.append("<nav class=\"sections\"><a href=\"#next-steps\">Next steps</a><a href=\"#gates\">Gates</a>"
                + "<a href=\"#trend\">Trend</a><a href=\"#changes\">What changed</a><a href=\"#actions\">All actions</a>")
                .append(data.assessment() != null ? "<a href=\"#evidence\">Evidence</a>" : "");
        run.packs().keySet().forEach(id -> h.append("<a href=\"#").append(Markup.xml(PackSections.anchor(id))).append("\">")
                .append(Markup.xml(id)).append("</a>"));
        h.append("</nav>\n");
        h.append("</header>\n");
    }

    /** The ranked next steps, each linked to its evidence and to Microsoft's remediation; then where the rest went. */
    static void nextSteps(StringBuilder h, ReportData data) {
        h.append("<section id=\"next-steps\">\n<h2>Next steps</h2>\n");
        List<ActionRow> steps = data.nextSteps();
        if (steps.isEmpty()) {
            h.append("<p>No points left to earn.</p>\n");
        } else {
            h.append("<p>Ranked by points left, then lower user impact, then lower implementation cost.</p>\n");
            h.append("<ol class=\"next-steps\">\n");
            for (ActionRow r : steps) {
                h.append("<li id=\"next-").append(Markup.xml(r.name())).append("\"><a href=\"#")
                        .append(HtmlEvidence.hasEvidence(r) ? "evidence-" : "action-").append(Markup.xml(r.name()))
                        .append("\">").append(Markup.xml(r.title())).append("</a> <small>")
                        .append(Markup.xml(r.name())).append("</small>: <span class=\"points\">+")
                        .append(Markup.points(r.remaining())).append(" points</span>");
                if (r.status() == ControlStatus.PLANNED) {
                    h.append(" (Planned)");
                }
                h.append("; ").append(Markup.xml(r.coverage())).append("; user impact ")
                        .append(level(r.userImpact())).append(", cost ").append(level(r.implementationCost()));
                if (r.remediationUrl() != null) {
                    h.append("; <a class=\"remediation\" href=\"").append(Markup.xml(r.remediationUrl()))
                            .append("\" rel=\"noreferrer\">how to fix (Microsoft)</a>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        StringBuilder rest = new StringBuilder();
        for (Ranking.Place place : Ranking.Place.values()) {
            List<ActionRow> rows = data.actionsIn(place);
            if (place == Ranking.Place.NEXT_STEP || rows.isEmpty()) {
                continue;
            }
            rest.append("<li><strong>").append(place.heading()).append("</strong>: ");
            for (int i = 0; i < rows.size(); i++) {
                ActionRow r = rows.get(i);
                rest.append(i == 0 ? "" : ", ").append("<a href=\"#action-").append(Markup.xml(r.name())).append("\">")
                        .append(Markup.xml(r.name())).append("</a>");
                if (place != Ranking.Place.COMPLETED) {
                    // "Completed: OneAdmin (Completed)" would say it twice
                    rest.append(" (").append(Markup.xml(why(r))).append(')');
                }
            }
            rest.append("</li>\n");
        }
        if (!rest.isEmpty()) {
            h.append("<h3 id=\"not-next-steps\">Not next steps</h3>\n<ul id=\"elsewhere\">\n").append(rest).append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /** "Risk accepted"; for the not evaluated, the permission that was missing. */
    private static String why(ActionRow r) {
        List<String> missing = r.missingPermissions();
        if (r.status() == ControlStatus.NOT_EVALUATED && !missing.isEmpty()) {
            return (missing.size() == 1 ? "missing permission " : "missing permissions ") + String.join(", ", missing);
        }
        return r.status().label();
    }

    private static void figure(StringBuilder h, String name, String id, String escapedValue) {
        h.append("<div><dt>").append(name).append("</dt><dd id=\"").append(id).append("\">").append(escapedValue)
                .append("</dd></div>\n");
    }

    /** A symbol beside the word, so the outcome does not depend on colour. */
    static String symbol(Verdict.Status status) {
        return switch (status) {
            case PASS -> "&#10003;";
            case UNSTABLE -> "&#9888;";
            case FAIL -> "&#10007;";
        };
    }

    static String symbol(GateResult.Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "&#10003;";
            case NO_DATA -> "&#8211;";
            case NOTE, UNSTABLE -> "&#9888;";
            case ERROR, FAILED -> "&#10007;";
        };
    }

    static String zoneLabel(io.github.securescore.policy.ScoreZones.Zone zone) {
        return zone.name().charAt(0) + zone.name().substring(1).toLowerCase(Locale.ROOT);
    }

    static String level(Enum<?> level) {
        return level == null ? "unknown" : level.name().toLowerCase(Locale.ROOT);
    }
}
