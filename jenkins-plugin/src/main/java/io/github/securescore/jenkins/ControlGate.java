package io.github.securescore.jenkins;

import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.policy.ThresholdGates;
import io.github.securescore.policy.ThresholdGates.ControlFloor;
import java.io.Serial;
import java.io.Serializable;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A floor for one improvement action, e.g. {@code controlGate(control: 'AdminMFAV2', minimum: 100,
 * criticality: 'UNSTABLE')}: the action's achieved share, in percent of its points.
 */
public class ControlGate implements Describable<ControlGate>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String control;
    private double minimum = 100;
    private String criticality = "FAIL";

    @DataBoundConstructor
    public ControlGate(String control) {
        this.control = Util.fixEmptyAndTrim(control);
    }

    public String getControl() {
        return control;
    }

    public double getMinimum() {
        return minimum;
    }

    @DataBoundSetter
    public void setMinimum(double minimum) {
        this.minimum = minimum;
    }

    public String getCriticality() {
        return criticality;
    }

    @DataBoundSetter
    public void setCriticality(String criticality) {
        String value = Util.fixEmptyAndTrim(criticality);
        this.criticality = value == null ? "FAIL" : value;
    }

    /** Describable directly (AbstractDescribableImpl is deprecated since Jenkins 2.505). */
    @Override
    @SuppressWarnings("unchecked") // Jenkins#getDescriptorOrDie returns a raw Descriptor
    public Descriptor<ControlGate> getDescriptor() {
        return Jenkins.get().getDescriptorOrDie(ControlGate.class);
    }

    ControlFloor toFloor() {
        return new ControlFloor(control, minimum, criticality);
    }

    @Extension
    @Symbol("controlGate")
    public static class DescriptorImpl extends Descriptor<ControlGate> {

        @Override
        public String getDisplayName() {
            return "Improvement action gate";
        }

        @POST
        public ListBoxModel doFillCriticalityItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (TenantCredentials.canConfigure(item)) {
                model.add("Fail the build", "FAIL");
                model.add("Mark the build unstable", "UNSTABLE");
            }
            return model;
        }

        @POST
        public FormValidation doCheckMinimum(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item)) {
                return FormValidation.ok();
            }
            try {
                // the engine's one parser for thresholds written as text: no NaN, exponent or sign
                ThresholdGates.percent("minimum", value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
