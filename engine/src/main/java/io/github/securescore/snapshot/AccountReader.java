package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Streams the two per-account collections, {@code users} and registration details, into the
 * directory's columns: the reader's hot path (a million accounts twice). Ids and userType are
 * read from the parser's buffer without a String; names are copied only when they are kept in
 * memory, else only checked and found again in the file by the record's byte offset.
 */
final class AccountReader {

    private final SnapshotCursor cursor;
    private final UniqueKeysParser parser;
    private final DirectoryUsers directory;
    // names are copied (kept in memory) or only checked (read back from the file when needed)
    private final boolean copyNames;
    // users and registration records on their way into the directory
    private final AccountBatch accounts = new AccountBatch();

    AccountReader(SnapshotCursor cursor, DirectoryUsers directory) {
        this.cursor = cursor;
        this.parser = cursor.parser();
        this.directory = directory;
        this.copyNames = directory.names().keepsText();
    }

    // the collection being read, for a record repeated in it
    private String key;
    private String what;

    void users(String key, String field) throws IOException {
        this.key = key;
        this.what = "user";
        cursor.streamEntities(field, this::user);
        flush();
    }

    void registrations(String key, String field) throws IOException {
        this.key = key;
        this.what = "registration record";
        cursor.streamEntities(field, this::registration);
        flush();
    }

    private void flush() {
        int repeat = directory.add(accounts);
        if (repeat >= 0) {
            throw RepeatedRecords.error(cursor.source(), cursor.file(), key, what, accounts.id(repeat),
                    accounts.ordinals[repeat], accounts.lines[repeat], accounts.columns[repeat]);
        }
    }

