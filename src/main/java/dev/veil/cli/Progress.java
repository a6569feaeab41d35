package dev.veil.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: files done, percent, files per second and time left.
 * Silent when disabled (output is not a terminal), so logs and pipes stay clean. Shows counts
 * and rates only, never a file's content.
 */
final class Progress {
    private static final int WIDTH = 24;
    private final int total;
    private final PrintWriter err;
    private final boolean enabled;
    private final long startNanos;
    private int done;

    Progress(int total, PrintWriter err, boolean enabled) {
        this.total = total;
        this.err = err;
        this.enabled = enabled && total > 1;
        this.startNanos = System.nanoTime();
    }

    /** A progress bar that draws only when stderr is a terminal. */
    static Progress onTerminal(int total, PrintWriter err) {
        return new Progress(total, err, System.console() != null);
    }

    void step() {
        done++;
        if (enabled) {
            err.print("\r" + line((System.nanoTime() - startNanos) / 1e9));
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }

    String line(double elapsedSeconds) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        String eta = rate > 0 ? String.format(Locale.ROOT, "%.0fs left", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "[%s%s] %d/%d files %3d%% %.1f files/s %s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, total == 0 ? 100 : done * 100 / total, rate, eta).stripTrailing();
    }
}
