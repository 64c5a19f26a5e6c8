package io.github.securescore.check;

import io.github.securescore.gate.Verdict;
import io.github.securescore.policy.Policy;
import io.github.securescore.score.Assessment;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check found: the assessment, the verdict of the gates, the policy applied, and the
 * report files written.
 */
public record CheckResult(Assessment assessment, Verdict verdict, Policy policy, List<Path> reports) {

    public CheckResult {
        reports = List.copyOf(reports);
    }
}