    private void user() throws IOException {
        long start = copyNames ? -1 : parser.tokenByteOffset();
        accounts.begin();
        accounts.at(cursor.entityIndex(), parser.tokenLine(), parser.tokenColumn());
        boolean idSeen = false;
        Boolean enabled = null;
        String userType = null;
        boolean named = false;
        boolean external = false;
        int onPremises = 0;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "id" -> idSeen = id(token);
                case "accountEnabled" -> enabled = cursor.bool(token, "accountEnabled");
                case "userType" -> userType = userType(token);
                case "displayName" -> named |= name(token, "displayName", 0);
                case "userPrincipalName" -> {
                    external |= token == JsonToken.VALUE_STRING && ExternalSignIn.externalPrincipalName(
                            parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                    named |= name(token, "userPrincipalName", 1);
                }
                case "creationType" -> external |= ExternalSignIn.invited(cursor.optionalText(token, "creationType"));
                case "externalUserState" -> external |= cursor.optionalText(token, "externalUserState") != null;
                case "identities" -> external |= federatedIdentity(token);
                case "onPremisesSyncEnabled" -> onPremises |= DirectoryUsers.ON_PREMISES_RECORDED
                        | (Boolean.TRUE.equals(cursor.bool(token, "onPremisesSyncEnabled")) ? DirectoryUsers.ON_PREMISES : 0);
                case "onPremisesImmutableId" -> onPremises |= DirectoryUsers.ON_PREMISES_RECORDED
                        | (immutableId(token) ? DirectoryUsers.ON_PREMISES : 0);
                default -> parser.skipChildren();
            }
        }
        if (!idSeen) {
            throw cursor.error("", "missing \"id\"");
        }
        int flags = DirectoryUsers.USER;
        if (Boolean.TRUE.equals(enabled)) {
            flags |= DirectoryUsers.ENABLED;
        }
        if (userType == null || "Member".equalsIgnoreCase(userType)) {
            // Graph leaves userType null on some synced and older accounts; those are members
            flags |= DirectoryUsers.MEMBER;
        } else if ("Guest".equalsIgnoreCase(userType)) {
            flags |= DirectoryUsers.GUEST;
        }
        if (userType == null) {
            flags |= DirectoryUsers.NO_USER_TYPE;
        }
        if (external) {
            flags |= DirectoryUsers.EXTERNAL;
        }
        flags |= onPremises;
        // the users collection's names win over a registration record's
        add(flags, named ? AccountBatch.Naming.REPLACE : AccountBatch.Naming.NONE, start);
    }

    /** Whether an {@code onPremisesImmutableId} (a string or null) is set, read without a String per user. */
    private boolean immutableId(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw cursor.error("onPremisesImmutableId", "expected a string or null, found " + cursor.describe(token));
        }
        return parser.getTextLength() > 0;
    }

    /** Whether an {@code identities} array (or null) holds a federated sign-in. */
    private boolean federatedIdentity(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        cursor.expect(token, JsonToken.START_ARRAY, "identities", "an array of objectIdentity objects");
        boolean federated = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            cursor.expect(parser.currentToken(), JsonToken.START_OBJECT, "identities", "an objectIdentity object");
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                if ("signInType".equals(name)) {
                    federated |= ExternalSignIn.federated(cursor.optionalText(value, "identities.signInType"));
                } else {
                    parser.skipChildren();
                }
            }
        }
        return federated;
    }

    private void registration() throws IOException {
        long start = copyNames ? -1 : parser.tokenByteOffset();
        accounts.begin();
        accounts.at(cursor.entityIndex(), parser.tokenLine(), parser.tokenColumn());
        boolean idSeen = false;
        String userType = null;
        boolean mfa = false;
        boolean sspr = false;
        boolean named = false;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "id" -> idSeen = id(token);
                case "userType" -> userType = userType(token);
                case "isMfaRegistered" -> mfa = Boolean.TRUE.equals(cursor.bool(token, "isMfaRegistered"));
                case "isSsprEnabled" -> sspr = Boolean.TRUE.equals(cursor.bool(token, "isSsprEnabled"));
                case "userDisplayName" -> named |= name(token, "userDisplayName", 0);
                case "userPrincipalName" -> named |= name(token, "userPrincipalName", 1);
                default -> parser.skipChildren();
            }
        }
        if (!idSeen) {
            throw cursor.error("", "missing \"id\"");
        }
        int flags = DirectoryUsers.REGISTRATION;
        if (mfa) {
            flags |= DirectoryUsers.MFA_REGISTERED;
        }
        if (sspr) {
            flags |= DirectoryUsers.SSPR_ENABLED;
        }
        if (userType == null || "member".equalsIgnoreCase(userType)) {
            flags |= DirectoryUsers.REGISTRATION_MEMBER;
        } else if ("guest".equalsIgnoreCase(userType)) {
            flags |= DirectoryUsers.REGISTRATION_GUEST;
        }
        // names only label an account the users collection did not name
        add(flags, named ? AccountBatch.Naming.IF_UNNAMED : AccountBatch.Naming.NONE, start);
    }

    private void add(int flags, AccountBatch.Naming naming, long entityStart) {
        accounts.add(flags, naming, entityStart);
        if (accounts.full()) {
            flush();
        }
    }

    /** The account's id, from the parser's buffer without a String; true once read. */
    private boolean id(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw cursor.error("id", "expected a string, found " + cursor.describe(token));
        }
        accounts.id(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        return true;
    }

    /** Graph's userType without a String per user for the usual values (compared ignoring case later). */
    private String userType(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            char[] chars = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            if (equalsIgnoreCase(chars, offset, length, "Member")) {
                return "Member";
            }
            if (equalsIgnoreCase(chars, offset, length, "Guest")) {
                return "Guest";
            }
        }
        return cursor.optionalText(token, "userType");
    }

    /**
     * Checks a name (a string or null) and, when names are kept in memory, copies it from the
     * parser's reusable buffer; a file read leaves it undecoded. True when it is a string.
     */
    private boolean name(JsonToken token, String field, int part) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw cursor.error(field, "expected a string, found " + cursor.describe(token));
        }
        if (copyNames) {
            accounts.name(part, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }
        return true;
    }

    private static boolean equalsIgnoreCase(char[] chars, int offset, int length, String expected) {
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
