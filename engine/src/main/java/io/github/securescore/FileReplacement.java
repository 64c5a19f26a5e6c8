package io.github.securescore;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a fully written temp file in place of its target, so readers see the old file or the new
 * one, never half of either (snapshots, history, reports).
 */
public final class FileReplacement {

    private FileReplacement() {
    }

    /** Renames {@code temp} over {@code target}: atomically where the file system can, else a plain replace. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
