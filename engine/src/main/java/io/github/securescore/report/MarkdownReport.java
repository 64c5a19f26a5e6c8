package io.github.securescore.report;

import io.github.securescore.gate.GateResult;
import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
import io.github.securescore.score.ControlStatus;
import io.github.securescore.score.Ranking;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A Markdown summary for GitHub job summaries ({@code $GITHUB_STEP_SUMMARY}) and pull-request
 * comments: score, verdict, gates, what changed, the next best actions and a short history.
 * Tenant strings go through {@link Markup#markdown(String)}: no raw HTML, links or emphasis.
 */
public final class MarkdownReport implements ReportRenderer {

    static final int HISTORY_ROWS = 10;

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public String render(ReportData data) {
        RunRecord run = data.current();
        StringBuilder m = new StringBuilder(4096);
        m.append("## Identity Secure Score");
        data.tenantLabel().ifPresent(t -> m.append(": ").append(Markup.markdown(t)));
        m.append("\n\n");
        // why the verdict is what it is, first: the line a reader of a red build looks for
        if (data.verdict() != null) {
            String line = VerdictLine.of(data.verdict());
            int colon = line.indexOf(':');
            // "Verdict: **FAIL** — score 40 % is below the 50 % gate": the word CI logs and people grep for
            m.append("Verdict: **").append(line, 0, colon).append("** — ")
                    .append(Markup.markdown(line.substring(colon + 1).strip())).append("\n\n");
        } else {
            data.status().ifPresent(s -> m.append("Verdict: **").append(s).append("** (as recorded in the history)\n\n"));
        }
        m.append("**").append(Markup.percent(run.percent())).append("** (").append(Markup.points(run.points()))
                .append(" of ").append(Markup.points(run.maxPoints())).append(" points), zone **")
                .append(data.zone().name().charAt(0)).append(data.zone().name().substring(1).toLowerCase(java.util.Locale.ROOT))
                .append("**");
        data.change().ifPresent(c -> m.append(", ").append(Markup.signed(c.percentChange()))
                .append(" pp since the previous run"));
        m.append("; projected with Planned actions: ").append(Markup.percent(run.projectedPercent()));
        if (run.microsoft() != null) {
            m.append("; Microsoft Secure Score: ").append(Markup.percent(run.microsoft().percent()));
        }
        String entra = MicrosoftReportedSections.entraSentence(data, false);
        if (entra != null) {
            m.append("; ").append(entra);
        }
        m.append('\n');
        if (!run.packs().isEmpty()) {
            // the baselines beside the score, as the HTML headline has them: a job summary is read top down
            m.append("\nBaseline packs: ").append(run.packs().entrySet().stream()
                    .map(pack -> Markup.markdownCode(pack.getKey()) + " **" + Markup.percent(pack.getValue().shallPercent())
                            + "** of SHALL requirements pass, " + pack.getValue().failures() + " failed")
                    .collect(java.util.stream.Collectors.joining("; "))).append('\n');
        }
        m.append("\nObserved ").append(DateTimeFormatter.ISO_INSTANT.format(run.time()));
        if (run.build() != null) {
            m.append(", build ").append(Markup.markdown(run.build()));
        }
        m.append(".\n");

        ProposalSections.markdown(m, data);
        if (data.verdict() != null && !data.verdict().gates().isEmpty()) {
            m.append("\n### Gates\n\n| Outcome | Gate | Actual |\n|---|---|---|\n");
            for (GateResult g : data.verdict().gates()) {
                m.append("| ").append(g.outcome().violated() ? "**" + g.outcome() + "**" : g.outcome().toString())
                        .append(" | ").append(Markup.markdown(g.gate().description())).append(" | ")
                        .append(g.actual() == null ? Markup.markdown(noDataReason(g)) : Markup.points(g.actual())
                                + g.gate().metric().unit())
                        .append(" |\n");
            }
        }

        if (data.packs().isEmpty()) {
            PackSections.recordedMarkdown(m, data.current().packs());
        } else {
            PackSections.markdown(m, data.packs());
        }
        nextSteps(m, data);
        elsewhere(m, data);
        MicrosoftReportedSections.markdown(m, data);

        m.append("\n### What changed since the previous run\n\n");
        RunChange change = data.change().orElse(null);
        if (change == null) {
            m.append("First run of this tenant in the history.\n");
        } else {
            m.append("Score ").append(Markup.percent(change.previous().percent())).append(" → ")
                    .append(Markup.percent(change.current().percent())).append(" (")
                    .append(Markup.signed(change.percentChange())).append(" pp): ")
                    .append(Markup.points(change.achievedPoints())).append(" points achieved, ")
                    .append(Markup.points(change.regressedPoints())).append(" points regressed.\n");
            if (!change.controls().isEmpty()) {
                m.append("\n| Improvement action | Before | After | Change | Why |\n|---|---:|---:|---:|---|\n");
                for (ControlChange c : change.controls()) {
                    m.append("| ").append(Markup.markdown(c.control())).append(" | ").append(Markup.points(c.before()))
                            .append(" | ").append(Markup.points(c.after())).append(" | ")
                            .append(Markup.signed(c.delta())).append(" | ")
                            .append(Markup.markdown(String.join("; ", c.reasons()))).append(" |\n");
                }
            }
            if (!change.requirements().isEmpty()) {
                m.append("\nBaseline requirements whose status changed:\n\n");
                change.requirements().forEach(r -> m.append("- ").append(Markup.markdown(r.describe())).append('\n'));
            }
        }

        Trend trend = data.trend();
        if (trend.points().size() > 1) {
            List<TrendPoint> points = trend.points();
            m.append("\n### History\n\n| Observed | Build | Score | Achieved | Regressed | Risk accepted |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
            for (int i = points.size() - 1; i >= Math.max(0, points.size() - HISTORY_ROWS); i--) {
                TrendPoint p = points.get(i);
                m.append("| ").append(DateTimeFormatter.ISO_INSTANT.format(p.time())).append(" | ")
                        .append(Markup.markdown(p.build() == null ? "" : p.build())).append(" | ")
                        .append(Markup.percent(p.percent())).append(" | ").append(Markup.signed(p.achievedPoints()))
                        .append(" | ").append(Markup.signed(-p.regressedPoints())).append(" | ")
                        .append(p.riskAcceptedCount()).append(" |\n");
            }
        }
        if (!data.warnings().isEmpty()) {
            m.append("\n### Warnings\n\n");
            for (String w : data.warnings()) {
                m.append("- ").append(Markup.markdown(w)).append('\n');
            }
        }
        return m.toString();
    }

    /** The ranked next steps, each with its coverage, a few of the accounts left out and Microsoft's page. */
    private static void nextSteps(StringBuilder m, ReportData data) {
        List<ActionRow> steps = data.nextSteps();
        m.append("\n### Next steps\n\n");
        if (steps.isEmpty()) {
            m.append("No points left to earn.\n");
            return;
        }
        m.append("Ranked by points left, then lower user impact, then lower implementation cost.\n\n");
        m.append("| # | Improvement action | Points left | Impact / cost | Coverage | Remediation |\n"
                + "|---:|---|---:|---|---|---|\n");
        int rank = 1;
        for (ActionRow r : steps) {
            m.append("| ").append(rank++).append(" | ").append(Markup.markdown(r.title())).append(" (")
                    .append(Markup.markdown(r.name())).append(')')
                    .append(r.status() == ControlStatus.PLANNED ? ", Planned" : "").append(" | ")
                    .append(Markup.points(r.remaining())).append(" of ").append(Markup.points(r.max())).append(" | ")
                    .append(level(r.userImpact())).append(" / ").append(level(r.implementationCost())).append(" | ")
                    .append(Markup.markdown(r.coverage()));
            List<String> unprotected = r.result() == null ? List.of() : r.result().evaluation().evidence().unprotected();
            if (!unprotected.isEmpty()) {
                int shown = Math.min(TextReport.SHOWN_NAMES, unprotected.size());
                long left = r.result().evaluation().total() - r.result().evaluation().protectedCount();
                m.append("; not protected: ").append(String.join(", ",
                        unprotected.subList(0, shown).stream().map(Markup::markdownCode).toList()));
                if (left > shown) {
                    m.append(" and ").append(left - shown).append(" more");
                }
            }
            m.append(" | ").append(r.remediationUrl() == null ? "" : "[Microsoft Learn](<" + r.remediationUrl() + ">)")
                    .append(" |\n");
        }
    }

    /** Every action that is not a next step, under the heading of where it went; the not evaluated name why. */
    private static void elsewhere(StringBuilder m, ReportData data) {
        StringBuilder lines = new StringBuilder();
        for (Ranking.Place place : Ranking.Place.values()) {
            List<ActionRow> rows = data.actionsIn(place);
            if (place == Ranking.Place.NEXT_STEP || rows.isEmpty()) {
                continue;
            }
            if (place == Ranking.Place.NOT_EVALUATED) {
                for (ActionRow r : rows) {
                    lines.append("- **Not evaluated**: ").append(Markup.markdown(r.name()));
                    List<String> missing = r.missingPermissions();
                    if (!missing.isEmpty()) {
                        lines.append(", missing permission").append(missing.size() > 1 ? "s " : " ")
                                .append(Markup.markdown(String.join(", ", missing)));
                    }
                    if (!r.coverage().isEmpty()) {
                        lines.append(" (").append(Markup.markdown(r.coverage())).append(')');
                    }
                    lines.append('\n');
                }
                continue;
            }
            lines.append("- **").append(place.heading()).append("**: ").append(String.join(", ", rows.stream()
                    .map(r -> Markup.markdown(r.name()) + (place == Ranking.Place.COMPLETED ? ""
                            : " (" + Markup.markdown(r.status().label()) + ")")).toList()))
                    .append('\n');
        }
        if (!lines.isEmpty()) {
            m.append("\n### Not next steps\n\n").append(lines);
        }
    }

    /** The part of a no-data gate's sentence after its description: why there was nothing to compare. */
    private static String noDataReason(GateResult g) {
        String message = g.message();
        String prefix = g.gate().description() + ": ";
        String why = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return why.replace(" -> passed (no data)", "") + " (no data)";
    }

    private static String level(Enum<?> level) {
        return level == null ? "" : level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
