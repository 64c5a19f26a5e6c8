package io.github.securescore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one rule for a file a user names as input (snapshot, policy, history): it must be a regular
 * file (symbolic links are followed), checked before any work, so a device, a FIFO with no writer
 * or a directory is refused instead of read without end; small inputs are bounded in size.
 */
public final class InputFile {

    /** Larger than any policy file a team writes by hand, small enough to read at once. */
    public static final long POLICY_LIMIT = 1 << 20;

    private InputFile() {
    }

    /** Refuses {@code file} unless it is missing or a regular file; true when it exists. */
    public static boolean checkRegular(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "is " + kind(file) + "; expected a regular file");
        }
        return true;
    }

    /** Reads a regular file of at most {@code limit} bytes. */
    public static byte[] readBounded(Path file, long limit, String expected) {
        if (!checkRegular(file)) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "no such file");
        }
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new InvalidInputException(file.toString(), 0, 0, null, "is " + size + " bytes; expected "
                        + expected + " of at most " + limit + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** "a directory", "a character device", "a FIFO" … for messages. */
    public static String kind(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return "a directory";
            }
            if (attributes.isOther()) {
                Object type = Files.getAttribute(file, "unix:mode");
                int mode = type instanceof Integer m ? m & 0170000 : 0;
                return switch (mode) {
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0010000 -> "a FIFO";
                    case 0140000 -> "a socket";
                    default -> "not a regular file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file";
        }
        return "not a regular file";
    }
}
