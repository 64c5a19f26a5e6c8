package io.github.securescore.pack.scuba;

import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;

/**
 * "Not evaluated" for an authorization policy field a snapshot does not hold: snapshots recorded
 * before the SCuBA pack kept only the consent policies, and a missing field is not a setting.
 */
final class NotRecorded {

    private NotRecorded() {
    }

    static RequirementOutcome field(String field) {
        return RequirementOutcome.notEvaluated("the snapshot's authorizationPolicy does not record " + field
                + " (recorded before this version); record the snapshot again (needs "
                + GraphResource.AUTHORIZATION_POLICY.permission() + ")", List.of());
    }

    /** A value Graph does not document for the field: nothing is decided on it. */
    static RequirementOutcome unknownValue(String field, String value, String expected) {
        return RequirementOutcome.notEvaluated("the authorizationPolicy's " + field + " is \"" + value
                + "\", which is not a value Graph documents (expected " + expected + "); nothing is decided on it",
                List.of());
    }
}
