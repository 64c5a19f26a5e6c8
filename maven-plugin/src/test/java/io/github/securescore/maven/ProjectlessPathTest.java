package io.github.securescore.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a POM, Maven leaves ${project.basedir} in the default paths; they go under the start directory. */
class ProjectlessPathTest {

    /** What Maven injects for the default outputDirectory when there is no POM. */
    static final File POMLESS_DEFAULT = new File("${project.basedir}/target/identity-secure-score");

    @TempDir
    Path temp;

    @Test
    void anUninterpolatedBaseDirectoryBecomesTheStartDirectory() {
        assertEquals(new File("/work/app", "target/identity-secure-score"),
                ProjectlessPath.resolve(POMLESS_DEFAULT, "/work/app"));
        assertEquals(new File(".", "target/identity-secure-score"), ProjectlessPath.resolve(POMLESS_DEFAULT, null));
    }

    @Test
    void aResolvedPathIsKept() {
        File configured = new File("/builds/app/target/identity-secure-score");

        assertEquals(configured, ProjectlessPath.resolve(configured, "/elsewhere"));
        assertEquals(null, ProjectlessPath.resolve(null, "/elsewhere"));
    }

    @Test
    void thePomlessCheckWritesItsReportsIntoTargetOfTheStartDirectory() throws Exception {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new RecordingLog());
        mojo.snapshot = CheckMojoTest.SNAPSHOT.toFile();
        mojo.outputDirectory = POMLESS_DEFAULT;
        mojo.executionRoot = temp.toString();
        mojo.formats = "markdown";
        mojo.clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
        mojo.environment = Map.<String, String>of()::get;

        mojo.execute();

        assertTrue(Files.exists(temp.resolve("target/identity-secure-score/identity-secure-score.md")));
        assertFalse(Files.exists(Path.of("${project.basedir}")), "no folder named after the expression");
    }
}
