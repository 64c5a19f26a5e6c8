package io.github.securescore.score;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.Recommendation;
import io.github.securescore.snapshot.ResourceState;
import io.github.securescore.snapshot.SecureScore;
import io.github.securescore.snapshot.SecureScoreControlProfile;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks what Microsoft reports in the Identity category that is not one of our actions. Our actions
 * are chosen by the catalog's ids (controlName, recommendationType), never by Microsoft's category:
 * the Identity category also holds other products' controls. Defender for Identity posture items
 * are about on-premises Active Directory and sensors, which Entra's configuration cannot show, so
 * they are listed here and never enter our score.
 */
final class MicrosoftOnlyActions {

    static final String SECURE_SCORE = "Microsoft Secure Score";
    static final String ENTRA_RECOMMENDATIONS = "Microsoft Entra recommendations";
    private static final String IDENTITY = "Identity";

    private MicrosoftOnlyActions() {
    }

    static ReportedByMicrosoft of(TenantSnapshot snapshot, ControlCatalog catalog) {
        List<ReportedByMicrosoft.Action> actions = new ArrayList<>();
        Map<String, SecureScore.ControlScore> scores = new LinkedHashMap<>();
        snapshot.latestSecureScore().ifPresent(s -> s.controlScores().stream()
                .filter(c -> IDENTITY.equalsIgnoreCase(c.controlCategory()) && !catalog.knows(c.controlName()))
                .forEach(c -> scores.putIfAbsent(c.controlName(), c)));
        for (SecureScoreControlProfile p : snapshot.controlProfiles()) {
            if (!IDENTITY.equalsIgnoreCase(p.controlCategory()) || catalog.knows(p.id())
                    || Boolean.TRUE.equals(p.deprecated())) {
                continue;
            }
            SecureScore.ControlScore score = scores.remove(p.id());
            actions.add(new ReportedByMicrosoft.Action(p.id(), p.title(), product(p.id(), null), SECURE_SCORE,
                    score == null ? null : score.score(), p.maxScore(), portalState(p)));
        }
        // a daily score for a control whose profile was not recorded: the figure, without a maximum
        scores.values().forEach(c -> actions.add(new ReportedByMicrosoft.Action(c.controlName(), c.description(),
                product(c.controlName(), null), SECURE_SCORE, c.score(), null, null)));
        for (Recommendation r : snapshot.recommendations()) {
            if (r.scored() && !catalog.knows(r.recommendationType())) {
                actions.add(new ReportedByMicrosoft.Action(nameOf(r), r.displayName(),
                        product(r.recommendationType(), r.category()), ENTRA_RECOMMENDATIONS, r.currentScore(),
                        r.maxScore(), r.status()));
            }
        }
        actions.sort(Comparator.comparing(ReportedByMicrosoft.Action::source)
                .thenComparing(a -> a.name() == null ? "" : a.name(), String.CASE_INSENSITIVE_ORDER));
        return new ReportedByMicrosoft(actions, notCollected(snapshot));
    }

    /**
     * A recommendation's name: its type, or, for a type Graph does not name (unknownFutureValue, as Defender
     * for Identity's are), the nickname its id ends with ({@code <tenant>_Microsoft.Identity.IAM.Insights.<name>}).
     */
    static String nameOf(Recommendation r) {
        String type = r.recommendationType();
        if (type != null && !type.isBlank() && !"unknownFutureValue".equalsIgnoreCase(type)) {
            return type;
        }
        String id = r.id() == null ? "" : r.id();
        return id.substring(Math.max(id.lastIndexOf('.'), id.lastIndexOf('_')) + 1);
    }

    /** The product a Microsoft control belongs to, by Microsoft's naming of its ids and categories. */
    static String product(String name, String category) {
        String n = name == null ? "" : name;
        if (Recommendation.MDI_SECURE_SCORE.equalsIgnoreCase(category) || n.startsWith("AATP_")) {
            return "Microsoft Defender for Identity";
        }
        if (n.startsWith("MDA_")) {
            return "Microsoft Defender for Cloud Apps";
        }
        if (n.toLowerCase(Locale.ROOT).startsWith("aad_")) {
            return "Microsoft Entra ID (CIS-style control)";
        }
        return "Microsoft Entra ID";
    }

    private static String portalState(SecureScoreControlProfile profile) {
        return Assessor.portalState(profile).map(o -> o.status().label()).orElse(null);
    }

    /** Sources of Microsoft's figures that Graph refused: said, so that a missing section is explained. */
    private static List<String> notCollected(TenantSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        for (GraphResource resource : List.of(GraphResource.DIRECTORY_RECOMMENDATIONS,
                GraphResource.SECURE_SCORE_CONTROL_PROFILES)) {
            ResourceState state = snapshot.state(resource);
            String source = resource == GraphResource.DIRECTORY_RECOMMENDATIONS ? ENTRA_RECOMMENDATIONS : SECURE_SCORE;
            if (state.kind() == ResourceState.Kind.FAILED) {
                lines.add(source + " (" + resource.key() + ") not collected: Graph answered HTTP " + state.error().status()
                        + (state.error().code() == null ? "" : " " + state.error().code()) + "; it needs "
                        + resource.permission());
            }
        }
        return lines;
    }
}
