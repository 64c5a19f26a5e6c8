package io.github.securescore.pack;

import io.github.securescore.controls.EvaluationContext;

/** Decides one requirement against a snapshot; pure, no I/O. */
@FunctionalInterface
public interface RequirementEvaluator {

    RequirementOutcome evaluate(EvaluationContext context);
}
