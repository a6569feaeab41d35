package dev.veil.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns possibly overlapping findings into disjoint ones without uncovering a character: findings
 * that overlap are merged into one finding over the union of their spans, carrying the type,
 * score and detector of the strongest (highest score, then longest, then earliest type), with one
 * exception: names that lie inside an address ("Calle de Diego de León 62, 28006 Madrid", "Av.
 * Vallarta 2440, 44130 Guadalajara") are the street's or the place's, not a person's, so a group
 * made of an address and names it contains is the address's, whatever their scores.
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
        return resolve(findings, -1);
    }

    /**
     * {@link #resolve(List)} for findings in a text of {@code textLength} characters (all of them
     * end within it): their sort needs no first pass to find the furthest end.
     */
    static List<Finding> resolve(List<Finding> findings, int textLength) {
        if (findings.size() < 2) {
            return List.copyOf(findings);
        }
        Finding[] sorted = sortedArray(findings, textLength);
        List<Finding> out = new ArrayList<>(sorted.length); // at most one per finding: never grown
        Group group = new Group();
        group.start(sorted[0]);
        for (int i = 1; i < sorted.length; i++) {
            Finding f = sorted[i];
            if (f.start() < group.end) {
                group.add(f);
            } else {
                out.add(group.close());
                group.start(f);
            }
        }
        out.add(group.close());
        return out;
    }

    /** Findings that overlap one another, merged as they come in start order; one instance reused for every group. */
    private static final class Group {
        private Finding best;
        private int start;
        private int end;
        private int merged;
        /** The strongest address of the group, or {@code null}. */
        private Finding address;
        /** Whether every finding but addresses is a name, and the first and last character they cover. */
        private boolean namesOnly;
        private int namesStart;
        private int namesEnd;

        void start(Finding first) {
            best = first;
            start = first.start();
            end = first.end();
            merged = 1;
            address = null;
            namesOnly = true;
            namesStart = Integer.MAX_VALUE;
            namesEnd = -1;
            note(first);
        }

        void add(Finding f) {
            end = Math.max(end, f.end());
            if (STRONGEST.compare(f, best) > 0) {
                best = f;
            }
            merged++;
            note(f);
        }

        private void note(Finding f) {
            if (f.type() == EntityType.ADDRESS) {
                if (address == null || STRONGEST.compare(f, address) > 0) {
                    address = f;
                }
            } else if (f.type() == EntityType.NAME) {
                namesStart = Math.min(namesStart, f.start());
                namesEnd = Math.max(namesEnd, f.end());
            } else {
                namesOnly = false;
            }
        }

        Finding close() {
            Finding chosen = best;
            if (best.type() == EntityType.NAME && address != null && namesOnly
                    && address.start() <= namesStart && namesEnd <= address.end()) {
                chosen = address; // the names are the street's or the town's
            }
            if (chosen.start() == start && chosen.end() == end) {
                return chosen;
            }
            return chosen.withSpan(start, end, "merged with " + (merged - 1) + " overlapping finding(s)");
        }
    }

    /**
     * The findings by start, the longer first at the same start, in their given order where both
     * are equal (as a stable sort would leave them). Packed into one {@code long} per finding
     * (start, end reversed, index) and sorted as numbers when the three fit in 63 bits, as they
     * do for any text under a few hundred million characters; else sorted with a comparator.
     */
    static List<Finding> byStartThenLongest(List<Finding> findings) {
        return java.util.Arrays.asList(sortedArray(findings, -1));
    }

    /**
     * {@link #byStartThenLongest} as an array; {@code textLength} bounds every end, or is -1 when
     * unknown (the ends are then read first for their maximum). Each finding is read once more, for
     * its start and end (findings lie scattered in memory, in the order their detectors made them).
     */
    private static Finding[] sortedArray(List<Finding> given, int textLength) {
        List<Finding> findings = given instanceof java.util.RandomAccess ? given : new ArrayList<>(given);
        int n = findings.size();
        int maxEnd = textLength;
        if (maxEnd < 0) {
            maxEnd = 0;
            for (int i = 0; i < n; i++) {
                maxEnd = Math.max(maxEnd, findings.get(i).end());
            }
        }
        int posBits = 32 - Integer.numberOfLeadingZeros(maxEnd);
        int indexBits = 32 - Integer.numberOfLeadingZeros(n);
        if (2 * posBits + indexBits > 63) {
            Finding[] sorted = findings.toArray(new Finding[0]);
            java.util.Arrays.sort(sorted, Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
            return sorted;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            keys[i] = ((long) f.start() << (posBits + indexBits)) | ((long) (maxEnd - f.end()) << indexBits) | i;
        }
        java.util.Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        Finding[] sorted = new Finding[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = findings.get((int) (keys[i] & indexMask));
        }
        return sorted;
    }
}
