package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.GraphResource;
import java.util.Optional;

/** "Not evaluated" for a requirement whose resources failed or were not collected, naming the permissions. */
final class MissingResources {

    private MissingResources() {
    }

    static Optional<RequirementOutcome> of(EvaluationContext context, GraphResource... resources) {
        return context.unavailable(resources)
                .map(e -> RequirementOutcome.notEvaluated(e.reason(), e.missingPermissions()));
    }
}
