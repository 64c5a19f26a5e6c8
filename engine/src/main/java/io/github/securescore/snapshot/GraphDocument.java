package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.InputFile;
import io.github.securescore.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One small JSON document outside a snapshot (a proposed policy, a Terraform plan), read by the
 * snapshot's rules: UTF-8 only, each key once per object, JSON types as Graph documents them.
 * Every problem is an {@link InvalidInputException} naming the file, line and column, or the
 * JSON pointer of a value that was translated before it was bound.
 */
public final class GraphDocument {

    private final ObjectMapper mapper;

    public GraphDocument() {
        this.mapper = SnapshotReader.strictMapper(
                JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /** The file as a tree, after the strict parse. */
    public JsonNode tree(Path file) {
        return parse(file, null);
    }

    /** The file bound to {@code type}, so a wrong type is reported at its line and column. */
    public <T> T bind(Path file, Class<T> type) {
        return parse(file, type);
    }

    /**
     * A tree built by the tool (e.g. translated from a Terraform plan) bound to {@code type};
     * {@code pointer} says where in {@code source} it came from.
     */
    public <T> T bind(JsonNode tree, Class<T> type, String source, String pointer) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            InvalidInputException found = ParserErrors.translate(e, source, pointer);
            return failAt(found, pointer);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, 0, 0, pointer, "expected the shape of " + type.getSimpleName());
        }
    }

    private static <T> T failAt(InvalidInputException found, String pointer) {
        throw new InvalidInputException(found.source(), 0, 0, found.field() == null ? pointer : found.field(),
                found.problem());
    }

    @SuppressWarnings("unchecked")
    private <T> T parse(Path file, Class<T> type) {
        String name = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InvalidInputException(name, 0, 0, null, "is " + InputFile.kind(file) + ", expected a JSON file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            JsonParser jackson = mapper.getFactory().createParser(new Utf8CheckingInputStream(in, name));
            jackson.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
            try (UniqueKeysParser parser = new UniqueKeysParser(jackson, name)) {
                try {
                    Object value = type == null ? mapper.readTree(parser) : mapper.readValue(parser, type);
                    if (parser.nextToken() != null) {
                        throw new InvalidInputException(name, parser.tokenLine(), parser.tokenColumn(), null,
                                "more after the end of the JSON document; expected one document per file");
                    }
                    if (value == null) {
                        throw new InvalidInputException(name, 1, 1, null, "is empty; expected a JSON object");
                    }
                    return (T) value;
                } catch (JsonProcessingException e) {
                    throw ParserErrors.translate(e, name, null, parser);
                }
            }
        } catch (InvalidInputException e) {
            // the snapshot reader's name for the outermost object does not fit a proposal file
            throw "the snapshot object".equals(e.field())
                    ? new InvalidInputException(e.source(), e.line(), e.column(), "the top-level object", e.problem()) : e;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, 0, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, 0, 0, null, "cannot be read: " + e.getMessage());
        }
    }
}
