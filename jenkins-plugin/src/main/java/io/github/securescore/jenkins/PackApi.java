package io.github.securescore.jenkins;

import io.github.securescore.history.PackEntry;
import io.github.securescore.pack.RequirementStatus;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One selected baseline pack in the remote API, from the run record in build.xml (no report file is read): the
 * engine's figures, nothing computed here but the list of the requirements the run recorded as failed.
 */
@ExportedBean
public final class PackApi {
    private final String id;
    private final PackEntry pack;

    PackApi(String id, PackEntry pack) {
        this.id = id;
        this.pack = pack;
    }

    @Exported
    public String getId() {
        return id;
    }

    @Exported
    public String getVersion() {
        return pack.version();
    }

    /** Passed of counted SHALL requirements, in percent (the engine's {@code PackResult#shallPercent}). */
    @Exported
    public double getShallPercent() {
        return pack.shallPercent();
    }

    /** How many requirements failed (omitted ones not counted; warnings are not failures). */
    @Exported
    public long getFailures() {
        return pack.failures();
    }

    @Exported
    public long getNotEvaluated() {
        return pack.notEvaluated();
    }

    /** The ids of the requirements that failed, in the pack's order, omitted ones left out (as the count does). */
    @Exported
    public List<String> getFailed() {
        return pack.requirements().entrySet().stream()
                .filter(r -> r.getValue() == RequirementStatus.FAIL && !pack.omitted().contains(r.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The requirements the policy omitted in this run. */
    @Exported
    public List<String> getOmitted() {
        return pack.omitted();
    }
}
