package io.github.securescore;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Puts a fully written temp file in place of its target, so readers see the old file or the new
 * one, never half of either (snapshots, history, reports). A target that is a symbolic link is
 * written through: its final target is replaced and the link stays. The temp file gets the
 * target's permissions, or the umask's for a new file, and a short name, so a long but legal
 * target name still works.
 */
public final class FileReplacement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FileReplacement() {
    }

    /**
     * The file a write to {@code target} replaces: itself, or the file its symbolic links lead to.
     * Anything but a regular file (a directory, a device, a FIFO, a socket) is refused before any work.
     */
    public static Path resolve(Path target) {
        Path file = target.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(file); hops++) {
                if (hops == 40) {
                    throw new InvalidInputException(target.toString(), 0, 0, null, "has too many levels of symbolic links");
                }
                file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
            }
        } catch (IOException e) {
            throw new InvalidInputException(target.toString(), 0, 0, null, "cannot be resolved: " + e.getMessage());
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(target.toString(), 0, 0, null,
                    "is " + InputFile.kind(file) + "; expected a regular file to write");
        }
        return file;
    }

    /**
     * A new empty file beside {@code target} (already {@linkplain #resolve resolved}) to write into:
     * created without explicit permissions, so the umask decides, then given the target's own
     * permissions when the target exists. Its name is short and marks whose temp file it is
     * ({@link #tempPrefix}).
     */
    public static Path tempBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            Path temp = dir.resolve(tempPrefix(target) + Long.toString(RANDOM.nextLong() & 0xffffffL, 36) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            keepPermissions(target, temp);
            return temp;
        }
    }

    /** The start of every temp file name for {@code target}: the same for one target, short whatever its name. */
    public static String tempPrefix(Path target) {
        return ".iss-" + Integer.toHexString(target.getFileName().toString().hashCode()).toLowerCase(Locale.ROOT) + "-";
    }

    /** Renames {@code temp} over {@code target}: atomically where the file system can, else a plain replace. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.exists(target)) {
            return;
        }
        to.setPermissions(from.readAttributes().permissions());
    }
}
