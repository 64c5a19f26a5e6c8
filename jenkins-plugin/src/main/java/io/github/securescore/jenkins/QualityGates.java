package io.github.securescore.jenkins;

import io.jenkins.plugins.util.QualityGate.QualityGateCriticality;
import io.jenkins.plugins.util.QualityGateResult;
import io.jenkins.plugins.util.QualityGateStatus;
import java.util.List;
import java.util.Locale;

/**
 * Translates the engine's gate results (as they crossed from the agent, {@link AgentCheck.GateLine})
 * into plugin-util-api's model. A plain mapping of names: the outcome is the engine's, nothing is
 * re-evaluated here.
 */
final class QualityGates {

    private QualityGates() {
    }

    static QualityGateResult of(List<AgentCheck.GateLine> gates) {
        QualityGateResult result = new QualityGateResult();
        for (AgentCheck.GateLine line : gates) {
            String name = line.control() == null ? line.metric() : line.metric() + " " + line.control();
            result.add(new ScoreQualityGate(name, line.threshold(), criticality(line.criticality())),
                    status(line.outcome()), line.actual() == null ? "no data" : String.format(Locale.ROOT, "%.2f",
                            line.actual()));
        }
        return result;
    }

    /** The engine's criticality names (gate.Criticality) onto Jenkins' ones. */
    static QualityGateCriticality criticality(String engine) {
        return switch (engine) {
            case "NOTE" -> QualityGateCriticality.NOTE;
            case "UNSTABLE" -> QualityGateCriticality.UNSTABLE;
            case "ERROR" -> QualityGateCriticality.ERROR;
            default -> QualityGateCriticality.FAILURE;
        };
    }

    /** The engine's outcome names (gate.GateResult.Outcome); a gate without data passed, as the engine says. */
    static QualityGateStatus status(String outcome) {
        return switch (outcome) {
            case "NOTE" -> QualityGateStatus.NOTE;
            case "UNSTABLE" -> QualityGateStatus.WARNING;
            case "ERROR" -> QualityGateStatus.ERROR;
            case "FAILED" -> QualityGateStatus.FAILED;
            default -> QualityGateStatus.PASSED;
        };
    }
}
