package io.github.securescore.report;

import io.github.securescore.pack.PackResult;
import io.github.securescore.UntrustedText;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.gate.GateResult;
import io.github.securescore.gate.Verdict;
import io.github.securescore.history.ControlChange;
import io.github.securescore.history.RunChange;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.ControlResult;
import io.github.securescore.score.Ranking;
import io.github.securescore.score.StatusOverride;
import java.util.List;
import java.util.Locale;

/**
 * The readable plain-text summary the CLI prints and the Maven plugin logs: score, each
 * action with status and points, ranked open actions, gate outcomes.
 */
public final class TextReport {

    public String render(Assessment a, Verdict verdict) {
        return render(a, verdict, null);
    }

    /**
     * @param change what changed since the tenant's previous run in the history, or null for none
     */
    public String render(Assessment a, Verdict verdict, RunChange change) {
        return render(a, verdict, change, List.of());
    }

    /** @param packs the selected baseline packs' results, a section each before the gates */
    public String render(Assessment a, Verdict verdict, RunChange change, List<PackResult> packs) {
        StringBuilder out = new StringBuilder();
        out.append("Identity Secure Score");
        TenantLabel.of(a.tenantName(), a.tenantId()).ifPresent(t -> out.append(" for ").append(plain(t)));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Score: %.2f%% (%s of %s points)", a.percent(), points(a.points()),
                points(a.maxPoints())));
        if (a.riskAcceptedPoints() > 0) {
            out.append(String.format(Locale.ROOT, "; achievable without risk-accepted actions: %.2f%%",
                    a.achievablePercent()));
        }
        if (a.plannedPoints() > 0) {
            out.append(String.format(Locale.ROOT, "; projected with planned actions: %.2f%%", a.projectedPercent()));
        }
        out.append('\n');
        if (a.securityDefaults()) {
            out.append("Security defaults: enabled\n");
        }
        a.microsoftScore().ifPresent(m -> out.append(String.format(Locale.ROOT,
                "Microsoft Secure Score (%s): %s of %s points (%.2f%%)%n", plain(m.createdDateTime()),
                points(m.currentScore()), points(m.maxScore()), m.percent())));
        a.entra().ifPresent(e -> out.append(String.format(Locale.ROOT,
                "Microsoft Entra Identity Secure Score (%s): %s of %s points (%.2f%%)%n", plain(e.day()),
                points(e.points()), points(e.maxPoints()), e.percent())));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-26s %-38s %15s  %s%n", "Improvement action", "Status", "Points", "Details"));
        for (ControlResult c : a.controls()) {
            out.append(String.format(Locale.ROOT, "%-26s %-38s %15s  %s%n", c.name(), c.status().label(),
                    c.inMaximum() ? points(c.points()) + " / " + points(c.maxScore()) : "-",
                    details(c)));
        }
        List<ControlResult> open = a.openActions();
        if (!open.isEmpty()) {
            out.append("\nNext best actions (by points left, user impact, cost):\n");
            int rank = 1;
            for (ControlResult c : open) {
                out.append(String.format(Locale.ROOT, "%2d. %-26s +%s points  (impact %s, cost %s)  %s%n", rank++,
                        c.name(), points(c.remaining()), level(c.control().userImpact()),
                        level(c.control().implementationCost()), c.control().title()));
                List<String> unprotected = c.evaluation().evidence().unprotected();
                if (!unprotected.isEmpty()) {
                    out.append("      not protected: ").append(plain(capped(unprotected, c.evaluation().total()
                            - c.evaluation().protectedCount()))).append('\n');
                }
                if (c.control().remediationUrl() != null) {
                    out.append("      how to fix: ").append(plain(c.control().remediationUrl())).append('\n');
                }
            }
        }
        elsewhere(out, a);
        MicrosoftReportedSections.text(out, a);
        if (!a.expiredOverrides().isEmpty()) {
            out.append("\nExpired status overrides (no longer applied):\n");
            for (StatusOverride o : a.expiredOverrides()) {
                out.append("  ").append(o.control()).append(": ").append(o.status().label()).append(", owner ")
                        .append(plain(o.owner())).append(", expired ").append(o.expires()).append('\n');
            }
        }
        if (change != null) {
            changes(out, change);
        }
        PackSections.text(out, packs);
        out.append("\nGates:");
        if (verdict.gates().isEmpty()) {
            out.append(" none configured");
        }
        out.append('\n');
        for (GateResult g : verdict.gates()) {
            out.append("  [").append(g.outcome()).append("] ").append(plain(g.message())).append('\n');
        }
        out.append("Verdict: ").append(verdict.status()).append('\n');
        return out.toString();
    }

    /** Where the actions that are not next steps went, so none silently disappears from the list. */
    private static void elsewhere(StringBuilder out, Assessment a) {
        StringBuilder lines = new StringBuilder();
        for (Ranking.Place place : Ranking.Place.values()) {
            if (place == Ranking.Place.NEXT_STEP) {
                continue;
            }
            List<ControlResult> in = Ranking.ordered(a.controls()).stream()
                    .filter(c -> Ranking.placeOf(c) == place).toList();
            if (!in.isEmpty()) {
                lines.append("  ").append(place.heading()).append(": ").append(String.join(", ",
                        in.stream().map(c -> place == Ranking.Place.COMPLETED ? plain(c.name()) : placed(c))
                                .toList())).append('\n');
            }
        }
        if (!lines.isEmpty()) {
            out.append("\nNot next steps:\n").append(lines);
        }
    }

    /** "IntegratedApps (Risk accepted)", "UserRiskPolicy (missing permission IdentityRiskyUser.Read.All)". */
    private static String placed(ControlResult c) {
        List<String> missing = c.evaluation().missingPermissions();
        String why = c.status() == io.github.securescore.score.ControlStatus.NOT_EVALUATED && !missing.isEmpty()
                ? (missing.size() == 1 ? "missing permission " : "missing permissions ") + String.join(", ", missing)
                : c.status().label();
        return c.name() + " (" + plain(why) + ")";
    }

    /** The first few names, then how many more: a summary line, not a wall of addresses. */
    static String capped(List<String> names, long total) {
        int shown = Math.min(SHOWN_NAMES, names.size());
        long more = Math.max(total, names.size()) - shown;
        return String.join(", ", names.subList(0, shown)) + (more > 0 ? " and " + more + " more" : "");
    }

    /** How many unprotected accounts a text or Markdown line names. */
    static final int SHOWN_NAMES = 5;

    /** "My score changed, why?": the movement since the tenant's previous run in the history. */
    private static void changes(StringBuilder out, RunChange change) {
        out.append(String.format(Locale.ROOT, "%nSince the previous run (%s%s): %.2f%% -> %.2f%% (%s pp), "
                        + "%s points achieved, %s points regressed%n",
                change.previous().time(), change.previous().build() == null ? "" : ", " + plain(change.previous().build()),
                change.previous().percent(), change.current().percent(), Markup.signed(change.percentChange()),
                points(change.achievedPoints()), points(change.regressedPoints())));
        for (ControlChange c : change.controls()) {
            out.append(String.format(Locale.ROOT, "  %-26s %8s  %s%n", c.control(), Markup.signed(c.delta()),
                    plain(String.join("; ", c.reasons()))));
        }
        for (io.github.securescore.history.RequirementChange r : change.requirements()) {
            out.append("  ").append(plain(r.describe())).append('\n');
        }
    }

    private static String details(ControlResult c) {
        Evaluation e = c.evaluation();
        return switch (e.outcome()) {
            case NOT_EVALUATED, NOT_APPLICABLE -> plain(e.reason());
            case EVALUATED -> {
                String share = e.total() > 1 || c.control().scoring() == io.github.securescore.controls.Control.Scoring.PARTIAL
                        ? e.protectedCount() + " of " + e.total() + " protected" : (e.protectedCount() == 1 ? "met" : "not met");
                yield c.override() != null ? share + "; status set in " + c.override().origin() : share;
            }
        };
    }

    private static String level(Enum<?> level) {
        String name = level.name().toLowerCase(Locale.ROOT);
        return name;
    }

    static String points(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Terminal output: tenant strings must not move the cursor, hide lines or reorder text ({@link UntrustedText}). */
    static String plain(String text) {
        return UntrustedText.line(text);
    }
}
