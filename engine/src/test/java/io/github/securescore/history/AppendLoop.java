package io.github.securescore.history;

import java.nio.file.Path;

/** A child JVM for {@link HistoryCrashTest}: appends runs to a history until it is killed. */
public final class AppendLoop {

    private AppendLoop() {
    }

    public static void main(String[] args) {
        HistoryFile file = new HistoryFile(Path.of(args[0]));
        // built once, so the loop spends its time appending
        RunRecord run = Runs.run("crash-tenant", 1, bigControls());
        for (int i = 1; ; i++) {
            file.append(run);
            if (i == 1) {
                System.out.println("appending");
                System.out.flush();
            }
        }
    }

    /** 400 actions: big entries (about 30 KB) make each append long enough to be killed in the middle of one. */
    static Object[] bigControls() {
        Object[] controls = new Object[4 * 400];
        for (int c = 0; c < 400; c++) {
            controls[4 * c] = "Control" + c;
            controls[4 * c + 1] = c % 7;
            controls[4 * c + 2] = 10;
            controls[4 * c + 3] = io.github.securescore.score.ControlStatus.TO_ADDRESS;
        }
        return controls;
    }
}
