package io.github.securescore.maven;

import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * One per-control floor from the POM:
 * {@code <controlFloor><control>AdminMFAV2</control><minPercent>100</minPercent><criticality>FAIL</criticality></controlFloor>}.
 * Maven fills the fields by name; {@link #toGate(ControlCatalog)} checks them, so a typo fails the
 * build instead of silently never gating.
 */
public class ControlFloor {

    /** The improvement action's control name, e.g. {@code AdminMFAV2}. */
    private String control;

    /** The share of the action's points that must be achieved, 0 to 100. */
    private Double minPercent;

    /** {@code FAIL} (default) fails the build; {@code UNSTABLE} only logs a warning. */
    private String criticality;

    public ControlFloor() {
        // for Maven's configurator
    }

    ControlFloor(String control, Double minPercent, String criticality) {
        this.control = control;
        this.minPercent = minPercent;
        this.criticality = criticality;
    }

    Gate toGate(ControlCatalog catalog) throws MojoExecutionException {
        if (control == null || control.isBlank()) {
            throw new MojoExecutionException("<controlFloor> needs a <control>, e.g. <control>AdminMFAV2</control>");
        }
        String name = control.trim();
        if (!catalog.contains(name)) {
            throw new MojoExecutionException("<controlFloor> <control>" + name + "</control>: unknown improvement action;"
                    + " expected one of " + catalog.controls().stream().map(c -> c.name())
                    .collect(Collectors.joining(", ")));
        }
        if (minPercent == null || minPercent < 0 || minPercent > 100) {
            throw new MojoExecutionException("<controlFloor> for " + name
                    + ": <minPercent> expected a percentage from 0 to 100, found " + minPercent);
        }
        return Gate.control(name, minPercent, criticality(name));
    }

    private Criticality criticality(String name) throws MojoExecutionException {
        if (criticality == null || criticality.isBlank()) {
            return Criticality.FAIL;
        }
        try {
            return Criticality.valueOf(criticality.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<controlFloor> for " + name + ": <criticality> expected UNSTABLE or FAIL,"
                    + " found '" + criticality + "'");
        }
    }

    @Override
    public String toString() {
        return control + " >= " + minPercent + "% (" + (criticality == null ? "FAIL" : criticality) + ")";
    }
}
