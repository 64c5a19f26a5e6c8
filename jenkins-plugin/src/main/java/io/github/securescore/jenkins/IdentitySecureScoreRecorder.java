package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.jenkins.model.ResultId;
import io.github.securescore.jenkins.model.WorkspacePath;
import io.github.securescore.policy.ThresholdGates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The "Identity Secure Score" post-build action of freestyle jobs (and {@code step([$class: ...])} in
 * pipelines); in pipelines {@code identitySecureScore} is {@link IdentitySecureScoreStep}, which shares these
 * parameters and can mark its stage. Scores a
 * tenant from a snapshot file in the workspace or live from Microsoft Graph, gates the build and
 * records the result page. All scoring and gating is the engine's; this class only holds the
 * step's parameters.
 *
 * <pre>
 * identitySecureScore snapshot: 'tenant.json', policy: 'policy.yml'
 * identitySecureScore id: 'contoso', tenantId: '…', clientId: '…', credentialsId: 'entra-reader',
 *                     minimumScore: 70, stopOnFailure: true
 * </pre>
 */
public class IdentitySecureScoreRecorder extends Recorder implements SimpleBuildStep {

    private String id = ResultId.DEFAULT;
    private String name;
    private String snapshot;
    private String policy;
    private String tenantId;
    private String clientId;
    private String credentialsId;
    private String cloud;
    private String graphBaseUrl;
    private double minimumScore;
    private String scoreCriticality = "FAIL";
    private List<ControlGate> controlGates = new ArrayList<>();
    private boolean stopOnFailure;
    private boolean skipPublishingChecks;
    private String checksName;
    private String proposed;
    private String packs;

    @DataBoundConstructor
    public IdentitySecureScoreRecorder() {
        // every parameter is optional: see the setters
    }

    public String getId() {
        return id;
    }

    /** Names this check's result (URL and file name); a second call with the same id replaces the first. */
    @DataBoundSetter
    public void setId(String id) {
        this.id = ResultId.require(id);
    }

    public String getName() {
        return name;
    }

    /** The display name of the result page and trend, e.g. the tenant's name. */
    @DataBoundSetter
    public void setName(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getSnapshot() {
        return snapshot;
    }

    /** A snapshot file in the workspace; without one, the step collects live from Microsoft Graph. */
    @DataBoundSetter
    public void setSnapshot(String snapshot) {
        this.snapshot = Util.fixEmptyAndTrim(snapshot);
    }

    public String getPolicy() {
        return policy;
    }

    /** A policy file in the workspace; without one, the global default policy (if any) applies. */
    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = Util.fixEmptyAndTrim(policy);
    }

    public String getProposed() {
        return proposed;
    }

    /**
     * Proposed changes in the workspace to score on top of the snapshot or tenant (e.g. a pull request's
     * conditional access policies as Graph JSON, or a Terraform plan as JSON): files or folders,
     * separated by commas. The gates then decide on the proposed state.
     */
    @DataBoundSetter
    public void setProposed(String proposed) {
        this.proposed = Util.fixEmptyAndTrim(proposed);
    }

    public String getPacks() {
        return packs;
    }

    /**
     * The baseline packs to evaluate, separated by commas (e.g. {@code identity-secure-score,cis-m365}); they
     * replace the policy's {@code packs}. Thin: the engine checks the ids and decides the pack gates (policy file).
     */
    @DataBoundSetter
    public void setPacks(String packs) {
        this.packs = Util.fixEmptyAndTrim(packs);
    }

    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(String tenantId) {
        this.tenantId = Util.fixEmptyAndTrim(tenantId);
    }

    public String getClientId() {
        return clientId;
    }

    @DataBoundSetter
    public void setClientId(String clientId) {
        this.clientId = Util.fixEmptyAndTrim(clientId);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** A Secret text (the app's client secret) or a certificate credential. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getCloud() {
        return cloud;
    }

    /** GLOBAL (default), US_GOVERNMENT or CHINA. */
    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = Util.fixEmptyAndTrim(cloud);
    }

    public String getGraphBaseUrl() {
        return graphBaseUrl;
    }

    /** Overrides the cloud's Graph endpoint (a Graph proxy, or a test server); rarely needed. */
    @DataBoundSetter
    public void setGraphBaseUrl(String graphBaseUrl) {
        this.graphBaseUrl = Util.fixEmptyAndTrim(graphBaseUrl);
    }

    public double getMinimumScore() {
        return minimumScore;
    }

    /** The lowest acceptable score in percent; 0 (the default) adds no gate beyond the policy's. */
    @DataBoundSetter
    public void setMinimumScore(double minimumScore) {
        this.minimumScore = minimumScore;
    }

