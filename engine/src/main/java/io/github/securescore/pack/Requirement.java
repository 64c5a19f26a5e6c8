package io.github.securescore.pack;

import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Objects;

/**
 * One requirement of a baseline.
 *
 * @param id         the baseline's own id, e.g. {@code MS.AAD.1.1v1}
 * @param title      a short title in our own words
 * @param obligation SHALL / SHOULD as the baseline states it
 * @param resources  the Graph resources it reads (their permissions are what "not evaluated" names)
 * @param evaluator  decides it
 */
public record Requirement(String id, String title, Obligation obligation, List<GraphResource> resources,
                          RequirementEvaluator evaluator) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(obligation, "obligation");
        resources = List.copyOf(resources);
        Objects.requireNonNull(evaluator, "evaluator");
    }
}
