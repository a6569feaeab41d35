package dev.veil.detect.builtin;

import dev.veil.detect.TextView;
import java.util.Arrays;

/**
 * The maximal runs of one kind of character in a text (ASCII letters and digits, or ASCII
 * digits), in text order and grouped by length, made once per text as a
 * {@link TextView#shared shared pass}. Identifiers are mostly whole runs of a fixed length (a PAN
 * is one run of 10, a VIN one of 17) or start with a short run (a NINO's "AB 12 …"), so a
 * detector visits only the runs of the lengths it can start with instead of every position.
 */
final class RunIndex {
    /** Runs at least this long share one group. */
    static final int LONGEST = 128;

    /** Maximal runs of ASCII letters and digits ({@code [A-Za-z0-9]+}). */
    static final TextView.SharedPass<RunIndex> ALNUM = view -> alnum(view.text());
    /** Maximal runs of ASCII digits, from the view's own digit runs. */
    static final TextView.SharedPass<RunIndex> DIGITS = RunIndex::digits;

    /** Bounds as {@code [start0, end0, start1, end1, …]}, in text order. */
    private final int[] bounds;
    /** Run numbers grouped by length (text order within a group). */
    private final int[] byLength;
    /** Group of length {@code L}: {@code byLength[first[L] .. first[L + 1])}. */
    private final int[] first;

    private RunIndex(int[] bounds) {
        this.bounds = bounds;
        int count = bounds.length / 2;
        int[] sizes = new int[LONGEST + 2];
        for (int k = 0; k < count; k++) {
            sizes[group(bounds[2 * k + 1] - bounds[2 * k]) + 1]++;
        }
        for (int l = 1; l < sizes.length; l++) {
            sizes[l] += sizes[l - 1];
        }
        this.first = sizes.clone();
        this.byLength = new int[count];
        int[] next = sizes;
        for (int k = 0; k < count; k++) {
            byLength[next[group(bounds[2 * k + 1] - bounds[2 * k])]++] = k;
        }
    }

    private static int group(int length) {
        return Math.min(length, LONGEST);
    }

    /** What a run must pass to be a candidate; {@code [start, end)} is the whole run. */
    @FunctionalInterface
    interface RunTest {
        boolean test(String text, int start, int end);

        RunTest ANY = (text, start, end) -> true;
    }

    /**
     * The starts, ascending, of the runs whose length is in {@code lengths} (ascending, each at
     * least 1) and that pass {@code test}.
     */
    int[] starts(String text, int[] lengths, RunTest test) {
        int[] out = new int[16];
        int size = 0;
        int groups = 0;
        int lastGroup = -1;
        for (int length : lengths) {
            int g = group(length);
            if (g == lastGroup) {
                continue; // every length from LONGEST on: one group, visited once
            }
            lastGroup = g;
            int from = first[g];
            int to = first[g + 1];
            int before = size;
            for (int p = from; p < to; p++) {
                int k = byLength[p];
                int s = bounds[2 * k];
                int e = bounds[2 * k + 1];
                if (g == LONGEST && Arrays.binarySearch(lengths, e - s) < 0) {
                    continue;
                }
                if (test.test(text, s, e)) {
                    if (size == out.length) {
                        out = Arrays.copyOf(out, size * 2);
                    }
                    out[size++] = s;
                }
            }
            groups += size > before ? 1 : 0;
        }
        int[] starts = Arrays.copyOf(out, size);
        if (groups > 1) {
            Arrays.sort(starts);
        }
        return starts;
    }

    /** Lengths {@code min} to {@code max}, for {@link #starts}. */
    static int[] range(int min, int max) {
        int[] lengths = new int[max - min + 1];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = min + i;
        }
        return lengths;
    }

    private static RunIndex alnum(String text) {
        int n = text.length();
        int[] bounds = new int[Math.max(16, n / 8)];
        int size = 0;
        int i = 0;
        while (i < n) {
            if (!isAsciiAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            do {
                i++;
            } while (i < n && isAsciiAlnum(text.charAt(i)));
            if (size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[size++] = s;
            bounds[size++] = i;
        }
        return new RunIndex(Arrays.copyOf(bounds, size));
    }

    private static RunIndex digits(TextView view) {
        int count = view.digitRunCount();
        int[] bounds = new int[2 * count];
        for (int k = 0; k < count; k++) {
            bounds[2 * k] = view.digitRunStart(k);
            bounds[2 * k + 1] = view.digitRunEnd(k);
        }
        return new RunIndex(bounds);
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The character at {@code i}, or {@code 0} past the end. */
    static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
