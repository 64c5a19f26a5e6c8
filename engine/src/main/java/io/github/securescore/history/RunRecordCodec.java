package io.github.securescore.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.securescore.InvalidInputException;
import io.github.securescore.UntrustedText;
import java.io.IOException;

/**
 * The one JSON mapping of a {@link RunRecord}: the history file's lines, and the same line kept
 * by a front end on its own (the Jenkins plugin stores it as a string in {@code build.xml}, which
 * may only hold JDK types). One codec, so a build's summary and a history line cannot drift apart.
 */
public final class RunRecordCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // two entries run together on one line are damage, not the first entry
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectReader READER = JSON.readerFor(RunRecord.class);

    private RunRecordCodec() {
    }

    /**
     * One line of JSON, no line breaks (JSON escapes any inside strings); DEL, C1 and bidi controls,
     * which JSON leaves raw, become JSON escapes too, so a history shown in a terminal or CI log is inert.
     */
    public static String format(RunRecord run) {
        try {
            return UntrustedText.line(JSON.writeValueAsString(run));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a history entry", e);
        }
    }

    /**
     * Reads one line written by {@link #format}.
     *
     * @param source names where the line came from in the message (e.g. a build's {@code build.xml})
     * @throws InvalidInputException naming {@code source} and why the line is not a run record
     *                               (damaged, missing essentials, or written by a newer version)
     */
    public static RunRecord parse(String line, String source) {
        if (line == null || line.isBlank()) {
            throw new InvalidInputException(source, 0, 0, null, "is empty; expected a run record (one JSON line)");
        }
        try {
            return check(READER.readValue(line));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(source, 0, 0, null, "is not a valid run record (" + reason(e) + ")");
        }
    }

    /** The history file's path: parses bytes in place; a failure's message is {@link #reason}. */
    /**
     * Whether a line that did not read as a run record still has a run record's shape: a JSON object
     * with an integer {@code version} and a {@code time} (a newer schema, or a damaged value), as
     * opposed to a line of some other file.
     */
    static boolean looksLikeRunRecord(byte[] line, int offset, int length) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = SHAPE.readTree(line, offset, length);
            return node != null && node.isObject() && node.path("version").isIntegralNumber() && node.has("time");
        } catch (IOException e) {
            return false;
        }
    }

    private static final ObjectMapper SHAPE = new ObjectMapper();

    static RunRecord read(byte[] line, int offset, int length) throws IOException {
        return check(READER.readValue(line, offset, length));
    }

    /** Missing essentials make an entry invalid. */
    private static RunRecord check(RunRecord run) {
        if (run == null) {
            throw new IllegalArgumentException("empty entry");
        }
        if (run.version() < 1) {
            throw new IllegalArgumentException("missing \"version\"");
        }
        if (run.version() > RunRecord.VERSION) {
            throw new IllegalArgumentException("written by a newer version (entry version " + run.version() + ")");
        }
        if (run.time() == null) {
            throw new IllegalArgumentException("missing \"time\"");
        }
        if (run.maxPoints() < 0 || run.points() < 0 || Double.isNaN(run.percent())) {
            throw new IllegalArgumentException("negative or missing points");
        }
        return run;
    }

    /** A one-line cause without Jackson's source excerpt. */
    static String reason(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        message = newline >= 0 ? message.substring(0, newline) : message;
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
