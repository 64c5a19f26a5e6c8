package io.github.securescore.report;

import java.util.List;
import java.util.Locale;

/**
 * What a CI checks view (GitHub checks through Jenkins' Checks API) shows for one run: a title with the
 * score and verdict, a summary with the gates, a text with the ranked next steps. Markdown, with every
 * gate sentence and step escaped (they carry catalog and tenant names), so a front end only copies
 * the three strings.
 *
 * @param title   one line, e.g. "Identity Secure Score 72.5 % — UNSTABLE"
 * @param summary the gates, one list item each, with their outcome
 * @param text    the ranked next steps, numbered; a sentence when there are none
 */
public record ChecksText(String title, String summary, String text) {

    /** One gate as the checks summary lists it: its outcome name and the engine's sentence. */
    public record GateLine(String outcome, String message) {
    }

    /**
     * @param name      the check's display name (a Jenkins step's {@code name})
     * @param percent   the score in percent
     * @param verdict   PASS, UNSTABLE or FAIL
     * @param gates     every gate, in the verdict's order
     * @param nextSteps the ranked next steps, best first
     */
    public static ChecksText of(String name, double percent, String verdict, List<GateLine> gates,
                                List<String> nextSteps) {
        String title = Markup.markdown(name) + " " + String.format(Locale.ROOT, "%.1f %%", percent) + " — "
                + Markup.markdown(verdict);
        StringBuilder summary = new StringBuilder();
        if (gates.isEmpty()) {
            summary.append("No gates were configured.\n");
        }
        for (GateLine gate : gates) {
            summary.append("- **").append(Markup.markdown(gate.outcome())).append("** ")
                    .append(Markup.markdown(gate.message())).append('\n');
        }
        StringBuilder text = new StringBuilder("## Next steps\n\n");
        if (nextSteps.isEmpty()) {
            text.append("Nothing left to improve among the evaluated actions.\n");
        }
        for (int i = 0; i < nextSteps.size(); i++) {
            text.append(i + 1).append(". ").append(Markup.markdown(nextSteps.get(i))).append('\n');
        }
        return new ChecksText(title, summary.toString(), text.toString());
    }
}
