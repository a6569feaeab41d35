package dev.veil.detect;

import java.util.Arrays;

/**
 * How the digits of a numeric pattern's matches are laid out: a sequence of groups, each a whole
 * run of ASCII digits of a length in a range, with exactly one non-digit character between
 * groups. {@code 3-2-4} is an SSN written with separators, {@code 9} nine digits with nothing
 * around them, {@code 4-4-4-1..4} a card printed in fours. Used by {@link Trigger#layouts}: the
 * text's digit runs (found once per text) are compared with the layouts, and a pattern runs only
 * where they fit, so that an SSN pattern skips timestamps, phone numbers and IBANs at once.
 */
public record DigitLayout(int[] minLengths, int[] maxLengths) {
    public DigitLayout {
        if (minLengths.length == 0 || minLengths.length != maxLengths.length) {
            throw new IllegalArgumentException("a layout needs one length range per group");
        }
        minLengths = minLengths.clone();
        maxLengths = maxLengths.clone();
        for (int i = 0; i < minLengths.length; i++) {
            if (minLengths[i] < 1 || maxLengths[i] < minLengths[i]) {
                throw new IllegalArgumentException("bad group length range");
            }
        }
    }

    /** Parses {@code "3-2-4"} or {@code "4-4-4-1..4"}: groups joined by hyphens, each a length or a range. */
    public static DigitLayout of(String spec) {
        String[] groups = spec.split("-");
        int[] min = new int[groups.length];
        int[] max = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            int dots = groups[i].indexOf("..");
            min[i] = Integer.parseInt(dots < 0 ? groups[i] : groups[i].substring(0, dots));
            max[i] = dots < 0 ? min[i] : Integer.parseInt(groups[i].substring(dots + 2));
        }
        return new DigitLayout(min, max);
    }

    public int groups() {
        return minLengths.length;
    }

    /**
     * Whether the runs {@code first, first + 1, …} of {@code runs} ({@code [start0, end0, …]})
     * have this layout.
     */
    boolean fitsAt(int[] runs, int first) {
        int count = runs.length / 2;
        if (first + minLengths.length > count) {
            return false;
        }
        for (int g = 0; g < minLengths.length; g++) {
            int k = first + g;
            int length = runs[2 * k + 1] - runs[2 * k];
            if (length < minLengths[g] || length > maxLengths[g] || (g > 0 && runs[2 * k] - runs[2 * k - 1] != 1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigitLayout d && Arrays.equals(minLengths, d.minLengths)
                && Arrays.equals(maxLengths, d.maxLengths);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minLengths) + Arrays.hashCode(maxLengths);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < minLengths.length; g++) {
            sb.append(g > 0 ? "-" : "").append(minLengths[g]);
            if (maxLengths[g] != minLengths[g]) {
                sb.append("..").append(maxLengths[g]);
            }
        }
        return sb.toString();
    }
}
