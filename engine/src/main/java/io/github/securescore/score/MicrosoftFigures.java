package io.github.securescore.score;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.snapshot.Recommendation;
import io.github.securescore.snapshot.SecureScoreControlProfile;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Microsoft itself says about one of our actions, from the two places it says it: Microsoft
 * Entra recommendations (Graph beta: Entra's Identity Secure Score today) first, then Microsoft
 * Secure Score's control profiles and daily control scores (the Microsoft 365 Defender view).
 */
final class MicrosoftFigures {

    private final ControlCatalog catalog;
    private final TenantSnapshot snapshot;
    private final Map<String, SecureScoreControlProfile> profiles = new HashMap<>();
    private final Map<String, Double> controlScores = new HashMap<>();

    MicrosoftFigures(ControlCatalog catalog, TenantSnapshot snapshot) {
        this.catalog = catalog;
        this.snapshot = snapshot;
        snapshot.controlProfiles().forEach(p -> profiles.put(p.id(), p));
        snapshot.latestSecureScore().ifPresent(s -> s.controlScores().forEach(c -> {
            if (c.controlName() != null && c.score() != null) {
                controlScores.put(c.controlName(), c.score());
            }
        }));
    }

    /** The Entra recommendation of this action, when recorded in a secure-score category. */
    Optional<Recommendation> recommendation(String controlName) {
        return catalog.recommendationType(controlName).flatMap(snapshot::scoredRecommendation);
    }

    Optional<SecureScoreControlProfile> profile(String controlName) {
        return Optional.ofNullable(profiles.get(controlName));
    }

    /** Microsoft's maximum for the action: the recommendation's, else the profile's. */
    Optional<Double> maxScore(String controlName) {
        Optional<Double> entra = recommendation(controlName).map(Recommendation::maxScore);
        return entra.isPresent() ? entra : profile(controlName).map(SecureScoreControlProfile::maxScore);
    }

    /** Microsoft's points for the action: the recommendation's currentScore, else the newest control score. */
    Double points(String controlName) {
        return recommendation(controlName).map(Recommendation::currentScore)
                .orElse(controlScores.get(controlName));
    }

    /**
     * The status set in Microsoft's portals, as an override: the recommendation's status when it is one of
     * the score's statuses, else the profile's newest portal state. The policy file's override beats both.
     */
    Optional<StatusOverride> status(String controlName) {
        Optional<StatusOverride> entra = recommendation(controlName).flatMap(r -> entraStatus(controlName, r));
        if (entra.isPresent()) {
            return entra;
        }
        return profile(controlName).flatMap(Assessor::portalState);
    }

    /**
     * riskAccepted, thirdParty, alternateMitigation and planned are the Identity Secure Score's statuses. The
     * others say nothing about points: active and needsMoreAction are "to address", completedBySystem and
     * completedByUser are Entra's verdict on its own check (ours decides here), dismissed and postponed
     * hide guidance without a documented effect on the score, and unknownFutureValue is a value Graph did
     * not name.
     */
    static Optional<StatusOverride> entraStatus(String controlName, Recommendation recommendation) {
        if (recommendation.status() == null) {
            return Optional.empty();
        }
        ControlStatus status = switch (recommendation.status().toLowerCase(Locale.ROOT)) {
            case "riskaccepted" -> ControlStatus.RISK_ACCEPTED;
            case "thirdparty" -> ControlStatus.THIRD_PARTY;
            case "alternatemitigation" -> ControlStatus.ALTERNATE_MITIGATION;
            case "planned" -> ControlStatus.PLANNED;
            default -> null;
        };
        return status == null ? Optional.empty() : Optional.of(new StatusOverride(controlName, status,
                "set in Microsoft Entra recommendations", recommendation.lastModifiedBy(), null,
                StatusOverride.ENTRA_RECOMMENDATIONS));
    }
}
