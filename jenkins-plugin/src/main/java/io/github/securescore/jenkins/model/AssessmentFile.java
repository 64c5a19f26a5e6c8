package io.github.securescore.jenkins.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes and reads a build's {@link AssessmentDetail} as JSON in the build directory, the way
 * coverage-plugin keeps its tree in {@code <id>.xml}: JSON rather than XStream because the engine's
 * types are records (XStream cannot restore records, and JEP-200 would refuse engine classes).
 *
 * <p>UNFINISHED: needs engine API {@code io.github.securescore.report.JsonReport#read(Path)} (a
 * versioned reader for the engine's own JSON report). Until the engine owns a versioned format,
 * this file mirrors the engine's record shapes, so a file written by an older engine may no
 * longer load after an upgrade; callers treat that as "details unavailable", never as a failure.
 */
public final class AssessmentFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    public AssessmentFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Writes to a temporary file first, then moves it in place, so a reader never sees half a file. */
    public void write(AssessmentDetail detail) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                MAPPER.writeValue(temporary.toFile(), detail);
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @throws UncheckedIOException when the file is missing or no longer matches the engine's types */
    public AssessmentDetail read() {
        try {
            return MAPPER.readValue(file.toFile(), AssessmentDetail.class);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("could not read " + file,
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }
}
