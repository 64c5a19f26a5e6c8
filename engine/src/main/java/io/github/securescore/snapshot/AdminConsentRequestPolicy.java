package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Graph {@code adminConsentRequestPolicy}: whether users can ask an administrator for an app they
 * may not consent to themselves, and who reviews those requests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminConsentRequestPolicy(String id, Boolean isEnabled, List<Reviewer> reviewers) {

    public AdminConsentRequestPolicy {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }

    /** An {@code accessReviewReviewerScope}: a query naming users, groups or role holders. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reviewer(String query, String queryType, String queryRoot) {
    }

    public boolean enabled() {
        return Boolean.TRUE.equals(isEnabled);
    }
}
