package io.github.securescore.bench;

import java.util.UUID;

/**
 * The users of a synthetic tenant as pure functions of (seed, index): id, names and flags can be
 * asked for again in every section of the snapshot (users, registration details, group
 * members) without keeping a million users in memory. Deterministic for a given seed.
 */
final class SyntheticDirectory {

    // salts that make each trait an independent draw
    private static final long ID_HIGH = 1;
    private static final long ID_LOW = 2;
    private static final long ENABLED = 3;
    private static final long GUEST = 4;
    private static final long MFA = 5;
    private static final long SSPR = 6;
    private static final long FIRST = 7;
    private static final long LAST = 8;
    private static final long METHODS = 9;

    private static final String[] FIRST_NAMES = {
        "Adele", "Alex", "Allan", "Ana", "Ben", "Chloé", "Christie", "Diego", "Emily", "Enrico", "Grady", "Hana",
        "Henrietta", "Irvin", "Isaiah", "Johanna", "Jürgen", "Kai", "Lee", "Lidia", "Lynne", "Megan", "Miriam",
        "Nestor", "Nora", "Ólafur", "Patti", "Pradeep", "Raul", "Sakura", "Søren", "Tomás", "Wei", "Yuki", "Zoë"};
    private static final String[] LAST_NAMES = {
        "Vance", "Wilber", "Deyoung", "García", "Holt", "Dubois", "Cline", "Siciliani", "Braun", "Bianchi",
        "Archie", "Kobayashi", "Gonzalez", "Sink", "Mitchell", "Lindqvist", "Müller", "Nakamura", "Gu", "Holloway",
        "Robbins", "Bowen", "Caldwell", "Wilke", "Okafor", "Sigurðsson", "Fernandez", "Gupta", "Ortiz", "Tanaka",
        "Østergaard", "Álvarez", "Zhang", "Sato", "Novak"};

    private final long seed;
    private final String domain;

    SyntheticDirectory(long seed, String domain) {
        this.seed = seed;
        this.domain = domain;
    }

    String id(int user) {
        long high = (draw(user, ID_HIGH) & ~0xF000L) | 0x4000L;               // version 4
        long low = (draw(user, ID_LOW) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    boolean enabled(int user) {
        return chance(user, ENABLED, 0.97);
    }

    boolean guest(int user) {
        return chance(user, GUEST, 0.05);
    }

    boolean mfaRegistered(int user) {
        return chance(user, MFA, 0.70);
    }

    boolean ssprEnabled(int user) {
        return chance(user, SSPR, 0.60);
    }

    /** How many authentication methods the user registered (0 when not MFA registered). */
    int methodCount(int user) {
        return mfaRegistered(user) ? 1 + (int) Long.remainderUnsigned(draw(user, METHODS), 3) : 0;
    }

    String displayName(int user) {
        return firstName(user) + " " + lastName(user);
    }

    String userPrincipalName(int user) {
        String local = ascii(firstName(user)) + "." + ascii(lastName(user)) + user;
        return guest(user) ? local + "_fabrikam.com#EXT#@" + domain : local + "@" + domain;
    }

    /** A member of a trait-independent subset holding about {@code share} of the users. */
    boolean inSubset(int user, long salt, double share) {
        return chance(user, 1000 + salt, share);
    }

    private String firstName(int user) {
        return FIRST_NAMES[(int) Long.remainderUnsigned(draw(user, FIRST), FIRST_NAMES.length)];
    }

    private String lastName(int user) {
        return LAST_NAMES[(int) Long.remainderUnsigned(draw(user, LAST), LAST_NAMES.length)];
    }

    private boolean chance(int user, long salt, double probability) {
        return (draw(user, salt) >>> 11) * 0x1.0p-53 < probability;
    }

    private long draw(int user, long salt) {
        return mix(seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + user * 0x165667B19E3779F9L);
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String ascii(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'é' -> sb.append('e');
                case 'ü' -> sb.append("ue");
                case 'ó', 'ø' -> sb.append('o');
                case 'á' -> sb.append('a');
                case 'ð' -> sb.append('d');
                case 'ë' -> sb.append('e');
                case 'í' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
