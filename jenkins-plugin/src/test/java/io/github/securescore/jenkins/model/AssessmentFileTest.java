package io.github.securescore.jenkins.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.check.CheckResult;
import io.github.securescore.gate.Criticality;
import io.github.securescore.gate.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentFileTest {

    @TempDir
    Path directory;

    @Test
    void readsBackTheSameAssessmentAndVerdict() throws IOException {
        CheckResult result = Fixtures.check(List.of(Gate.control("MFARegistrationV2", 100, Criticality.UNSTABLE)));
        AssessmentDetail written = new AssessmentDetail(result.assessment(), result.verdict());
        AssessmentFile file = new AssessmentFile(directory.resolve("builds/7/identity-secure-score/tenant-a.json"));

        file.write(written);
        AssessmentDetail read = file.read();

        assertEquals(written, read);
        assertEquals(result.assessment().percent(), read.assessment().percent(), 1e-9);
        assertEquals(result.assessment().openActions(), read.assessment().openActions());
        try (Stream<Path> files = Files.list(file.path().getParent())) {
            assertEquals(List.of(file.path()), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void keepsTenantStringsAsTheyAre() {
        CheckResult result = Fixtures.check(List.of());
        AssessmentFile file = new AssessmentFile(directory.resolve("detail.json"));

        file.write(new AssessmentDetail(result.assessment(), result.verdict()));

        // escaping belongs to the views; the stored detail keeps the tenant's text unchanged
        assertEquals(result.assessment(), file.read().assessment());
    }

    @Test
    void reportsAnUnreadableFileInsteadOfReturningGarbage() throws IOException {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\"assessment\": {\"controls\": 12}}");

        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> new AssessmentFile(broken).read());

        assertTrue(error.getMessage().contains("broken.json"), error.getMessage());
        assertThrows(UncheckedIOException.class, () -> new AssessmentFile(directory.resolve("missing.json")).read());
    }
}
