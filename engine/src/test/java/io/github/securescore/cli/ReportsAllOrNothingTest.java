package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check whose reports cannot all be written changes nothing: the history keeps its bytes, every
 * old report keeps its bytes, and no staged file is left behind (docs/design.md "What an error leaves behind").
 */
class ReportsAllOrNothingTest {

    private static final Path EXAMPLE = Path.of("../examples/tenants/contoso-small-business/snapshot.json");
    private static final String FORMATS = "html,json,junit,markdown";

    @TempDir
    Path dir;

    Path history;
    Path reports;

    @BeforeEach
    void firstRun() throws IOException {
        history = dir.resolve("history.jsonl");
        reports = dir.resolve("reports");
        CliRun first = check(reports);
        assertEquals(0, first.exit(), first.printed());
    }

    CliRun check(Path reportDir) {
        return CliRun.of("check", "--snapshot", EXAMPLE.toString(), "--history", history.toString(),
                "--report-dir", reportDir.toString(), "--format", FORMATS, "--build-label", "b");
    }

    /** Every file under the directory with its bytes. */
    Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    void assertUnchanged(Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet(), "files were added or removed (staged files left behind?)");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " changed");
        }
    }

    @Test
    void aReportThatIsADirectoryFailsTheCheckBeforeTheHistoryGrows() throws IOException {
        // the Markdown summary's path is taken by a directory: the other three reports could be written
        Files.delete(reports.resolve("identity-secure-score.md"));
        Files.createDirectory(reports.resolve("identity-secure-score.md"));
        Map<String, byte[]> before = contents(dir);

        CliRun run = check(reports);

        assertEquals(2, run.exit(), run.printed());
        assertTrue(run.err().contains("identity-secure-score.md"), run.err());
        assertUnchanged(before);
    }

    @Test
    void aReportDirectoryThatIsAFileFailsTheCheckBeforeTheHistoryGrows() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x\n");
        Map<String, byte[]> before = contents(dir);

        CliRun run = check(file);

        assertEquals(2, run.exit(), run.printed());
        assertUnchanged(before);
    }

    @Test
    void aReportDirectoryUnderAFileLeavesNoDirectoryBehind() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x\n");
        Map<String, byte[]> before = contents(dir);

        CliRun run = check(file.resolve("reports"));

        assertEquals(2, run.exit(), run.printed());
        assertUnchanged(before);
    }

    @Test
    void aReadOnlyReportDirectoryFailsTheCheckBeforeTheHistoryGrows() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only directories");
        Map<String, byte[]> before = contents(dir);
        Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = check(reports);
            assertEquals(2, run.exit(), run.printed());
        } finally {
            Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertUnchanged(before);
    }

    @Test
    void aSecondRunReplacesEveryReportAndLeavesNoStagedFile() throws IOException {
        Map<String, byte[]> before = contents(reports);

        CliRun run = check(reports);

        assertEquals(0, run.exit(), run.printed());
        Map<String, byte[]> after = contents(reports);
        assertEquals(before.keySet(), after.keySet());
        assertFalse(java.util.Arrays.equals(before.get("identity-secure-score.json"),
                after.get("identity-secure-score.json")), "the JSON report names the second run");
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".iss-")).toList());
        }
        assertEquals(2, Files.readAllLines(history).size());
    }
}
