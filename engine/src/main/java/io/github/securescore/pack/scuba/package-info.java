/**
 * CISA's SCuBA baseline for Microsoft Entra ID ({@code scuba-aad}) as a pack: one evaluator per
 * requirement or small family, the requirements listed by section ({@link ScubaSections} for
 * sections 1, 2, 3, 5, 6 and 8), joined in the baseline's order by {@link ScubaAadPack}. Titles are
 * our own words; ids are the baseline's. Requirements Graph configuration cannot decide are listed
 * as manual, with the reason.
 */
package io.github.securescore.pack.scuba;
