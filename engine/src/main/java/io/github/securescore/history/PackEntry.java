package io.github.securescore.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.securescore.pack.PackResult;
import io.github.securescore.pack.RequirementResult;
import io.github.securescore.pack.RequirementStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pack in one run, as the history keeps it: the counts its gates read and each requirement's
 * status (no evidence, no account names, like the rest of a history line).
 *
 * @param requirements each requirement's status, by id, in the pack's order
 * @param omitted      the requirements the policy omitted in this run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackEntry(String version, double shallPercent, long failures, long notEvaluated,
                        Map<String, RequirementStatus> requirements, List<String> omitted) {

    public PackEntry {
        requirements = requirements == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
        omitted = omitted == null ? List.of() : List.copyOf(omitted);
    }

    public static PackEntry of(PackResult result) {
        Map<String, RequirementStatus> statuses = new LinkedHashMap<>();
        for (RequirementResult r : result.results()) {
            statuses.put(r.requirement().id(), r.status());
        }
        return new PackEntry(result.pack().version(), RunRecord.round(result.shallPercent()), result.failures(),
                result.notEvaluated(), statuses,
                result.results().stream().filter(RequirementResult::omitted).map(r -> r.requirement().id()).toList());
    }
}
