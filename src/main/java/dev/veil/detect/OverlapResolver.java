package dev.veil.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns possibly overlapping findings into disjoint ones without uncovering a character: findings
 * that overlap are merged into one finding over the union of their spans, carrying the type,
 * score and detector of the strongest (highest score, then longest, then earliest type).
 */
public final class OverlapResolver {
    private OverlapResolver() {
    }

    private static final Comparator<Finding> STRONGEST = Comparator
            .comparingDouble(Finding::score)
            .thenComparingInt(Finding::length)
            .thenComparing(Finding::type, Comparator.reverseOrder());

    /** Disjoint findings, sorted by start, covering every character any input covered. */
    public static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() < 2) {
            return List.copyOf(findings);
        }
        List<Finding> sorted = byStartThenLongest(findings);
        List<Finding> out = new ArrayList<>();
        Finding best = sorted.get(0);
        int groupStart = best.start();
        int groupEnd = best.end();
        int merged = 1;
        for (int i = 1; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            if (f.start() < groupEnd) {
                groupEnd = Math.max(groupEnd, f.end());
                if (STRONGEST.compare(f, best) > 0) {
                    best = f;
                }
                merged++;
            } else {
                out.add(close(best, groupStart, groupEnd, merged));
                best = f;
                groupStart = f.start();
                groupEnd = f.end();
                merged = 1;
            }
        }
        out.add(close(best, groupStart, groupEnd, merged));
        return out;
    }

    /**
     * The findings by start, the longer first at the same start, in their given order where both
     * are equal (as a stable sort would leave them). Packed into one {@code long} per finding
     * (start, end reversed, index) and sorted as numbers when the three fit in 63 bits, as they
     * do for any text under a few hundred million characters; else sorted with a comparator.
     */
    static List<Finding> byStartThenLongest(List<Finding> findings) {
        int n = findings.size();
        int maxEnd = 0;
        for (Finding f : findings) {
            maxEnd = Math.max(maxEnd, f.end());
        }
        int posBits = 32 - Integer.numberOfLeadingZeros(maxEnd);
        int indexBits = 32 - Integer.numberOfLeadingZeros(n);
        if (2 * posBits + indexBits > 63) {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
            return sorted;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            keys[i] = ((long) f.start() << (posBits + indexBits)) | ((long) (maxEnd - f.end()) << indexBits) | i;
        }
        java.util.Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        List<Finding> sorted = new ArrayList<>(n);
        for (long k : keys) {
            sorted.add(findings.get((int) (k & indexMask)));
        }
        return sorted;
    }

    private static Finding close(Finding best, int start, int end, int merged) {
        if (best.start() == start && best.end() == end) {
            return best;
        }
        return best.withSpan(start, end, "merged with " + (merged - 1) + " overlapping finding(s)");
    }
}
