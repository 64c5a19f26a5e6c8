package io.github.securescore.pack;

import java.time.LocalDate;

/**
 * A requirement a policy file leaves out, with why, who decided and until when (as status
 * overrides have them: past {@code expires} it no longer applies and is reported).
 */
public record PackOmission(String packId, String requirementId, String justification, String owner,
                           LocalDate expires) {

    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }
}
