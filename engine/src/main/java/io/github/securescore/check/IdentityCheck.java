package io.github.securescore.check;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Gate;
import io.github.securescore.gate.GateEvaluator;
import io.github.securescore.gate.Verdict;
import io.github.securescore.policy.Policy;
import io.github.securescore.policy.PolicyReader;
import io.github.securescore.score.Assessment;
import io.github.securescore.score.Assessor;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.OptionalDouble;

/**
 * The one entry point every front end calls: snapshot + policy → assessment → verdict.
 * Front ends translate their configuration into a {@link CheckRequest} and the verdict into
 * their own result (exit code, MojoFailureException, Jenkins Result).
 */
public final class IdentityCheck {

    private final ControlCatalog catalog;

    public IdentityCheck(ControlCatalog catalog) {
        this.catalog = catalog;
    }

    public IdentityCheck() {
        this(ControlCatalog.bundled());
    }

    /** Reads the policy (first, so a bad policy fails before a long collection), then the snapshot. */
    public CheckResult run(CheckRequest request) {
        Policy policy = policy(request);
        TenantSnapshot snapshot = request.source().load();
        Assessment assessment = new Assessor(catalog).assess(snapshot, policy.overrides(), request.today());
        Verdict verdict = new GateEvaluator().evaluate(policy.gates(), assessment, OptionalDouble.empty());
        // UNFINISHED until the history/reports work lands: historyFile, reportDirectory and formats are not used yet
        return new CheckResult(assessment, verdict, policy, java.util.List.of());
    }

    /** The policy file with the request's extra gates on top. */
    public Policy policy(CheckRequest request) {
        Policy policy = request.policyFile() == null ? Policy.EMPTY
                : new PolicyReader(catalog).read(request.policyFile());
        for (Gate gate : request.extraGates()) {
            policy = policy.withGate(gate);
        }
        return policy;
    }
}
