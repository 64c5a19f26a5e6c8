package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What `check` does with the files it is pointed at (docs/design.md "What an error leaves behind"):
 * inputs that are not regular files are refused before any work, a file that is no history is
 * never appended to, links are written through, modes are kept, long names work.
 */
class FilesLeftAloneTest {

    private static final Path EXAMPLE = Path.of("../examples/tenants/contoso-small-business/snapshot.json");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stderr;
    private PrintStream stdout;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path snapshot() throws IOException {
        Path copy = dir.resolve("snapshot.json");
        if (!Files.exists(copy)) {
            Files.copy(EXAMPLE, copy);
        }
        return copy;
    }

    @Test
    void aFileThatIsNoHistoryIsRefusedAndLeftUntouched() throws IOException {
        Path notAHistory = dir.resolve("other.json");
        Files.copy(EXAMPLE, notAHistory);
        byte[] before = Files.readAllBytes(notAHistory);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", notAHistory.toString());

        assertEquals(ExitCode.BAD_INPUT, exit, stderr());
        assertTrue(stderr().contains("is not a run history"), stderr());
        assertTrue(stderr().contains("line 1"), stderr());
        assertArrayEquals(before, Files.readAllBytes(notAHistory));
    }

    @Test
    void aHistoryWithADamagedLineAfterAGoodOneStillGrows() throws IOException {
        Path history = dir.resolve("history.jsonl");
        assertEquals(0, IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString()), stderr());
        Files.writeString(history, "{not json\n", java.nio.file.StandardOpenOption.APPEND);

        assertEquals(0, IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString()), stderr());

        assertEquals(3, Files.readAllLines(history).size());
        assertTrue(stderr().contains("line 2: skipped"), stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--policy", "--history", "--snapshot"})
    void aDeviceIsRefusedBeforeAnyWork(String option) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("check"));
        if (!option.equals("--snapshot")) {
            args.addAll(List.of("--snapshot", snapshot().toString()));
        }
        args.addAll(List.of(option, "/dev/zero"));

        int exit = IdentitySecureScoreCommand.execute(args.toArray(String[]::new));

        assertEquals(ExitCode.BAD_INPUT, exit, stderr());
        assertTrue(stderr().contains("/dev/zero") && stderr().contains("character device"), stderr());
    }

    @Test
    void aFifoWithNoWriterIsRefusedInsteadOfWaitedFor() throws Exception {
        Path fifo = dir.resolve("policy.yml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--policy", fifo.toString());

        assertEquals(ExitCode.BAD_INPUT, exit, stderr());
        assertTrue(stderr().contains("a FIFO"), stderr());
    }

    @Test
    void aSymlinkedHistoryIsAppendedThroughTheLinkWithOneLockFile() throws IOException {
        Path real = Files.createDirectories(dir.resolve("shared")).resolve("history.jsonl");
        Path link = Files.createSymbolicLink(dir.resolve("history.jsonl"), real);

        for (int i = 0; i < 2; i++) {
            assertEquals(0, IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                    "--history", link.toString()), stderr());
        }

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(2, Files.readAllLines(real).size());
        assertTrue(Files.exists(real.resolveSibling("history.jsonl.lock")));
        assertTrue(Files.notExists(dir.resolve("history.jsonl.lock")));
    }

    @Test
    void anAppendKeepsTheHistorysModeAndANewHistoryIsNotPrivate() throws IOException {
        Path history = dir.resolve("history.jsonl");
        assertEquals(0, IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString()), stderr());
        // created without explicit permissions, the umask decides; it is never forced to 0600
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(history));

        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString()), stderr());

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void longButLegalNamesWork() throws IOException {
        Path history = dir.resolve("h".repeat(240) + ".jsonl");
        Path reports = dir.resolve("r".repeat(245));

        int exit = IdentitySecureScoreCommand.execute("check", "--snapshot", snapshot().toString(),
                "--history", history.toString(), "--report-dir", reports.toString(), "--format", "html,json");

        assertEquals(0, exit, stderr());
        assertEquals(1, Files.readAllLines(history).size());
        assertTrue(Files.exists(reports.resolve("identity-secure-score.html")));
    }
}
