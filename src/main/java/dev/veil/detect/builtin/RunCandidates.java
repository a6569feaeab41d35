package dev.veil.detect.builtin;

import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link PatternDetector}'s match starts taken from a {@link RunIndex}: the starts of the runs
 * of some {@link RunIndex.Shape shapes}. Declaring one is a promise that every match of every
 * pattern of the detector starts at a run of one of the shapes; the patterns then run only
 * there, with {@code lookingAt}.
 *
 * @param pass   which runs: {@link RunIndex#ALNUM} or {@link RunIndex#DIGITS}
 * @param shapes the shapes a first run can have
 */
record RunCandidates(TextView.SharedPass<RunIndex> pass, List<RunIndex.Shape> shapes)
        implements PatternDetector.Candidates {
    /** No start: one array for every text without one (an empty array cannot be changed). */
    private static final int[] NONE = new int[0];

    /** Runs of ASCII letters and digits of the given shapes. */
    static RunCandidates alnum(RunIndex.Shape... shapes) {
        return new RunCandidates(RunIndex.ALNUM, List.of(shapes));
    }

    /** Runs of ASCII digits of the given shapes. */
    static RunCandidates digits(RunIndex.Shape... shapes) {
        return new RunCandidates(RunIndex.DIGITS, List.of(shapes));
    }

    @Override
    public int[] starts(TextView view) {
        RunIndex runs = view.shared(pass);
        int[][] out = {new int[16]};
        int size = 0;
        for (RunIndex.Shape shape : shapes) {
            size = runs.collect(view.text(), shape, out, size);
        }
        if (size == 0) {
            return NONE;
        }
        int[] starts = Arrays.copyOf(out[0], size);
        Arrays.sort(starts); // groups and shapes each add in text order, one after another
        int unique = 0;
        for (int i = 0; i < starts.length; i++) {
            if (unique == 0 || starts[i] != starts[unique - 1]) {
                starts[unique++] = starts[i];
            }
        }
        return unique == starts.length ? starts : Arrays.copyOf(starts, unique);
    }
}
