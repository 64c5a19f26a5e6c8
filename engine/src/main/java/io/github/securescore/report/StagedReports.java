package io.github.securescore.report;

import io.github.securescore.FileReplacement;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports written in full beside their targets, not yet in place: a check stages them, appends the
 * run to the history, and only then publishes them with one rename each. So a report directory that
 * cannot be written fails the check before the history changes, and an unfinished check leaves the
 * old reports as they were. {@link #close()} discards whatever was not published.
 */
public final class StagedReports implements AutoCloseable {

    /** Nothing to publish (no report directory or no file format asked for). */
    public static StagedReports none() {
        return new StagedReports(new LinkedHashMap<>(), List.of(), List.of());
    }

    /** Target → its staged temp file, in publishing order; the asset files (style sheet) come last. */
    private final Map<Path, Path> staged;
    private final List<Path> reports;
    /** Directories the staging created, deepest first: removed again if nothing is published. */
    private final List<Path> createdDirectories;
    private boolean published;

    private StagedReports(Map<Path, Path> staged, List<Path> reports, List<Path> createdDirectories) {
        this.staged = staged;
        this.reports = List.copyOf(reports);
        this.createdDirectories = createdDirectories;
    }

    /**
     * Writes every file to a temp file beside its target. Rendering happened before, so nothing can
     * fail here but the file system; on such a failure nothing is left behind and the error names the file.
     *
     * @param files   target → content, in order
     * @param reports which of the targets are reports (the rest are assets such as the style sheet)
     */
    static StagedReports stage(Path directory, Map<Path, String> files, List<Path> reports) {
        List<Path> created = missingDirectories(directory);
        StagedReports stagedReports = new StagedReports(new LinkedHashMap<>(), reports, created);
        Path current = directory;
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                current = file.getKey();
                // a target that is a directory, a device or a link to one is refused before anything is written
                Path target = FileReplacement.resolve(current);
                Path temp = FileReplacement.tempBeside(target);
                stagedReports.staged.put(target, temp);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            return stagedReports;
        } catch (IOException | RuntimeException e) {
            stagedReports.close();
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(current.toString(), 0, 0, null, "cannot be written: " + e);
        }
    }

    /** Moves every staged file into place; returns the reports (not the assets). */
    public List<Path> publish() {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            try {
                FileReplacement.replace(file.getValue(), file.getKey());
                done.add(file.getKey());
            } catch (IOException e) {
                // a rename in the directory just written to: only a file system failing under us gets here
                throw new InvalidInputException(file.getKey().toString(), 0, 0, null,
                        "cannot be moved into place (the run is in the history already; published before it: "
                                + done + "): " + e);
            }
        }
        published = true;
        return reports;
    }

    /** The reports' paths, in order (published or not). */
    public List<Path> reports() {
        return reports;
    }

    @Override
    public void close() {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temp file left behind is named for its target (.iss-…) and harmless
            }
        }
        if (!published) {
            for (Path directory : createdDirectories) {
                try {
                    Files.deleteIfExists(directory);
                } catch (IOException e) {
                    // not empty (someone else wrote there meanwhile) or gone: leave it
                }
            }
        }
    }

    /** The directory and its ancestors that do not exist yet, deepest first. */
    private static List<Path> missingDirectories(Path directory) {
        List<Path> missing = new ArrayList<>();
        for (Path p = directory.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        return missing;
    }
}
