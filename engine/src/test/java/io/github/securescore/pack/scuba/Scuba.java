package io.github.securescore.pack.scuba;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.snapshot.SnapshotFixture;
import java.util.List;
import java.util.Set;

/** Evaluates one SCuBA requirement on a fixture read through the real snapshot reader. */
final class Scuba {

    static final String USER = "#microsoft.graph.user";
    static final String GROUP = "#microsoft.graph.group";
    static final String GA = SnapshotFixture.GLOBAL_ADMINISTRATOR;
    static final String USER_ADMIN = SnapshotFixture.USER_ADMINISTRATOR;
    static final String EXCHANGE_ADMIN = SnapshotFixture.EXCHANGE_ADMINISTRATOR;
    static final String START = "2026-11-01T08:00:00Z";
    static final String END = "2026-11-30T08:00:00Z";

    private Scuba() {
    }

    static RequirementOutcome evaluate(SnapshotFixture fixture, String id) {
        return evaluate(fixture, id, Set.of());
    }

    static RequirementOutcome evaluate(SnapshotFixture fixture, String id, Set<String> emergencyAccess) {
        List<Requirement> all = new java.util.ArrayList<>(ScubaPrivilegedAccess.requirements(emergencyAccess));
        all.addAll(ScubaLogging.requirements());
        Requirement requirement = all.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no requirement " + id));
        return requirement.evaluator().evaluate(new EvaluationContext(fixture.read()));
    }

    /** A P2 tenant with PIM resources recorded and empty, and {@code n} enabled members u1..un. */
    static SnapshotFixture tenant(int members) {
        SnapshotFixture fixture = SnapshotFixture.tenant().pim();
        for (int i = 1; i <= members; i++) {
            fixture.member("u" + i);
        }
        return fixture;
    }

    /** Every highly privileged role's policy with approval and every alert addressed to the SOC. */
    static SnapshotFixture allPolicies(SnapshotFixture fixture, boolean approval) {
        for (String role : HighlyPrivilegedRoles.ALL.keySet()) {
            fixture.rolePolicy(role, approval, List.of("soc@contoso.example"), List.of("soc@contoso.example"),
                    List.of(role.equals(GA) ? "ga-watch@contoso.example" : "soc@contoso.example"));
        }
        return fixture;
    }
}
