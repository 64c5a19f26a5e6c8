package io.github.securescore.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Keeps what a mojo logged, by level, so a test can read the build log it would have produced. */
final class RecordingLog implements Log {

    final List<String> debug = new ArrayList<>();
    final List<String> info = new ArrayList<>();
    final List<String> warn = new ArrayList<>();
    final List<String> error = new ArrayList<>();

    String all() {
        return String.join("\n", debug) + "\n" + String.join("\n", info) + "\n" + String.join("\n", warn) + "\n"
                + String.join("\n", error);
    }

    private static String text(CharSequence content, Throwable error) {
        return (content == null ? "" : content.toString()) + (error == null ? "" : " " + error);
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { debug.add(text(content, null)); }
    @Override public void debug(CharSequence content, Throwable error) { debug.add(text(content, error)); }
    @Override public void debug(Throwable error) { debug.add(text(null, error)); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { info.add(text(content, null)); }
    @Override public void info(CharSequence content, Throwable error) { info.add(text(content, error)); }
    @Override public void info(Throwable error) { info.add(text(null, error)); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { warn.add(text(content, null)); }
    @Override public void warn(CharSequence content, Throwable error) { warn.add(text(content, error)); }
    @Override public void warn(Throwable error) { warn.add(text(null, error)); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { this.error.add(text(content, null)); }
    @Override public void error(CharSequence content, Throwable error) { this.error.add(text(content, error)); }
    @Override public void error(Throwable error) { this.error.add(text(null, error)); }
}
