package io.github.securescore.pack;

/** The pack ids a check can select besides the catalog's packs. */
public final class PackSelection {

    /**
     * Microsoft's Identity Secure Score (the improvement actions): selected when a policy names no
     * packs. It is always assessed, as history and trends are anchored on it; selecting it decides
     * whether its gates apply.
     */
    public static final String SCORE = "identity-secure-score";

    private PackSelection() {
    }
}
