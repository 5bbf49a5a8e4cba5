package nl.schoolsupport.poortwachter.merge.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error for large inputs: a bar redrawn in place on a terminal, a line per 10% otherwise
 * (logs stay readable). Reading the files is the first half, matching and writing the second.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final boolean terminal;
    private int shown = -1;

    Progress(PrintStream err, boolean enabled, boolean terminal) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    void update(double fraction, String phase) {
        if (!enabled) {
            return;
        }
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        int step = terminal ? percent : percent / 10 * 10;
        if (step <= shown) {
            return;
        }
        shown = step;
        if (terminal) {
            int filled = step * WIDTH / 100;
            err.print(String.format(Locale.ROOT, "\rmerge-preview [%s%s] %3d%% %-10s", "#".repeat(filled),
                    "-".repeat(WIDTH - filled), step, phase));
        } else {
            err.println(String.format(Locale.ROOT, "merge-preview: %3d%% (%s)", step, phase));
        }
        err.flush();
    }

    void done() {
        if (enabled && terminal && shown >= 0) {
            err.println();
        }
    }
}
