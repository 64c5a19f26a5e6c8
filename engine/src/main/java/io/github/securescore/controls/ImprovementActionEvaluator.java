package io.github.securescore.controls;

/** Evaluates one identity improvement action against a snapshot. */
public interface ImprovementActionEvaluator {

    /** The control name this evaluator scores, as in the catalog. */
    String controlName();

    Evaluation evaluate(EvaluationContext context);
}
