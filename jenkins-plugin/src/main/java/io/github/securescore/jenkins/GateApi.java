package io.github.securescore.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.securescore.report.ReportDetail;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One gate in the remote API: the engine's values, nothing computed here. */
@ExportedBean
public final class GateApi {
    private final ReportDetail.Gate gate;

    GateApi(ReportDetail.Gate gate) {
        this.gate = gate;
    }

    @Exported
    public String getMetric() {
        return gate.metric();
    }

    @Exported
    @CheckForNull
    public String getControl() {
        return gate.control();
    }

    @Exported
    @CheckForNull
    public Double getThreshold() {
        return gate.threshold();
    }

    @Exported
    @CheckForNull
    public Double getActual() {
        return gate.actual();
    }

    /** PASSED, NO_DATA, UNSTABLE or FAILED. */
    @Exported
    public String getOutcome() {
        return gate.outcome();
    }

    @Exported
    public String getCriticality() {
        return gate.criticality();
    }

    @Exported
    public String getMessage() {
        return gate.message();
    }
}
