package io.github.securescore.score;

import io.github.securescore.controls.Control;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.controls.Evaluation;
import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.controls.ImprovementActionEvaluator;
import io.github.securescore.controls.ImprovementActions;
import io.github.securescore.snapshot.SecureScore;
import io.github.securescore.snapshot.SecureScoreControlProfile;
import io.github.securescore.snapshot.TenantSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a snapshot: evaluates every action, applies statuses (the policy's overrides first,
 * then the states set in Microsoft's portal) and adds up points the way Microsoft documents.
 */
public final class Assessor {

    private final ControlCatalog catalog;
    private final Map<String, ImprovementActionEvaluator> evaluators;

    public Assessor(ControlCatalog catalog) {
        this.catalog = catalog;
        this.evaluators = ImprovementActions.evaluators();
    }

    public Assessor() {
        this(ControlCatalog.bundled());
    }

    /**
     * @param overrides status overrides from the policy file
     * @param today     the day expiry dates are checked against
     */
    public Assessment assess(TenantSnapshot snapshot, List<StatusOverride> overrides, LocalDate today) {
        return assess(new EvaluationContext(snapshot), overrides, today);
    }

    /** As above, on a context a check shares with its packs (role holders and coverage computed once). */
    public Assessment assess(EvaluationContext context, List<StatusOverride> overrides, LocalDate today) {
        TenantSnapshot snapshot = context.snapshot();
        MicrosoftFigures microsoft = new MicrosoftFigures(catalog, snapshot);

        Map<String, StatusOverride> active = new LinkedHashMap<>();
        List<StatusOverride> expired = new ArrayList<>();
        for (StatusOverride override : overrides) {
            if (override.expiredOn(today)) {
                expired.add(override);
            } else {
                active.put(override.control(), override);
            }
        }

        List<ControlResult> results = new ArrayList<>();
        double points = 0;
        double max = 0;
        double riskAccepted = 0;
        double planned = 0;
        for (Control catalogControl : catalog.controls()) {
            SecureScoreControlProfile profile = microsoft.profile(catalogControl.name()).orElse(null);
            Optional<Double> microsoftMax = microsoft.maxScore(catalogControl.name());
            Control control = microsoftMax.isPresent() ? catalogControl.withMaxScore(microsoftMax.get()) : catalogControl;
            if (profile != null && isWebPage(profile.actionUrl())) {
                control = control.withRemediationUrl(profile.actionUrl());
            }
            ImprovementActionEvaluator evaluator = evaluators.get(control.name());
            Evaluation evaluation = evaluator.evaluate(context);
            StatusOverride override = active.get(control.name());
            if (override == null) {
                override = microsoft.status(control.name()).orElse(null);
            }
            ControlResult result = score(control, evaluation, override, microsoft.points(control.name()));
            results.add(result);
            if (result.inMaximum()) {
                points += result.points();
                max += control.maxScore();
                if (result.status() == ControlStatus.RISK_ACCEPTED) {
                    riskAccepted += control.maxScore();
                }
                if (result.status() == ControlStatus.PLANNED) {
                    planned += result.remaining();
                }
            }
        }
        return new Assessment(snapshot.tenantId(), snapshot.capturedAt(), snapshot.source(),
                context.securityDefaultsEnabled(), results, points, max, riskAccepted, planned, expired,
                microsoftScore(snapshot).orElse(null), tenantName(snapshot), MicrosoftOnlyActions.of(snapshot, catalog),
                snapshot.latestTenantSecureScore().filter(d -> d.percent() != null)
                        .map(d -> new EntraScore(d.createDateTime(), d.tenantScore(), d.tenantMaxScore())).orElse(null));
    }

    /** Only an https address becomes a link: the profile's text comes from the tenant's snapshot. */
    static boolean isWebPage(String url) {
        if (url == null || !url.regionMatches(true, 0, "https://", 0, 8) || url.length() <= 8
                || url.chars().anyMatch(ch -> ch <= ' ' || ch == '"' || ch == '<' || ch == '>' || ch == '\\')) {
            return false;
        }
        // reports label it "Microsoft Learn": a snapshot must not be able to point that label elsewhere
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getPort() != -1) {
                return false;
            }
            String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
            return MICROSOFT_HOSTS.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Where Microsoft's remediation pages live (the profiles' actionUrl: learn, the portals, aka.ms). */
    private static final List<String> MICROSOFT_HOSTS = List.of("microsoft.com", "aka.ms", "azure.com",
            "office.com", "microsoftonline.com");

    /** The organisation's display name, when the snapshot has one. */
    private static String tenantName(TenantSnapshot snapshot) {
        return snapshot.organizations().stream().map(o -> o.displayName())
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
    }

    /** The status and points of one action. */
    static ControlResult score(Control control, Evaluation evaluation, StatusOverride override, Double microsoft) {
        ControlStatus requested = override == null ? null : override.status();
        double max = control.maxScore();
        if (evaluation.outcome() == Evaluation.Outcome.NOT_APPLICABLE) {
            // out of the maximum whatever status someone set (a cloud-only tenant has no hash sync to resolve)
            return new ControlResult(control, ControlStatus.NOT_APPLICABLE, 0, false, evaluation, null, microsoft);
        }
        if (requested == ControlStatus.IGNORED) {
            return new ControlResult(control, ControlStatus.IGNORED, 0, false, evaluation, override, microsoft);
        }
        if (requested == ControlStatus.THIRD_PARTY || requested == ControlStatus.ALTERNATE_MITIGATION) {
            return new ControlResult(control, requested, control.notScored() ? 0 : max, !control.notScored(),
                    evaluation, override, microsoft);
        }
        switch (evaluation.outcome()) {
            case NOT_EVALUATED -> {
                if (requested == ControlStatus.RISK_ACCEPTED) {
                    return new ControlResult(control, ControlStatus.RISK_ACCEPTED, 0, !control.notScored(),
                            evaluation, override, microsoft);
                }
                return new ControlResult(control, ControlStatus.NOT_EVALUATED, 0, false, evaluation, override, microsoft);
            }
            default -> {
                // evaluated below
            }
        }
        double earned = evaluation.fraction() * max;
        boolean scored = !control.notScored();
        if (evaluation.fraction() >= 1.0) {
            return new ControlResult(control, ControlStatus.COMPLETED, scored ? max : 0, scored, evaluation,
                    override, microsoft);
        }
        if (requested == ControlStatus.RISK_ACCEPTED) {
            return new ControlResult(control, ControlStatus.RISK_ACCEPTED, 0, scored, evaluation, override, microsoft);
        }
        ControlStatus status = requested == ControlStatus.PLANNED ? ControlStatus.PLANNED : ControlStatus.TO_ADDRESS;
        return new ControlResult(control, status, scored ? earned : 0, scored, evaluation, override, microsoft);
    }

    /** The newest state set in Microsoft's portal, as a status (Default sets none). */
    static Optional<StatusOverride> portalState(SecureScoreControlProfile profile) {
        return profile.controlStateUpdates().stream()
                .filter(u -> u.state() != null)
                .max(Comparator.comparing(u -> u.updatedDateTime() == null ? "" : u.updatedDateTime()))
                .flatMap(u -> {
                    ControlStatus status = switch (u.state().toLowerCase(java.util.Locale.ROOT)) {
                        case "ignored" -> ControlStatus.IGNORED;
                        case "thirdparty" -> ControlStatus.THIRD_PARTY;
                        case "reviewed" -> ControlStatus.RISK_ACCEPTED;
                        default -> null;
                    };
                    return status == null ? Optional.empty() : Optional.of(new StatusOverride(profile.id(), status,
                            u.comment(), u.updatedBy(), null, StatusOverride.MICROSOFT_PORTAL));
                });
    }

    private static Optional<MicrosoftScore> microsoftScore(TenantSnapshot snapshot) {
        return snapshot.latestSecureScore()
                .filter(s -> s.currentScore() != null && s.maxScore() != null)
                .map(Assessor::toMicrosoftScore);
    }

    private static MicrosoftScore toMicrosoftScore(SecureScore score) {
        Map<String, Double> averages = new LinkedHashMap<>();
        Map<String, Double> identity = new LinkedHashMap<>();
        score.averageComparativeScores().forEach(a -> {
            if (a.basis() != null && a.averageScore() != null) {
                averages.put(a.basis(), a.averageScore());
            }
            // the identity category's own average compares like with like; the overall one is another total
            if (a.basis() != null && !Double.isNaN(a.identityPercent())) {
                identity.put(a.basis(), a.identityPercent());
            }
        });
        return new MicrosoftScore(score.createdDateTime(), score.currentScore(), score.maxScore(), averages, identity);
    }
}
