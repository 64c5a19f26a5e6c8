package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;

/** SelfServicePasswordReset: the share of enabled users for whom SSPR is enabled. */
public final class SelfServicePasswordResetEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "SelfServicePasswordReset";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        return RegistrationShare.evaluate(context, false, DirectoryUsers::ssprEnabled);
    }
}
