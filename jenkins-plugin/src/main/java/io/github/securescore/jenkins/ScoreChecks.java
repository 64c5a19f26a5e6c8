package io.github.securescore.jenkins;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.securescore.report.ChecksText;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder;
import io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import io.jenkins.plugins.checks.api.ChecksStatus;
import java.util.List;

/**
 * Publishes one run's result as a check through the Checks API, as coverage and warnings-ng do; the
 * title, summary and text are the engine's ({@link ChecksText}), this class only fills the builder.
 */
final class ScoreChecks {

    private ScoreChecks() {
    }

    static ChecksDetails details(String checksName, double percent, String verdict, List<AgentCheck.GateLine> gates,
                                 List<String> nextSteps) {
        ChecksText text = ChecksText.of(checksName, percent, verdict, gates.stream()
                .map(g -> new ChecksText.GateLine(g.outcome(), g.message())).toList(), nextSteps);
        return new ChecksDetailsBuilder()
                .withName(checksName)
                .withStatus(ChecksStatus.COMPLETED)
                .withConclusion(conclusion(verdict))
                .withOutput(new ChecksOutputBuilder()
                        .withTitle(text.title())
                        .withSummary(text.summary())
                        .withText(text.text())
                        .build())
                .build();
    }

    static void publish(Run<?, ?> run, TaskListener listener, ChecksDetails details) {
        ChecksPublisherFactory.fromRun(run, listener).publish(details);
    }

    /** FAIL fails the check; UNSTABLE is neutral (the build goes on, the check is not green). */
    static ChecksConclusion conclusion(String verdict) {
        return switch (verdict) {
            case "FAIL" -> ChecksConclusion.FAILURE;
            case "UNSTABLE" -> ChecksConclusion.NEUTRAL;
            default -> ChecksConclusion.SUCCESS;
        };
    }
}
