package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One day of Entra's own Identity Secure Score for the tenant (Graph beta
 * {@code recommendation: tenantSecureScores}): points and maximum, no per-action detail.
 *
 * @param createDateTime the day, as Graph names the field ({@code createDateTime}, not createdDateTime)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantSecureScore(Double tenantScore, Double tenantMaxScore, String createDateTime) {

    /** The score in percent, or null when a figure is missing or the maximum is 0. */
    public Double percent() {
        if (tenantScore == null || tenantMaxScore == null || tenantMaxScore == 0) {
            return null;
        }
        return tenantScore / tenantMaxScore * 100;
    }
}
