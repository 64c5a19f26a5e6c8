package io.github.securescore.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is appending to a history, several times, and checks that no entry was ever damaged. */
class HistoryCrashTest {

    @TempDir
    Path dir;

    @Test
    void killingAJvmMidAppendNeverDamagesTheHistory() throws Exception {
        Path history = dir.resolve("history.jsonl");
        // a 10 MB history to start with: each append copies it, so most of an append's time is spent
        // with its temp file open, and a kill at a random moment most likely lands inside one
        List<RunRecord> start = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            start.add(Runs.run("crash-tenant", 1 + i % 28, AppendLoop.bigControls()));
        }
        new HistoryFile(history).writeAll(start);
        int before = start.size();
        int killedMidAppend = 0;
        // at least three kills; more (up to twelve) until one has landed in the middle of an append
        for (int round = 0; round < 12 && (round < 3 || killedMidAppend == 0); round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    AppendLoop.class.getName(), history.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertEquals("appending", line, "the child JVM did not start appending");
                // let it run through some appends, then kill it wherever it is (SIGKILL: no shutdown hooks)
                Thread.sleep(300 + round * 150L);
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            try (var files = Files.list(dir)) {
                // a temp file left behind means the kill hit between creating it and the rename
                killedMidAppend += files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")) ? 1 : 0;
            }
            RunHistory read = new HistoryFile(history).read();
            assertEquals(List.of(), read.warnings(), "a kill left a damaged line");
            assertTrue(read.runs().size() > before, "round " + round + " appended nothing");
            List<String> lines = Files.readAllLines(history);
            assertEquals(read.runs().size(), lines.size());
            assertTrue(read.runs().stream().allMatch(r -> r.controls().size() == 400));
            before = read.runs().size();
        }
        System.out.println("HistoryCrashTest: kills in the middle of an append: " + killedMidAppend);
        assertTrue(killedMidAppend > 0, "no kill landed in the middle of an append; the test proved nothing");
    }
}
