package io.github.securescore.report;

import io.github.securescore.gate.GateResult;
import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunRecord;
import io.github.securescore.history.Trend;
import io.github.securescore.history.TrendPoint;
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
        if (run.tenant() != null) {
            m.append(": ").append(Markup.markdown(run.tenant()));
        }
        m.append("\n\n");
        m.append("**").append(Markup.percent(run.percent())).append("** (").append(Markup.points(run.points()))
                .append(" of ").append(Markup.points(run.maxPoints())).append(" points), zone **")
                .append(data.zone().name().charAt(0)).append(data.zone().name().substring(1).toLowerCase(java.util.Locale.ROOT))
                .append("**; projected with Planned actions: ").append(Markup.percent(run.projectedPercent()));
        if (run.microsoft() != null) {
            m.append("; Microsoft Secure Score: ").append(Markup.percent(run.microsoft().percent()));
        }
        m.append('\n');
        data.status().ifPresent(s -> m.append("\nVerdict: **").append(s).append("**\n"));
        m.append("\nObserved ").append(DateTimeFormatter.ISO_INSTANT.format(run.time()));
        if (run.build() != null) {
            m.append(", build ").append(Markup.markdown(run.build()));
        }
        m.append(".\n");

        if (data.verdict() != null && !data.verdict().gates().isEmpty()) {
            m.append("\n### Gates\n\n| Outcome | Gate | Details |\n|---|---|---|\n");
            for (GateResult g : data.verdict().gates()) {
                m.append("| ").append(g.outcome()).append(" | ").append(Markup.markdown(g.gate().description()))
                        .append(" | ").append(Markup.markdown(g.message())).append(" |\n");
            }
        }

        m.append("\n### What changed since the previous run\n\n");
        RunChange change = data.change().orElse(null);
        if (change == null) {
            m.append("First run of this tenant in the history.\n");
        } else {
            m.append("Score ").append(Markup.percent(change.previous().percent())).append(" → ")
                    .append(Markup.percent(change.current().percent())).append(" (")
                    .append(Markup.markdown(Markup.signed(change.percentChange()))).append(" pp): ")
                    .append(Markup.points(change.achievedPoints())).append(" points achieved, ")
                    .append(Markup.points(change.regressedPoints())).append(" points regressed.\n");
            if (!change.controls().isEmpty()) {
                m.append("\n| Improvement action | Before | After | Change | Why |\n|---|---:|---:|---:|---|\n");
                for (ControlChange c : change.controls()) {
                    m.append("| ").append(Markup.markdown(c.control())).append(" | ").append(Markup.points(c.before()))
                            .append(" | ").append(Markup.points(c.after())).append(" | ")
                            .append(Markup.markdown(Markup.signed(c.delta()))).append(" | ")
                            .append(Markup.markdown(String.join("; ", c.reasons()))).append(" |\n");
                }
            }
        }

        List<ActionRow> open = data.actions().stream().filter(r -> r.remaining() > 0).toList();
        m.append("\n### Improvement actions\n\n");
        if (open.isEmpty()) {
            m.append("No points left to earn.\n");
        } else {
            m.append("| # | Improvement action | Status | Points | Left | Impact | Cost | Coverage |\n"
                    + "|---:|---|---|---:|---:|---|---|---|\n");
            int rank = 1;
            for (ActionRow r : open) {
                m.append("| ").append(rank++).append(" | ").append(Markup.markdown(r.title())).append(" (")
                        .append(Markup.markdown(r.name())).append(") | ").append(Markup.markdown(r.status().label()))
                        .append(" | ").append(Markup.points(r.points())).append(" / ").append(Markup.points(r.max()))
                        .append(" | ").append(Markup.points(r.remaining())).append(" | ").append(level(r.userImpact()))
                        .append(" | ").append(level(r.implementationCost())).append(" | ")
                        .append(Markup.markdown(r.coverage())).append(" |\n");
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
                        .append(Markup.percent(p.percent())).append(" | ").append(Markup.markdown(Markup.signed(p.achievedPoints())))
                        .append(" | ").append(Markup.markdown(Markup.signed(-p.regressedPoints()))).append(" | ")
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

    private static String level(Enum<?> level) {
        return level == null ? "" : level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
