/**
 * Baseline packs: named sets of requirements (CISA's SCuBA Entra ID baseline, CIS) evaluated
 * against the same snapshot as the Identity Secure Score. A pack is found through
 * {@link java.util.ServiceLoader} ({@link BaselinePack}), so adding one needs only its own package
 * and its {@code META-INF/services} line; the score, gate, history and report packages consume
 * {@link PackResult}s without knowing which pack they came from.
 */
package io.github.securescore.pack;
