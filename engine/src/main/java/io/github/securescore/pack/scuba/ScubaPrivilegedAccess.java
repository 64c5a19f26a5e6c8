package io.github.securescore.pack.scuba;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Set;

/**
 * Section 7 of CISA's SCuBA baseline for Microsoft Entra ID, "Highly Privileged User Access"
 * (MS.AAD.7.1v1 to 7.9v1; titles in our own words). 7.4 to 7.9 rest on Privileged Identity
 * Management, which needs Microsoft Entra ID P2: without it PIM's APIs refuse and those requirements
 * are not evaluated, naming the licence (the baseline also accepts a third-party PAM system, which
 * this tool cannot read).
 */
public final class ScubaPrivilegedAccess {

    private ScubaPrivilegedAccess() {
    }

    /** Every MS.AAD.7.x requirement, no emergency access accounts declared. */
    public static List<Requirement> requirements() {
        return requirements(Set.of());
    }

    /**
     * @param emergencyAccess ids of the users or groups kept permanently active for emergency access,
     *                        which MS.AAD.7.4v1 excepts; a policy file declares them as accepted
     *                        exclusions of MS.AAD.7.4v1 instead, which the requirement also honours
     */
    public static List<Requirement> requirements(Set<String> emergencyAccess) {
        Set<String> exempt = Set.copyOf(emergencyAccess);
        List<GraphResource> population = List.of(PrivilegedPopulation.RESOURCES);
        List<GraphResource> active = List.of(ActiveAssignments.RESOURCES);
        List<GraphResource> settings = List.of(PimRoleSettings.RESOURCES);
        return List.of(
                requirement("MS.AAD.7.1v1", "Two to eight users hold Global Administrator", Obligation.SHALL,
                        population, GlobalAdministratorCount::withinRange),
                requirement("MS.AAD.7.2v1",
                        "Privileged users get narrower roles rather than Global Administrator", Obligation.SHALL,
                        population, GlobalAdministratorCount::finerGrained),
                requirement("MS.AAD.7.3v1", "Highly privileged users have cloud-only accounts", Obligation.SHALL,
                        withOrganization(population), CloudOnlyAdmins::evaluate),
                requirement("MS.AAD.7.4v1", "No permanent active assignment of a highly privileged role",
                        Obligation.SHALL, active, context -> ActiveAssignments.permanent(context, exempt)),
                requirement("MS.AAD.7.5v1", "Highly privileged roles are assigned only through PIM",
                        Obligation.SHALL, active, ActiveAssignments::outsidePim),
                requirement("MS.AAD.7.6v1", "Activating Global Administrator needs approval", Obligation.SHALL,
                        settings, PimRoleSettings::globalAdministratorApproval),
                requirement("MS.AAD.7.7v1",
                        "Assigning a highly privileged role, eligible or active, sends an alert", Obligation.SHALL,
                        settings, PimRoleSettings::assignmentAlerts),
                requirement("MS.AAD.7.8v1", "Activating Global Administrator sends an alert", Obligation.SHALL,
                        settings, PimRoleSettings::globalAdministratorActivationAlert),
                requirement("MS.AAD.7.9v1", "Activating another highly privileged role sends an alert",
                        Obligation.SHOULD, settings, PimRoleSettings::otherActivationAlerts));
    }

    /**
     * The PIM resources among those a requirement reads are optional: its evaluator says what their
     * absence means (no P2: count active assignments only, or not evaluated naming the licence), which a
     * plain "not collected" could not.
     */
    private static Requirement requirement(String id, String title, Obligation obligation, List<GraphResource> reads,
                                           io.github.securescore.pack.RequirementEvaluator evaluator) {
        List<GraphResource> needed = reads.stream().filter(r -> !ResourceAccess.PIM.contains(r)).toList();
        List<GraphResource> optional = reads.stream().filter(ResourceAccess.PIM::contains).toList();
        return new Requirement(id, title, obligation, needed, evaluator, optional);
    }

    private static List<GraphResource> withOrganization(List<GraphResource> resources) {
        java.util.List<GraphResource> all = new java.util.ArrayList<>(resources);
        all.add(GraphResource.ORGANIZATION);
        return List.copyOf(all);
    }
}
