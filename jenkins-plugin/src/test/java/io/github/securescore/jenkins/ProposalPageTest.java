package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A pull-request build scores a proposed policy: the result page shows the tenant as it is and as proposed. */
@WithJenkins
class ProposalPageTest {

    /** A new policy for every user and app that blocks high user risk: UserRiskPolicy 0 → 7 points on Contoso. */
    private static final String USER_RISK_POLICY = """
            {"displayName": "Block high user risk", "state": "enabled",
             "conditions": {"userRiskLevels": ["high"], "signInRiskLevels": [], "clientAppTypes": ["all"],
               "applications": {"includeApplications": ["All"], "excludeApplications": []},
               "users": {"includeUsers": ["All"], "excludeUsers": [], "includeGroups": [], "excludeGroups": [],
                         "includeRoles": [], "excludeRoles": []}},
             "grantControls": {"operator": "OR", "builtInControls": ["block"]}}
            """;

    @Test
    void theResultPageShowsBeforeAndAfter(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        TestTenants.copy(TestTenants.CONTOSO, workspace, "contoso.json");
        workspace.child("ca/user-risk.json").write(USER_RISK_POLICY, "UTF-8");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  identitySecureScore id: 'contoso', snapshot: 'contoso.json', proposed: 'ca'
                }
                """, true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        HtmlPage page = j.createWebClient().getPage(run, "contoso");
        assertNotNull(page.getElementById("proposal"), page.asNormalizedText());
        String figures = page.getElementById("proposal-figures").asNormalizedText();
        assertTrue(figures.contains("As it is: 51.3%"), figures);
        String actions = page.getElementById("proposal-actions").asNormalizedText();
        assertTrue(actions.contains("UserRiskPolicy"), actions);
        assertTrue(actions.contains("7.00 / 7.00"), actions);
    }

    /** Blocks Exchange ActiveSync and other clients for all users and apps: CIS 5.2.2.3 Fail → Pass on Contoso. */
    private static final String BLOCK_LEGACY = """
            {"displayName": "Block legacy authentication (proposed)", "state": "enabled",
             "conditions": {"users": {"includeUsers": ["All"]}, "applications": {"includeApplications": ["All"]},
               "clientAppTypes": ["exchangeActiveSync", "other"]},
             "grantControls": {"operator": "OR", "builtInControls": ["block"]}}
            """;

    @Test
    void theResultPageListsThePackRequirementsTheProposalChanges(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        TestTenants.copy(TestTenants.CONTOSO, workspace, "contoso.json");
        workspace.child("ca/block-legacy.json").write(BLOCK_LEGACY, "UTF-8");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  identitySecureScore id: 'contoso', snapshot: 'contoso.json', proposed: 'ca',
                      packs: 'identity-secure-score,cis-m365'
                }
                """, true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        HtmlPage page = j.createWebClient().getPage(run, "contoso");
        assertNotNull(page.getElementById("proposal-requirements"), page.asNormalizedText());
        String requirements = page.getElementById("proposal-requirements").asNormalizedText();
        assertTrue(requirements.contains("cis-m365 5.2.2.3 (SHALL)"), requirements);
        assertTrue(requirements.contains("Fail") && requirements.contains("Pass"), requirements);
    }

    @Test
    void aBuildWithoutAProposalHasNoSuchSection(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        TestTenants.copy(TestTenants.CONTOSO, j.jenkins.getWorkspaceFor(job), "contoso.json");
        job.setDefinition(new CpsFlowDefinition("node { identitySecureScore id: 'contoso', snapshot: 'contoso.json' }",
                true));
        WorkflowRun run = j.buildAndAssertSuccess(job);
        assertNull(j.createWebClient().getPage(run, "contoso").getElementById("proposal"));
    }
}
