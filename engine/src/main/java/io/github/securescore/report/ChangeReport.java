package io.github.securescore.report;

import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.history.RunRecord;
import java.time.format.DateTimeFormatter;

/** Plain text of one change between two runs: what {@code diff} prints. */
public final class ChangeReport {

    public String render(RunChange change) {
        StringBuilder out = new StringBuilder();
        out.append("From ").append(describe(change.previous())).append('\n');
        out.append("To   ").append(describe(change.current())).append('\n');
        out.append("Score ").append(Markup.percent(change.previous().percent())).append(" -> ")
                .append(Markup.percent(change.current().percent())).append(" (").append(Markup.signed(change.percentChange()))
                .append(" pp): ").append(Markup.points(change.achievedPoints())).append(" points achieved, ")
                .append(Markup.points(change.regressedPoints())).append(" points regressed\n");
        if (change.controls().isEmpty()) {
            out.append("\nNo improvement action changed.\n");
            return out.toString();
        }
        section(out, "Gained", change, 1);
        section(out, "Lost", change, -1);
        section(out, "Changed without points moving", change, 0);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, RunChange change, int sign) {
        var list = change.controls().stream().filter(c -> Math.signum(c.delta()) == sign).toList();
        if (list.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        for (ControlChange c : list) {
            out.append(String.format(java.util.Locale.ROOT, "  %-26s %7s  (%s -> %s)%n", TextReport.plain(c.control()),
                    Markup.signed(c.delta()), Markup.points(c.before()), Markup.points(c.after())));
            for (String reason : c.reasons()) {
                out.append("      ").append(TextReport.plain(reason)).append('\n');
            }
        }
    }

    private static String describe(RunRecord run) {
        StringBuilder s = new StringBuilder();
        s.append(DateTimeFormatter.ISO_INSTANT.format(run.time()));
        if (run.build() != null) {
            s.append(" build ").append(TextReport.plain(run.build()));
        }
        if (run.tenant() != null) {
            s.append(" tenant ").append(TextReport.plain(run.tenant()));
        }
        if (run.source() != null) {
            s.append(" (").append(TextReport.plain(run.source())).append(')');
        }
        return s.toString();
    }
}
