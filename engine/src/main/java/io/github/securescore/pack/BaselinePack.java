package io.github.securescore.pack;

/**
 * A pack's entry point, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/io.github.securescore.pack.BaselinePack}.
 */
public interface BaselinePack {

    Pack pack();
}
