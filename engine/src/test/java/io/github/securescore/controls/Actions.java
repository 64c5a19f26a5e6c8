package io.github.securescore.controls;

import io.github.securescore.snapshot.DirectoryUsers;
import io.github.securescore.snapshot.SnapshotFixture;
import io.github.securescore.snapshot.TenantSnapshot;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/** Evaluates fixtures the way the assessor does: through the reader, one context, the real evaluators. */
final class Actions {

    private Actions() {
    }

    static Evaluation evaluate(SnapshotFixture fixture, String control) {
        ImprovementActionEvaluator evaluator = ImprovementActions.evaluators().get(control);
        if (evaluator == null) {
            throw new IllegalArgumentException("no evaluator for " + control);
        }
        return evaluator.evaluate(new EvaluationContext(fixture.read()));
    }

    /** The ids of the accounts in {@code accounts}. */
    static Set<String> ids(TenantSnapshot snapshot, BitSet accounts) {
        DirectoryUsers d = snapshot.directory();
        Set<String> ids = new TreeSet<>();
        for (int i = accounts.nextSetBit(0); i >= 0; i = accounts.nextSetBit(i + 1)) {
            ids.add(d.id(i));
        }
        return ids;
    }
}
