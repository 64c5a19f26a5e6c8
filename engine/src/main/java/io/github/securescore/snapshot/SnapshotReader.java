package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.securescore.InputFile;
import io.github.securescore.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Reads the snapshot format with Jackson streaming: users and registration details go
 * straight into {@link DirectoryUsers} columns, never into a tree, so a million-user snapshot
 * reads in a small heap. The small resources (policies, roles, domains) are bound to records
 * one entity at a time. One reader per kind of content: {@link DocumentReader} (the envelope and
 * each resource's page), {@link AccountReader} (users, registration details),
 * {@link GroupMemberReader}, {@link EntityBinder} (small entities, singletons, error records).
 */
public final class SnapshotReader {

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public SnapshotReader() {
        // Jackson's own duplicate detection for every parser of this factory (reading names back);
        // the snapshot's main parser uses the cheaper UniqueKeysParser instead (see there)
        JsonFactory strict = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        // JSON types exactly as Graph documents them: no value becomes another type on the way
        this.mapper = strictMapper(strict);
        this.factory = mapper.getFactory();
    }

    /** The binding rules of every Graph document the tool reads (snapshots, proposed changes). */
    static ObjectMapper strictMapper(JsonFactory strict) {
        return JsonMapper.builder(strict)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .withCoercionConfig(LogicalType.Boolean, c -> fail(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Integer, c -> fail(c, CoercionInputShape.Float,
                        CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString))
                // an integer literal is a JSON number like any other: 10 for a Double stays allowed
                .withCoercionConfig(LogicalType.Float, c -> fail(c, CoercionInputShape.Boolean,
                        CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Textual, c -> fail(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Collection, c -> fail(c, CoercionInputShape.EmptyString,
                        CoercionInputShape.String, CoercionInputShape.EmptyObject))
                .withCoercionConfig(LogicalType.POJO, c -> fail(c, CoercionInputShape.EmptyString,
                        CoercionInputShape.String, CoercionInputShape.EmptyArray))
                .addModule(new SnapshotNumbers())
                .build();
    }

    private static void fail(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
        config.setAcceptBlankAsEmpty(false);
    }

    /** Reads a snapshot file; every problem is an {@link InvalidInputException} naming the file. */
    public TenantSnapshot read(Path file) {
        String name = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a device or a FIFO with no writer would be read without end
            throw new InvalidInputException(name, 0, 0, null, "is " + InputFile.kind(file) + ", expected a snapshot file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, name, file, DirectoryUsers.withNamesIn(file, factory));
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
        return read(in, source, null, DirectoryUsers.withRecordedNames());
    }

    private TenantSnapshot read(InputStream in, String source, Path file, DirectoryUsers directory) throws IOException {
        SnapshotContent content = new SnapshotContent(directory);
        content.source = source;
        JsonParser jackson = factory.createParser(new Utf8CheckingInputStream(in, source));
        // before the first token, while only the root context exists: no context gets a detector
        jackson.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        try (UniqueKeysParser parser = new UniqueKeysParser(jackson, source)) {
            SnapshotCursor cursor = new SnapshotCursor(parser, source, file);
            try {
                new DocumentReader(cursor, content, new EntityBinder(cursor, mapper)).document();
            } catch (JsonProcessingException e) {
                throw ParserErrors.translate(e, source, null, parser);
            }
        }
        content.secureScores.sort(Comparator.comparing(
                (SecureScore s) -> s.createdDateTime() == null ? "" : s.createdDateTime()).reversed());
        content.tenantSecureScores.sort(Comparator.comparing(
                (TenantSecureScore s) -> java.time.OffsetDateTime.parse(s.createDateTime()).toInstant()).reversed());
        return new TenantSnapshot(content);
    }

}
