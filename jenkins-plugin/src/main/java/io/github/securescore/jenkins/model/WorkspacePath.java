package io.github.securescore.jenkins.model;

import java.util.regex.Pattern;

/**
 * A file the step reads from the workspace. The files are copied to the controller, where the
 * engine runs, so a path must stay inside the workspace: no absolute paths, no '..' segments.
 */
public final class WorkspacePath {

    private static final Pattern SEGMENTS = Pattern.compile("[/\\\\]");

    private WorkspacePath() {
    }

    /** @throws IllegalArgumentException naming the parameter and what was expected */
    public static String require(String parameter, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(parameter + " is empty: expected a file path relative to the workspace");
        }
        String trimmed = path.trim();
        boolean absolute = trimmed.startsWith("/") || trimmed.startsWith("\\") || trimmed.matches("^[A-Za-z]:.*");
        if (absolute) {
            throw new IllegalArgumentException(parameter + " '" + trimmed
                    + "' is absolute: expected a path relative to the workspace");
        }
        for (String segment : SEGMENTS.split(trimmed)) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException(parameter + " '" + trimmed
                        + "' leaves the workspace: expected a path inside it, without '..'");
            }
        }
        return trimmed;
    }
}
