package dev.veil.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: items done, percent, items per second and time left
 * (items are files or objects). Silent when disabled (output is not a terminal), so logs and pipes
 * stay clean. Shows counts and rates only, never an item's content. Thread-safe: workers of a
 * parallel command may step it.
 */
final class Progress {
    private static final int WIDTH = 24;
    private final int total;
    private final PrintWriter err;
    private final boolean enabled;
    private final String unit;
    private final long startNanos;
    private int done;

    Progress(int total, PrintWriter err, boolean enabled) {
        this(total, err, enabled, "files");
    }

    Progress(int total, PrintWriter err, boolean enabled, String unit) {
        this.total = total;
        this.err = err;
        this.enabled = enabled && total > 1;
        this.unit = unit;
        this.startNanos = System.nanoTime();
    }

    /** A progress bar of files that draws only when stderr is a terminal. */
    static Progress onTerminal(int total, PrintWriter err) {
        return onTerminal(total, err, "files");
    }

    /** A progress bar of {@code unit} (plural noun) that draws only when stderr is a terminal. */
    static Progress onTerminal(int total, PrintWriter err, String unit) {
        return new Progress(total, err, System.console() != null, unit);
    }

    synchronized void step() {
        done++;
        if (enabled) {
            err.print("\r" + line((System.nanoTime() - startNanos) / 1e9));
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }

    synchronized String line(double elapsedSeconds) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        String eta = rate > 0 && done < total ? duration((total - done) / rate) + " left" : "";
        return String.format(Locale.ROOT, "[%s%s] %d/%d %s %3d%% %.1f %s/s %s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, unit, total == 0 ? 100 : done * 100 / total, rate, unit, eta)
                .stripTrailing();
    }

    /** Seconds as {@code 42s}, {@code 3m07s} or {@code 2h05m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
