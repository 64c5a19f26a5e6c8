package io.github.securescore.maven;

import java.io.File;

/**
 * A default path under {@code ${project.build.directory}} when Maven runs without a POM. Maven's
 * stand-in project then has no base directory, leaves {@code ${project.basedir}} uninterpolated,
 * and the reports would land in a folder literally named {@code ${project.basedir}}. Such a path
 * is taken relative to the directory Maven was started in instead: {@code ./target/...}.
 */
final class ProjectlessPath {

    static final String UNRESOLVED_BASEDIR = "${project.basedir}";

    private ProjectlessPath() {
    }

    /** {@code path} itself, or, when it starts with an uninterpolated base directory, the same path under {@code executionRoot}. */
    static File resolve(File path, String executionRoot) {
        if (path == null) {
            return null;
        }
        String text = path.getPath();
        int at = text.indexOf(UNRESOLVED_BASEDIR);
        if (at < 0) {
            return path;
        }
        String rest = text.substring(at + UNRESOLVED_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        File root = new File(executionRoot == null || executionRoot.isBlank() ? "." : executionRoot);
        return new File(root, rest);
    }
}
