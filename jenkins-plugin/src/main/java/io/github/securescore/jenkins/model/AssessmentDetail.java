package io.github.securescore.jenkins.model;

import io.github.securescore.gate.Verdict;
import io.github.securescore.score.Assessment;

/**
 * The full result of one check as a build keeps it beside {@code build.xml}: every action with
 * its evaluation and evidence, and every gate. Loaded only when someone opens the result page.
 */
public record AssessmentDetail(Assessment assessment, Verdict verdict) {
}
