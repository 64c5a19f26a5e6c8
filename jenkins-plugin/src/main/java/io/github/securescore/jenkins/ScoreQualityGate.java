package io.github.securescore.jenkins;

import hudson.Extension;
import io.jenkins.plugins.util.QualityGate;
import java.io.Serial;

/**
 * One engine gate as a plugin-util-api {@link QualityGate}, only so that the build page and the remote
 * API show our gates the way coverage and warnings-ng show theirs. It never decides: the engine
 * evaluated the gate on the agent (see {@link QualityGates}).
 */
public class ScoreQualityGate extends QualityGate {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;

    ScoreQualityGate(String name, double threshold, QualityGateCriticality criticality) {
        super(threshold);
        this.name = name;
        setCriticality(criticality);
    }

    @Override
    public String getName() {
        return name;
    }

    /** Gates are configured on the step (minimumScore, controlGates, the policy file), not with this form. */
    @Extension
    public static class DescriptorImpl extends QualityGateDescriptor {
    }
}
