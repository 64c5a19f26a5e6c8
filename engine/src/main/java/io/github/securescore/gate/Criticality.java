package io.github.securescore.gate;

/** What a violated gate does to the build: mark it unstable, or fail it. */
public enum Criticality { UNSTABLE, FAIL }
