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
 * @param resources         the Graph resources it needs: when one was not collected or failed, the
 *                          requirement is not evaluated, naming its permission, without asking the evaluator
 * @param evaluator         decides it
 * @param optionalResources resources it also reads but whose absence its evaluator judges itself (PIM
 *                          answering "no P2": SCuBA then counts active assignments only, or names the licence)
 */
public record Requirement(String id, String title, Obligation obligation, List<GraphResource> resources,
                          RequirementEvaluator evaluator, List<GraphResource> optionalResources) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(obligation, "obligation");
        resources = List.copyOf(resources);
        Objects.requireNonNull(evaluator, "evaluator");
        optionalResources = List.copyOf(optionalResources);
    }

    /** A requirement that needs every resource it reads. */
    public Requirement(String id, String title, Obligation obligation, List<GraphResource> resources,
                       RequirementEvaluator evaluator) {
        this(id, title, obligation, resources, evaluator, List.of());
    }

    /** Every resource it reads, needed first (for the permissions a user grants). */
    public List<GraphResource> allResources() {
        java.util.LinkedHashSet<GraphResource> all = new java.util.LinkedHashSet<>(resources);
        all.addAll(optionalResources);
        return List.copyOf(all);
    }
}
