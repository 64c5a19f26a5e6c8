package io.github.securescore.jenkins;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.securescore.graph.NationalCloud;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Defaults for every {@code identitySecureScore} step of this Jenkins: the policy (as text, so
 * Configuration as Code can carry it), the tenant and app registration, the credential and the
 * cloud. A step's own values win over these.
 *
 * <pre>
 * unclassified:
 *   identitySecureScore:
 *     tenantId: "00000000-0000-0000-0000-000000000000"
 *     clientId: "11111111-1111-1111-1111-111111111111"
 *     credentialsId: "entra-reader"
 *     cloud: GLOBAL
 *     defaultPolicy: |
 *       minPercent: 70
 *       criticality:
 *         minPercent: UNSTABLE
 * </pre>
 */
@Extension
@Symbol("identitySecureScore")
public class IdentitySecureScoreConfiguration extends GlobalConfiguration {

    private String defaultPolicy;
    private String tenantId;
    private String clientId;
    private String credentialsId;
    private String cloud = NationalCloud.GLOBAL.name();

    @SuppressWarnings("this-escape") // Jenkins' idiom: a GlobalConfiguration loads itself when created
    public IdentitySecureScoreConfiguration() {
        load();
    }

    public static IdentitySecureScoreConfiguration get() {
        return ExtensionList.lookupSingleton(IdentitySecureScoreConfiguration.class);
    }

    /** Policy file text (YAML or JSON) used when a step names no policy; null for none. */
    public String getDefaultPolicy() {
        return defaultPolicy;
    }

    @DataBoundSetter
    public void setDefaultPolicy(String defaultPolicy) {
        this.defaultPolicy = Util.fixEmptyAndTrim(defaultPolicy);
        save();
    }

    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(String tenantId) {
        this.tenantId = Util.fixEmptyAndTrim(tenantId);
        save();
    }

    public String getClientId() {
        return clientId;
    }

    @DataBoundSetter
    public void setClientId(String clientId) {
        this.clientId = Util.fixEmptyAndTrim(clientId);
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    /** GLOBAL, US_GOVERNMENT or CHINA. */
    public String getCloud() {
        return cloud;
    }

    @DataBoundSetter
    public void setCloud(String cloud) {
        String value = Util.fixEmptyAndTrim(cloud);
        this.cloud = value == null ? NationalCloud.GLOBAL.name() : value;
        save();
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return TenantCredentials.listBox((Item) null, credentialsId);
    }

    @POST
    public ListBoxModel doFillCloudItems(@QueryParameter String cloud) {
        return TenantCredentials.clouds((Item) null, cloud);
    }

    @POST
    public FormValidation doCheckCloud(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return TenantCredentials.checkCloud(value);
    }

    @POST
    public FormValidation doTestConnection(@QueryParameter String tenantId, @QueryParameter String clientId,
                                           @QueryParameter String credentialsId, @QueryParameter String cloud) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return TenantCredentials.testConnection(null, tenantId, clientId, credentialsId, cloud, null);
    }
}
