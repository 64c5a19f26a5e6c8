package io.github.securescore.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The tenant's users joined with their authentication-method registration details, kept in
 * columns by a dense index so that a million users fit in a few tens of megabytes. Every
 * directory object id the snapshot mentions (users, registration records, group members,
 * role principals) has an index; {@link #isUser(int)} tells which ones the users collection
 * listed.
 */
public final class DirectoryUsers {

    static final int USER = 1;
    static final int ENABLED = 1 << 1;
    static final int MEMBER = 1 << 2;
    static final int GUEST = 1 << 3;
    static final int REGISTRATION = 1 << 4;
    static final int MFA_REGISTERED = 1 << 5;
    static final int SSPR_ENABLED = 1 << 6;
    static final int REGISTRATION_MEMBER = 1 << 7;
    static final int REGISTRATION_GUEST = 1 << 8;
    // names recorded: kept beside the other flags so that the registration pass, which sets flags
    // anyway, does not touch the name offsets (two more cache misses per record at a million users)
    private static final int NAMED = 1 << 9;

    private final DirectoryIds ids;
    private short[] flags = new short[1024];
    // display name and user principal name, UTF-8, "name\0upn", one slice per index
    private byte[] names = new byte[16 * 1024];
    private int[] nameStart = new int[1024];
    private int[] nameEnd = new int[1024];
    private int namesLength;

    DirectoryUsers() {
        this.ids = new DirectoryIds();
    }

    /** Number of indexes (users and every other object id seen). */
    public int size() {
        return ids.size();
    }

    /** The index of a directory object id, or -1. */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    public String id(int index) {
        return ids.id(index);
    }

    /** Listed in the {@code users} collection. */
    public boolean isUser(int index) {
        return has(index, USER);
    }

    public boolean accountEnabled(int index) {
        return has(index, ENABLED);
    }

    /** {@code userType} Member (from users, or from registration details when users lack it). */
    public boolean member(int index) {
        if (has(index, USER)) {
            return has(index, MEMBER);
        }
        return has(index, REGISTRATION_MEMBER);
    }

    public boolean guest(int index) {
        if (has(index, USER)) {
            return has(index, GUEST);
        }
        return has(index, REGISTRATION_GUEST);
    }

    /** Listed in {@code userRegistrationDetails}. */
    public boolean hasRegistration(int index) {
        return has(index, REGISTRATION);
    }

    public boolean mfaRegistered(int index) {
        return has(index, MFA_REGISTERED);
    }

    public boolean ssprEnabled(int index) {
        return has(index, SSPR_ENABLED);
    }

    /** Display name, or null. */
    public String displayName(int index) {
        return namePart(index, 0);
    }

    /** User principal name, or null. */
    public String userPrincipalName(int index) {
        return namePart(index, 1);
    }

    /** How a person recognises this account in evidence: UPN, else display name, else id. */
    public String label(int index) {
        String upn = userPrincipalName(index);
        if (upn != null) {
            return upn;
        }
        String name = displayName(index);
        return name != null ? name : id(index);
    }

    /** Indexes of the users listed in the {@code users} collection. */
    public BitSet users() {
        BitSet result = new BitSet(size());
        for (int i = 0; i < size(); i++) {
            if (has(i, USER)) {
                result.set(i);
            }
        }
        return result;
    }

    /** Indexes listed in {@code userRegistrationDetails}. */
    public BitSet registrations() {
        BitSet result = new BitSet(size());
        for (int i = 0; i < size(); i++) {
            if (has(i, REGISTRATION)) {
                result.set(i);
            }
        }
        return result;
    }

    private boolean has(int index, int flag) {
        return index >= 0 && index < size() && (flags[index] & flag) != 0;
    }

    private String namePart(int index, int part) {
        if (index < 0 || index >= size() || nameEnd[index] == nameStart[index]) {
            return null;
        }
        int start = nameStart[index];
        int end = nameEnd[index];
        int separator = start;
        while (separator < end && names[separator] != 0) {
            separator++;
        }
        int from = part == 0 ? start : separator + 1;
        int to = part == 0 ? separator : end;
        if (from >= to) {
            return null;
        }
        return new String(names, from, to - from, StandardCharsets.UTF_8);
    }

    // ---- filled by the snapshot reader -------------------------------------------------

    int intern(String id) {
        return grownFor(ids.intern(id));
    }

    /** {@link #intern(String)} for an id in a parser's character buffer, without making a String of it. */
    int intern(char[] chars, int offset, int length) {
        return grownFor(ids.intern(chars, offset, length));
    }

    /** Whether names were recorded for this index already (the reader then need not decode them again). */
    boolean hasNames(int index) {
        return (flags[index] & NAMED) != 0;
    }

    private int grownFor(int index) {
        if (index >= flags.length) {
            int capacity = Math.max(flags.length * 2, index + 1);
            flags = Arrays.copyOf(flags, capacity);
            nameStart = Arrays.copyOf(nameStart, capacity);
            nameEnd = Arrays.copyOf(nameEnd, capacity);
        }
        return index;
    }

    void set(int index, int flag) {
        flags[index] |= (short) flag;
    }

    /** A name being read: characters copied out of the parser's reusable buffer, or absent. */
    static final class Name {
        private char[] chars = new char[64];
        private int length = -1;

        void clear() {
            length = -1;
        }

        void set(char[] source, int offset, int count) {
            if (count > chars.length) {
                chars = new char[Math.max(count, chars.length * 2)];
            }
            System.arraycopy(source, offset, chars, 0, count);
            length = count;
        }

        boolean present() {
            return length >= 0;
        }

        static boolean equalsIgnoreCase(char[] chars, int offset, int length, String expected) {
            if (length != expected.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                char a = chars[offset + i];
                char b = expected.charAt(i);
                if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The users collection's names (they overwrite the registration record's), encoded to UTF-8
     * straight into the names column: no String or byte[] per user.
     */
    void names(int index, Name displayName, Name userPrincipalName) {
        if (!displayName.present() && !userPrincipalName.present()) {
            return;
        }
        int needed = 3 * (Math.max(0, displayName.length) + Math.max(0, userPrincipalName.length)) + 1;
        if (namesLength + needed > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + needed));
        }
        int start = namesLength;
        int at = encode(displayName, names, start);
        names[at++] = 0;
        at = encode(userPrincipalName, names, at);
        nameStart[index] = start;
        nameEnd[index] = at;
        flags[index] |= NAMED;
        namesLength = at;
    }

    /** UTF-8 of the name's characters into {@code target} from {@code at}; a lone surrogate becomes '?' as in String.getBytes. */
    private static int encode(Name name, byte[] target, int at) {
        char[] chars = name.chars;
        for (int i = 0; i < name.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                target[at++] = (byte) c;
            } else if (c < 0x800) {
                target[at++] = (byte) (0xC0 | (c >> 6));
                target[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < name.length && Character.isLowSurrogate(chars[i + 1])) {
                int code = Character.toCodePoint(c, chars[++i]);
                target[at++] = (byte) (0xF0 | (code >> 18));
                target[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                target[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                target[at++] = '?';
            } else {
                target[at++] = (byte) (0xE0 | (c >> 12));
                target[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    /** Records names once: the users collection's names win over the registration record's. */
    void names(int index, String displayName, String userPrincipalName, boolean overwrite) {
        if (!overwrite && hasNames(index)) {
            return;
        }
        if (displayName == null && userPrincipalName == null) {
            return;
        }
        byte[] name = displayName == null ? new byte[0] : displayName.getBytes(StandardCharsets.UTF_8);
        byte[] upn = userPrincipalName == null ? new byte[0] : userPrincipalName.getBytes(StandardCharsets.UTF_8);
        int needed = name.length + 1 + upn.length;
        if (namesLength + needed > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + needed));
        }
        System.arraycopy(name, 0, names, namesLength, name.length);
        names[namesLength + name.length] = 0;
        System.arraycopy(upn, 0, names, namesLength + name.length + 1, upn.length);
        nameStart[index] = namesLength;
        nameEnd[index] = namesLength + needed;
        flags[index] |= NAMED;
        namesLength += needed;
    }
}
