package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.jenkins.model.ResultId;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The {@code identitySecureScore} pipeline step. Same parameters, defaults and meaning as the freestyle
 * post-build action {@link IdentitySecureScoreRecorder} (whose {@code @Symbol} has the same name, as
 * coverage-plugin names both {@code recordCoverage}: in a pipeline the step wins). The one difference is why
 * it exists: a step is given its {@link FlowNode}, so the stage-only NOTE and ERROR gates can mark the stage
 * ({@link VerdictTarget#stage}). The work is the recorder's: the execution builds one from these values.
 */
public class IdentitySecureScoreStep extends Step implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String id = ResultId.DEFAULT;
    private String name;
    private String snapshot;
    private String policy;
    private String proposed;
    private String packs;
    private String tenantId;
    private String clientId;
    private String credentialsId;
    private String cloud;
    private String graphBaseUrl;
    private double minimumScore;
    private String scoreCriticality = "FAIL";
    private ArrayList<ControlGate> controlGates = new ArrayList<>();
    private boolean stopOnFailure;
    private boolean skipPublishingChecks;
    private String checksName;

    @DataBoundConstructor
    public IdentitySecureScoreStep() {
        // every parameter is optional, as in the recorder
    }

    /** The recorder that does the work, configured with this step's values (its setters normalise them). */
    IdentitySecureScoreRecorder recorder() {
        IdentitySecureScoreRecorder recorder = new IdentitySecureScoreRecorder();
        recorder.setId(id);
        recorder.setName(name);
        recorder.setSnapshot(snapshot);
        recorder.setPolicy(policy);
        recorder.setProposed(proposed);
        recorder.setPacks(packs);
        recorder.setTenantId(tenantId);
        recorder.setClientId(clientId);
        recorder.setCredentialsId(credentialsId);
        recorder.setCloud(cloud);
        recorder.setGraphBaseUrl(graphBaseUrl);
        recorder.setMinimumScore(minimumScore);
        recorder.setScoreCriticality(scoreCriticality);
        recorder.setControlGates(controlGates);
        recorder.setStopOnFailure(stopOnFailure);
        recorder.setSkipPublishingChecks(skipPublishingChecks);
        recorder.setChecksName(checksName);
        return recorder;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    public String getId() {
        return id;
    }

    @DataBoundSetter
    public void setId(String id) {
        this.id = ResultId.require(id);
    }

    public String getName() {
        return name;
    }

    @DataBoundSetter
    public void setName(String name) {
        this.name = name;
    }

    public String getSnapshot() {
        return snapshot;
    }

    @DataBoundSetter
    public void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }

    public String getPolicy() {
        return policy;
    }

    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getProposed() {
        return proposed;
    }

    @DataBoundSetter
    public void setProposed(String proposed) {
        this.proposed = proposed;
    }

    public String getPacks() {
        return packs;
    }

    @DataBoundSetter
    public void setPacks(String packs) {
        this.packs = packs;
    }

    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    @DataBoundSetter
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getCloud() {
        return cloud;
    }

    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = cloud;
    }

    public String getGraphBaseUrl() {
        return graphBaseUrl;
    }

    @DataBoundSetter
    public void setGraphBaseUrl(String graphBaseUrl) {
        this.graphBaseUrl = graphBaseUrl;
    }

    public double getMinimumScore() {
        return minimumScore;
    }

    @DataBoundSetter
    public void setMinimumScore(double minimumScore) {
        this.minimumScore = minimumScore;
    }

    public String getScoreCriticality() {
        return scoreCriticality;
    }

    @DataBoundSetter
    public void setScoreCriticality(String scoreCriticality) {
        this.scoreCriticality = scoreCriticality;
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

    @DataBoundSetter
    public void setStopOnFailure(boolean stopOnFailure) {
        this.stopOnFailure = stopOnFailure;
    }

    public boolean isSkipPublishingChecks() {
        return skipPublishingChecks;
    }

    @DataBoundSetter
    public void setSkipPublishingChecks(boolean skipPublishingChecks) {
        this.skipPublishingChecks = skipPublishingChecks;
    }

    public String getChecksName() {
        return checksName;
    }

    @DataBoundSetter
    public void setChecksName(String checksName) {
        this.checksName = checksName;
    }

    /**
     * Runs the recorder's check off the CPS thread, with the step's node as the verdict's target. Like every
     * {@link SynchronousNonBlockingStepExecution} it does not survive a controller restart (the step fails
     * then, and the pipeline can run it again).
     */
    static final class Execution extends SynchronousNonBlockingStepExecution<Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final IdentitySecureScoreStep step;

        Execution(StepContext context, IdentitySecureScoreStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Void run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = required(context.get(Run.class), "Run");
            FilePath workspace = required(context.get(FilePath.class), "workspace (run the step inside node or agent)");
            TaskListener listener = required(context.get(TaskListener.class), "TaskListener");
            FlowNode node = required(context.get(FlowNode.class), "FlowNode");
            workspace.mkdirs();
            new ScoreCheck(step.recorder(), IdentitySecureScoreConfiguration.get())
                    .perform(run, workspace, listener, VerdictTarget.stage(run, node));
            return null;
        }

        private static <T> T required(T value, String what) throws IOException {
            if (value == null) {
                throw new IOException(ScoreCheck.PREFIX + "the pipeline gave the step no " + what);
            }
            return value;
        }
    }

    /**
     * The step's name and context. The form's lists and checks are the recorder's: the same fields, the same
     * answers and permission checks, so they are passed on rather than repeated.
     */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "identitySecureScore";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Identity Secure Score";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
        }

        /** The recorder's help pages, which describe the same parameters. */
        @Override
        public String getHelpFile(String fieldName) {
            return recorder().getHelpFile(fieldName);
        }

        private static IdentitySecureScoreRecorder.DescriptorImpl recorder() {
            return ExtensionList.lookupSingleton(IdentitySecureScoreRecorder.DescriptorImpl.class);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return recorder().doFillCredentialsIdItems(item, credentialsId);
        }

        @POST
        public ListBoxModel doFillCloudItems(@AncestorInPath Item item, @QueryParameter String cloud) {
            return recorder().doFillCloudItems(item, cloud);
        }

        @POST
        public ListBoxModel doFillScoreCriticalityItems(@AncestorInPath Item item) {
            return recorder().doFillScoreCriticalityItems(item);
        }

        @POST
        public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value) {
            return recorder().doCheckId(item, value);
        }

        @POST
        public FormValidation doCheckSnapshot(@AncestorInPath Item item, @QueryParameter String value) {
            return recorder().doCheckSnapshot(item, value);
        }

        @POST
        public FormValidation doCheckPolicy(@AncestorInPath Item item, @QueryParameter String value) {
            return recorder().doCheckPolicy(item, value);
        }

        @POST
        public FormValidation doCheckMinimumScore(@AncestorInPath Item item, @QueryParameter String value) {
            return recorder().doCheckMinimumScore(item, value);
        }

        @POST
        public FormValidation doCheckCloud(@AncestorInPath Item item, @QueryParameter String value) {
            return recorder().doCheckCloud(item, value);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String tenantId,
                                               @QueryParameter String clientId, @QueryParameter String credentialsId,
                                               @QueryParameter String cloud, @QueryParameter String graphBaseUrl) {
            return recorder().doTestConnection(item, tenantId, clientId, credentialsId, cloud, graphBaseUrl);
        }
    }
}
