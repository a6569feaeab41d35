package dev.veil.detect;

/**
 * A text's digit runs grouped by length (a counting sort of their indices, in text order within
 * a length; runs of {@link #CAP} digits or more share the last group), so that a digit layout
 * visits only the runs its first group can be: a text full of dates, times and IP addresses
 * holds mostly runs of one to four digits, which no nine-digit SSN or card layout starts with.
 */
public final class RunLengths {
    /** Runs at least this long share one group. */
    static final int CAP = 32;

    /**
     * The runs' indices in length order (low 32 bits), each with the length of the run that follows
     * it after exactly one character (the next group of a layout; high 32 bits), or 0 when the next
     * run is further or there is none: a layout of several groups turns most runs away on this,
     * read in sequence, before it reads the runs. One array written per run (the runs go to their
     * groups' scattered places).
     */
    private final long[] order;
    /** Group of length {@code L}: positions {@code groupStart[L] .. groupStart[L + 1]} of {@code order}. */
    private final int[] groupStart;

    /** @param runs the digit runs as {@code [start0, end0, …]} */
    RunLengths(int[] runs) {
        int count = runs.length / 2;
        // every group up to CAP, counted in one pass (an empty group costs an int)
        int[] starts = new int[CAP + 2];
        for (int k = 0; k < count; k++) {
            starts[group(runs[2 * k + 1] - runs[2 * k]) + 1]++;
        }
        for (int l = 1; l < starts.length; l++) {
            starts[l] += starts[l - 1];
        }
        this.groupStart = starts.clone();
        this.order = new long[count];
        for (int k = 0; k < count; k++) {
            int p = starts[group(runs[2 * k + 1] - runs[2 * k])]++;
            long follower = k + 1 < count && runs[2 * k + 2] == runs[2 * k + 1] + 1 ? runs[2 * k + 3] - runs[2 * k + 2] : 0;
            order[p] = follower << 32 | k;
        }
    }

    /** The group of a run of {@code length} digits. */
    static int group(int length) {
        return Math.min(length, CAP);
    }

    /** Where the runs of group {@code g} begin in {@link #run}'s numbering. */
    int from(int g) {
        return g + 1 < groupStart.length ? groupStart[g] : order.length;
    }

    /** Where the runs of group {@code g} end (exclusive). */
    int to(int g) {
        return g + 1 < groupStart.length ? groupStart[g + 1] : order.length;
    }

    /** The length of the run one character after the {@code p}-th run by length, or 0 (see {@link #order}). */
    int follower(int p) {
        return (int) (order[p] >>> 32);
    }

    /** The index (in text order) of the {@code p}-th run by length. */
    int run(int p) {
        return (int) order[p];
    }
}