    public String getScoreCriticality() {
        return scoreCriticality;
    }

    /** What a score below {@code minimumScore} does: FAIL (default) or UNSTABLE. */
    @DataBoundSetter
    public void setScoreCriticality(String scoreCriticality) {
        String value = Util.fixEmptyAndTrim(scoreCriticality);
        this.scoreCriticality = value == null ? "FAIL" : value;
    }

    public List<ControlGate> getControlGates() {
        return controlGates;
    }

    @DataBoundSetter
    public void setControlGates(List<ControlGate> controlGates) {
        this.controlGates = controlGates == null ? new ArrayList<>() : new ArrayList<>(controlGates);
    }

    public boolean isStopOnFailure() {
        return stopOnFailure;
    }

    /** Stop the pipeline with an error when the gate fails, instead of marking the build and going on. */
    @DataBoundSetter
    public void setStopOnFailure(boolean stopOnFailure) {
        this.stopOnFailure = stopOnFailure;
    }

    public boolean isSkipPublishingChecks() {
        return skipPublishingChecks;
    }

    /** Publish no check (GitHub checks and the like, through the Checks API) for this step. */
    @DataBoundSetter
    public void setSkipPublishingChecks(boolean skipPublishingChecks) {
        this.skipPublishingChecks = skipPublishingChecks;
    }

    /** The check's name; blank means the step's {@code name}. */
    public String getChecksName() {
        return checksName;
    }

    @DataBoundSetter
    public void setChecksName(String checksName) {
        this.checksName = Util.fixEmptyAndTrim(checksName);
    }

    /** XStream leaves fields a job's config.xml lacks as null. */
    protected Object readResolve() {
        if (controlGates == null) {
            controlGates = new ArrayList<>();
        }
        if (scoreCriticality == null) {
            scoreCriticality = "FAIL";
        }
        if (id == null) {
            id = ResultId.DEFAULT;
        }
        return this;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new ScoreCheck(this, IdentitySecureScoreConfiguration.get()).perform(run, workspace, listener,
                VerdictTarget.build(run));
    }

    @Extension
    @Symbol("identitySecureScore")
    public static class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Identity Secure Score";
        }

        @Override
        @SuppressWarnings("rawtypes") // the signature Jenkins declares
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return TenantCredentials.listBox(item, credentialsId);
        }

        @POST
        public ListBoxModel doFillCloudItems(@AncestorInPath Item item, @QueryParameter String cloud) {
            return TenantCredentials.clouds(item, cloud);
        }

        @POST
        public ListBoxModel doFillScoreCriticalityItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (TenantCredentials.canConfigure(item)) {
                model.add("Fail the build", "FAIL");
                model.add("Mark the build unstable", "UNSTABLE");
            }
            return model;
        }

        @POST
        public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item)) {
                return FormValidation.ok();
            }
            return check(() -> ResultId.require(value));
        }

        @POST
        public FormValidation doCheckSnapshot(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.ok();
            }
            return check(() -> WorkspacePath.require("snapshot", value));
        }

        @POST
        public FormValidation doCheckPolicy(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.ok();
            }
            return check(() -> WorkspacePath.require("policy", value));
        }

        @POST
        public FormValidation doCheckMinimumScore(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.ok();
            }
            try {
                double score = Double.parseDouble(value.trim());
                return check(() -> ThresholdGates.percent("minimumScore", score));
            } catch (NumberFormatException e) {
                return FormValidation.error("Expected a percentage from 0 to 100");
            }
        }

        @POST
        public FormValidation doCheckCloud(@AncestorInPath Item item, @QueryParameter String value) {
            if (!TenantCredentials.canConfigure(item)) {
                return FormValidation.ok();
            }
            return TenantCredentials.checkCloud(value);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String tenantId,
                                               @QueryParameter String clientId, @QueryParameter String credentialsId,
                                               @QueryParameter String cloud, @QueryParameter String graphBaseUrl) {
            if (item == null) {
                jenkins.model.Jenkins.get().checkPermission(jenkins.model.Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            IdentitySecureScoreConfiguration global = IdentitySecureScoreConfiguration.get();
            return TenantCredentials.testConnection(item, orElse(tenantId, global.getTenantId()),
                    orElse(clientId, global.getClientId()), orElse(credentialsId, global.getCredentialsId()),
                    orElse(cloud, global.getCloud()), graphBaseUrl);
        }

        private static String orElse(String value, String fallback) {
            String own = Util.fixEmptyAndTrim(value);
            return own != null ? own : fallback;
        }

        private static FormValidation check(Runnable validation) {
            try {
                validation.run();
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
