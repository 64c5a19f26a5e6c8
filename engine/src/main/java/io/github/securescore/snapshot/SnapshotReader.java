package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the snapshot format with Jackson streaming: users and registration details go
 * straight into {@link DirectoryUsers} columns, never into a tree, so a million-user snapshot
 * reads in a small heap. The small resources (policies, roles, domains) are bound to records
 * one entity at a time.
 */
public final class SnapshotReader {

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public SnapshotReader() {
        this.mapper = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.factory = mapper.getFactory();
    }

    /** Reads a snapshot file; every problem is an {@link InvalidInputException} naming the file. */
    public TenantSnapshot read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(name, 0, 0, null, "is a directory, expected a snapshot file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, name, DirectoryUsers.withNamesIn(file, factory));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, 0, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, 0, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a snapshot from a stream; {@code source} names it in messages. A stream cannot be
     * read again, so account names are kept in memory (a file read keeps only where they are).
     */
    public TenantSnapshot read(InputStream in, String source) throws IOException {
        return read(in, source, DirectoryUsers.withRecordedNames());
    }

    private TenantSnapshot read(InputStream in, String source, DirectoryUsers directory) throws IOException {
        SnapshotContent content = new SnapshotContent(directory);
        content.source = source;
        try (JsonParser parser = factory.createParser(in)) {
            new Run(parser, source, content).document();
        } catch (JsonProcessingException e) {
            throw fromJackson(e, source, null);
        }
        content.secureScores.sort(Comparator.comparing(
                (SecureScore s) -> s.createdDateTime() == null ? "" : s.createdDateTime()).reversed());
        return new TenantSnapshot(content);
    }

    private InvalidInputException fromJackson(JsonProcessingException e, String source, String field) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String problem;
        if (e instanceof MismatchedInputException mismatch) {
            problem = "expected " + describe(mismatch.getTargetType()) + ", found "
                    + foundToken(e.getOriginalMessage());
        } else if (e instanceof JsonMappingException) {
            problem = e.getOriginalMessage();
        } else {
            problem = "malformed JSON: " + e.getOriginalMessage();
        }
        String path = field;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder(field == null ? "" : field);
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            path = sb.toString();
        }
        return new InvalidInputException(source, line, column, path, problem);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true, false or null";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    /** Jackson's "from String value ('x')" / "from Array value (token ...)" in the words the reader's own messages use. */
    private static String foundToken(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "a value of another type";
        }
        int from = jacksonMessage.indexOf(" from ");
        if (from < 0) {
            return "a value of another type";
        }
        String rest = jacksonMessage.substring(from + 6);
        if (rest.startsWith("String value")) {
            int open = rest.indexOf("('");
            int close = rest.indexOf("')", open + 2);
            return open >= 0 && close > open ? "the string \"" + abbreviate(rest.substring(open + 2, close)) + "\""
                    : "a string";
        }
        if (rest.startsWith("String \"")) {
            int close = rest.indexOf("\":");
            return close > 8 ? "the string \"" + abbreviate(rest.substring(8, close)) + "\"" : "a string";
        }
        if (rest.startsWith("Array value")) {
            return "an array";
        }
        if (rest.startsWith("Object value")) {
            return "an object";
        }
        if (rest.startsWith("Integer value") || rest.startsWith("Floating-point value")) {
            return "a number";
        }
        if (rest.startsWith("Boolean value")) {
            return "a boolean";
        }
        int cut = rest.indexOf(':');
        return (cut >= 0 ? rest.substring(0, cut) : rest).trim();
    }

    /** One pass over one document. */
    private final class Run {
        private final JsonParser parser;
        private final String source;
        private final SnapshotContent content;
        // names are copied (kept in memory) or only checked (read back from the file when needed)
        private final boolean copyNames;
        // users and registration records on their way into the directory
        private final AccountBatch accounts = new AccountBatch();
        // the entity being streamed, so that field paths are only built when there is an error
        private String entityArray;
        private int entityIndex = -1;

        Run(JsonParser parser, String source, SnapshotContent content) {
            this.parser = parser;
            this.source = source;
            this.content = content;
            this.copyNames = content.directory.names().keepsText();
        }

        void document() throws IOException {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "snapshot", "a JSON object");
            boolean formatSeen = false;
            boolean resourcesSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> {
                        String format = text(value, "format");
                        if (!TenantSnapshot.FORMAT.equals(format)) {
                            throw error("format", "expected \"" + TenantSnapshot.FORMAT + "\", found \"" + format + "\"");
                        }
                        formatSeen = true;
                    }
                    case "tenantId" -> content.tenantId = value == JsonToken.VALUE_NULL ? null : text(value, "tenantId");
                    case "capturedAt" -> content.capturedAt = instant(value);
                    case "resources" -> {
                        expect(value, JsonToken.START_OBJECT, "resources", "an object of Graph resources");
                        resources();
                        resourcesSeen = true;
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!formatSeen) {
                throw new InvalidInputException(source, 0, 0, "format",
                        "missing; expected \"format\": \"" + TenantSnapshot.FORMAT + "\"");
            }
            if (!resourcesSeen) {
                throw new InvalidInputException(source, 0, 0, "resources", "missing; expected an object of Graph resources");
            }
            if (parser.nextToken() != null) {
                throw error(null, "unexpected content after the snapshot object");
            }
        }

        private Instant instant(JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            String text = text(value, "capturedAt");
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw error("capturedAt", "expected an ISO-8601 instant like 2026-11-21T10:00:00Z, found \"" + text + "\"");
            }
        }

        private void resources() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken start = parser.nextToken();
                GraphResource resource = GraphResource.ofKey(key).orElse(null);
                if (resource == null) {
                    parser.skipChildren();   // newer snapshots may record more; unknown keys are ignored
                    continue;
                }
                String field = "resources[\"" + key + "\"]";
                expect(start, JsonToken.START_OBJECT, field, "an object");
                if (resource.shape() == GraphResource.Shape.SINGLETON) {
                    singleton(resource, key, field);
                } else {
                    collection(resource, key, field);
                }
            }
        }

        private void collection(GraphResource resource, String key, String field) throws IOException {
            boolean valueSeen = false;
            ResourceError failure = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("value".equals(name)) {
                    expect(token, JsonToken.START_ARRAY, field + ".value", "an array of entities");
                    elements(resource, key, field + ".value");
                    valueSeen = true;
                } else if ("error".equals(name)) {
                    failure = resourceError(token, field + ".error");
                } else {
                    parser.skipChildren();   // @odata.context, @odata.nextLink and the like
                }
            }
            if (failure != null) {
                content.states.put(key, ResourceState.failed(failure));
            } else if (valueSeen) {
                content.states.put(key, ResourceState.PRESENT);
            } else {
                throw error(field, "expected {\"value\": [...]} or {\"error\": {...}}");
            }
        }

        private void elements(GraphResource resource, String key, String field) throws IOException {
            switch (resource) {
                case USERS -> {
                    streamEntities(field, this::user);
                    content.directory.add(accounts);
                }
                case USER_REGISTRATION_DETAILS -> {
                    streamEntities(field, this::registration);
                    content.directory.add(accounts);
                }
                case GROUP_TRANSITIVE_MEMBERS -> {
                    String groupId = GraphResource.groupIdOf(key).orElseThrow();
                    BitSet members = new BitSet();
                    streamEntities(field, () -> groupMember(members));
                    content.groupMembers.put(groupId, new GroupMembers(groupId, members));
                }
                case ORGANIZATION -> bind(field, Organization.class, content.organizations::add);
                case DOMAINS -> bind(field, Domain.class, content.domains::add);
                case ROLE_DEFINITIONS -> bind(field, RoleDefinition.class, content.roleDefinitions::add);
                case ROLE_ASSIGNMENTS -> bind(field, RoleAssignment.class, content.roleAssignments::add);
                case CONDITIONAL_ACCESS_POLICIES -> bind(field, ConditionalAccessPolicy.class,
                        content.conditionalAccessPolicies::add);
                case SUBSCRIBED_SKUS -> bind(field, SubscribedSku.class, content.subscribedSkus::add);
                case SECURE_SCORES -> bind(field, SecureScore.class, content.secureScores::add);
                case SECURE_SCORE_CONTROL_PROFILES -> bind(field, SecureScoreControlProfile.class,
                        content.controlProfiles::add);
                case ON_PREMISES_SYNCHRONIZATION -> bind(field, OnPremisesSynchronization.class,
                        content.onPremisesSynchronization::add);
                default -> throw new IllegalStateException("no collection reader for " + resource);
            }
        }

        private void singleton(GraphResource resource, String key, String field) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            ObjectNode node = mapper.readTree(parser);
            JsonNode error = node.get("error");
            // as for collections: an error record stays one when it carries @odata.context or the like
            if (error != null && error.isObject()) {
                content.states.put(key, ResourceState.failed(errorOf(error, field, start)));
                return;
            }
            JsonNode entity = node;
            JsonNode value = node.get("value");
            if (value != null && value.isArray()) {
                if (value.size() != 1) {
                    throw new InvalidInputException(source, start.getLineNr(), start.getColumnNr(), field + ".value",
                            "expected exactly one entity, found " + value.size());
                }
                entity = value.get(0);
            }
            try {
                switch (resource) {
                    case SECURITY_DEFAULTS -> content.securityDefaults = mapper.treeToValue(entity, SecurityDefaults.class);
                    case AUTHORIZATION_POLICY -> content.authorizationPolicy = mapper.treeToValue(entity, AuthorizationPolicy.class);
                    default -> throw new IllegalStateException("no singleton reader for " + resource);
                }
            } catch (JsonProcessingException e) {
                InvalidInputException mapped = fromJackson(e, source, field);
                throw new InvalidInputException(source, start.getLineNr(), start.getColumnNr(), mapped.field(),
                        mapped.problem());
            }
            content.states.put(key, ResourceState.PRESENT);
        }

        private <T> void bind(String field, Class<T> type, Consumer<T> sink) throws IOException {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String at = field + "[" + index + "]";
                expect(parser.currentToken(), JsonToken.START_OBJECT, at, "an object");
                try {
                    sink.accept(mapper.readValue(parser, type));
                } catch (JsonProcessingException e) {
                    throw fromJackson(e, source, at);
                }
                index++;
            }
        }

        /** Streams an array of objects, handing each to {@code entity} positioned on its START_OBJECT. */
        private void streamEntities(String field, EntityReader entity) throws IOException {
            entityArray = field;
            entityIndex = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser.currentToken(), JsonToken.START_OBJECT, "", "an object");
                entity.read();
                entityIndex++;
            }
            entityIndex = -1;
        }

        /** The full path of a field of the entity being streamed (or the field itself outside one). */
        private String path(String leaf) {
            if (entityIndex < 0) {
                return leaf;
            }
            return entityArray + "[" + entityIndex + "]" + (leaf.isEmpty() ? "" : "." + leaf);
        }

        private void user() throws IOException {
            long start = copyNames ? -1 : parser.currentTokenLocation().getByteOffset();
            accounts.begin();
            boolean idSeen = false;
            Boolean enabled = null;
            String userType = null;
            boolean named = false;
            boolean external = false;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "id" -> idSeen = id(token);
                    case "accountEnabled" -> enabled = bool(token, "accountEnabled");
                    case "userType" -> userType = userType(token);
                    case "displayName" -> named |= name(token, "displayName", 0);
                    case "userPrincipalName" -> {
                        external |= token == JsonToken.VALUE_STRING && ExternalSignIn.externalPrincipalName(
                                parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                        named |= name(token, "userPrincipalName", 1);
                    }
                    case "creationType" -> external |= ExternalSignIn.invited(optionalText(token, "creationType"));
                    case "externalUserState" -> external |= optionalText(token, "externalUserState") != null;
                    case "identities" -> external |= federatedIdentity(token);
                    default -> parser.skipChildren();
                }
            }
            if (!idSeen) {
                throw error("", "missing \"id\"");
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
            // the users collection's names win over a registration record's
            addAccount(flags, named ? AccountBatch.Naming.REPLACE : AccountBatch.Naming.NONE, start);
        }

        /** Whether an {@code identities} array (or null) holds a federated sign-in. */
        private boolean federatedIdentity(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return false;
            }
            expect(token, JsonToken.START_ARRAY, "identities", "an array of objectIdentity objects");
            boolean federated = false;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser.currentToken(), JsonToken.START_OBJECT, "identities", "an objectIdentity object");
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    JsonToken value = parser.nextToken();
                    if ("signInType".equals(name)) {
                        federated |= ExternalSignIn.federated(optionalText(value, "identities.signInType"));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            return federated;
        }

        private void registration() throws IOException {
            long start = copyNames ? -1 : parser.currentTokenLocation().getByteOffset();
            accounts.begin();
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
                    case "isMfaRegistered" -> mfa = Boolean.TRUE.equals(bool(token, "isMfaRegistered"));
                    case "isSsprEnabled" -> sspr = Boolean.TRUE.equals(bool(token, "isSsprEnabled"));
                    case "userDisplayName" -> named |= name(token, "userDisplayName", 0);
                    case "userPrincipalName" -> named |= name(token, "userPrincipalName", 1);
                    default -> parser.skipChildren();
                }
            }
            if (!idSeen) {
                throw error("", "missing \"id\"");
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
            addAccount(flags, named ? AccountBatch.Naming.IF_UNNAMED : AccountBatch.Naming.NONE, start);
        }

        private void addAccount(int flags, AccountBatch.Naming naming, long entityStart) {
            accounts.add(flags, naming, entityStart);
            if (accounts.full()) {
                content.directory.add(accounts);
            }
        }

        private void groupMember(BitSet members) throws IOException {
            // the id stays a String until the type is known: devices and nested groups get no directory index
            String id = null;
            String type = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "id" -> id = text(token, "id");
                    case "@odata.type" -> type = optionalText(token, "@odata.type");
                    default -> parser.skipChildren();
                }
            }
            if (id == null) {
                throw error("", "missing \"id\"");
            }
            if (type == null || type.endsWith(".user")) {
                members.set(content.directory.intern(id));
            }
        }

        /** The account's id, from the parser's buffer without a String; true once read. */
        private boolean id(JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                throw error("id", "expected a string, found " + describe(token));
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
            return optionalText(token, "userType");
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
                throw error(field, "expected a string, found " + describe(token));
            }
            if (copyNames) {
                accounts.name(part, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            }
            return true;
        }

        private ResourceError resourceError(JsonToken token, String field) throws IOException {
            expect(token, JsonToken.START_OBJECT, field, "an object with status, code and message");
            JsonLocation start = parser.currentTokenLocation();
            JsonNode node = mapper.readTree(parser);
            return errorOf(node, field, start);
        }

        private ResourceError errorOf(JsonNode node, String field, JsonLocation at) {
            JsonNode status = node.get("status");
            if (status == null || !status.canConvertToInt()) {
                throw new InvalidInputException(source, at.getLineNr(), at.getColumnNr(), field + ".status",
                        "expected the HTTP status as a number");
            }
            return new ResourceError(status.intValue(), textOf(node.get("code")), textOf(node.get("message")));
        }

        private String textOf(JsonNode node) {
            return node == null || node.isNull() ? null : node.asText();
        }

        private void expect(JsonToken actual, JsonToken expected, String field, String what) {
            if (actual != expected) {
                throw error(field, "expected " + what + ", found " + describe(actual));
            }
        }

        private String text(JsonToken token, String field) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                throw error(field, "expected a string, found " + describe(token));
            }
            return parser.getText();
        }

        private String optionalText(JsonToken token, String field) throws IOException {
            return token == JsonToken.VALUE_NULL ? null : text(token, field);
        }

        private Boolean bool(JsonToken token, String field) {
            return switch (token) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw error(field, "expected true, false or null, found " + describe(token));
            };
        }

        private InvalidInputException error(String field, String problem) {
            JsonLocation location = parser.currentTokenLocation();
            return new InvalidInputException(source, location.getLineNr(), location.getColumnNr(),
                    field == null ? null : path(field), problem);
        }

        private String describe(JsonToken token) {
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> {
                    try {
                        yield "the string \"" + abbreviate(parser.getText()) + "\"";
                    } catch (IOException e) {
                        yield "a string";
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.toString();
            };
        }
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

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    @FunctionalInterface
    private interface EntityReader {
        void read() throws IOException;
    }

}
