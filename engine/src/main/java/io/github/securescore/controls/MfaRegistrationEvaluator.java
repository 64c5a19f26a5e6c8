package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;

/** MFARegistrationV2: the share of enabled users registered for MFA. */
public final class MfaRegistrationEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "MFARegistrationV2";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        return RegistrationShare.evaluate(context, true, DirectoryUsers::mfaRegistered);
    }
}
