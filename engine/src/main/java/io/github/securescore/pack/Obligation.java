package io.github.securescore.pack;

/** How strongly a baseline states a requirement (RFC 2119 words, as SCuBA and CIS use them). */
public enum Obligation {
    SHALL, SHOULD, MAY
}
