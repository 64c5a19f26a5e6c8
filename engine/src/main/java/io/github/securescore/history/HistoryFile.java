package io.github.securescore.history;

import io.github.securescore.FileReplacement;
import io.github.securescore.InputFile;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A run history on disk: JSON Lines, one {@link RunRecord} per line, oldest first.
 *
 * <p>Appending never touches the file in place: the existing bytes and the new line go to a temp
 * file beside it, which is forced to disk and then atomically renamed over the history. A crash
 * or a kill at any moment leaves either the old file or the new one, never a half line. A lock
 * file serialises concurrent appends (two builds of one job). A line damaged some other way (an
 * editor, a copy cut short) is skipped with a warning naming its line; the rest is kept.
 */
public final class HistoryFile {

    private final Path file;
    private int entries;   // non-blank lines seen by the read in progress

    public HistoryFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Reads every intact line; a missing file is an empty history. */
    public RunHistory read() {
        if (!Files.exists(file)) {
            return RunHistory.EMPTY;
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), 0, 0, null,
                    "is " + InputFile.kind(file) + "; expected a history file (JSON Lines)");
        }
        List<RunRecord> runs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        entries = 0;
        // lines are cut from the bytes and parsed in place: no String per line, no second decoding pass
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[1 << 12];
            int length = 0;
            int number = 0;
            int read;
            while ((read = in.read(chunk)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        number++;
                        parseLine(line, length, number, runs, warnings);
                        length = 0;
                    } else {
                        if (length == line.length) {
                            line = java.util.Arrays.copyOf(line, line.length * 2);
                        }
                        line[length++] = b;
                    }
                }
            }
            if (length > 0) {
                parseLine(line, length, number + 1, runs, warnings);
            }
        } catch (NoSuchFileException e) {
            return RunHistory.EMPTY;
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
        }
        return new RunHistory(runs, warnings);
    }

    /**
     * A file whose first entry is not a run record is no history (a snapshot, a README named by
     * mistake): it is refused, so that nothing is ever appended to it. Damaged lines after a good
     * first one are skipped as before.
     */
    private void refuseUnlessHistory(int number, Exception cause) {
        throw new InvalidInputException(file.toString(), number, 1, null,
                "is not a run history: its first entry is not a run record; expected JSON Lines written by"
                        + " identity-secure-score (a new history starts as a missing or empty file)");
    }

    private void parseLine(byte[] line, int length, int number, List<RunRecord> runs, List<String> warnings) {
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        boolean blank = true;
        for (int i = 0; i < end && blank; i++) {
            blank = line[i] == ' ' || line[i] == '\t';
        }
        if (blank) {
            return;
        }
        try {
            runs.add(RunRecordCodec.read(line, 0, end));
            entries++;
        } catch (IOException | IllegalArgumentException e) {
            if (entries == 0 && !RunRecordCodec.looksLikeRunRecord(line, 0, end)) {
                refuseUnlessHistory(number, e);
            }
            entries++;
            warnings.add(file + " line " + number + ": skipped, not a valid history entry (" + reason(e) + ")");
        }
    }

    /** One line of JSON, no line breaks (JSON escapes any inside strings). */
    static String format(RunRecord run) {
        return RunRecordCodec.format(run);
    }

    /**
     * Appends {@code run} atomically: the history afterwards is the old content plus one whole line,
     * or (after a crash) exactly the old content.
     */
    public void append(RunRecord run) {
        append(List.of(run));
    }

    /**
     * Appends {@code lines} in one atomic replacement (a first run's backfilled days and the run itself):
     * afterwards the history holds all of them, or (after a crash) none.
     */
    public void append(List<RunRecord> lines) {
        StringBuilder text = new StringBuilder();
        for (RunRecord run : lines) {
            text.append(format(run)).append('\n');
        }
        byte[] line = text.toString().getBytes(StandardCharsets.UTF_8);
        // a symlinked history is appended to where it leads; the link stays, one lock beside the real file
        Path file = FileReplacement.resolve(this.file);
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
            Path lockFile = dir.resolve(file.getFileName() + ".lock");
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockChannel.lock()) {
                removeStaleTempFiles(file);
                Path temp = FileReplacement.tempBeside(file);
                try {
                    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        if (Files.exists(file)) {
                            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                                long size = in.size();
                                long copied = 0;
                                while (copied < size) {
                                    copied += in.transferTo(copied, size - copied, out);
                                }
                                if (size > 0 && !endsWithNewline(in, size)) {
                                    // an earlier writer's damaged last line stays a line of its own
                                    out.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
                                }
                            }
                        }
                        out.write(java.nio.ByteBuffer.wrap(line));
                        out.force(true);
                    }
                    FileReplacement.replace(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "cannot append to the history: " + e);
        }
    }

    /** Temp files of appends that were killed; under the lock no other append is running. */
    private static void removeStaleTempFiles(Path file) throws IOException {
        String prefix = FileReplacement.tempPrefix(file);
        try (var stale = Files.newDirectoryStream(file.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean endsWithNewline(FileChannel in, long size) throws IOException {
        java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
        in.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** Writes a whole history at once (tests and the series example), atomically. */
    public void writeAll(List<RunRecord> runs) {
        Path file = FileReplacement.resolve(this.file);
        try {
            Path temp = FileReplacement.tempBeside(file);
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    for (RunRecord run : runs) {
                        out.write((format(run) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                FileReplacement.replace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "cannot write the history: " + e);
        }
    }

    private static String reason(Exception e) {
        return RunRecordCodec.reason(e);
    }
}
