package io.github.securescore.snapshot;

/** What a snapshot holds for one resource: its data, the error Graph gave, or nothing at all. */
public record ResourceState(Kind kind, ResourceError error) {

    public enum Kind { PRESENT, FAILED, MISSING }

    public static final ResourceState PRESENT = new ResourceState(Kind.PRESENT, null);
    public static final ResourceState MISSING = new ResourceState(Kind.MISSING, null);

    public static ResourceState failed(ResourceError error) {
        return new ResourceState(Kind.FAILED, error);
    }

    public boolean isPresent() {
        return kind == Kind.PRESENT;
    }
}
