package dev.veil.detect;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the context phrases of an engine's context-required detectors may be, found for all of
 * them in one pass over a text's words. Each such detector keeps only the trigger regions in
 * which a match could find one of its phrases ({@link ContextRegions#keep}); without this index
 * each reads the words in and around every region itself, so a table of figures has its words
 * read once per detector (a dozen times). With it, a detector's regions are kept or dropped by
 * comparing word numbers: per detector, the words at which one of its phrases may start, and the
 * words that a match edge could cut to one of its phrases' first words, both in text order.
 *
 * <p>The marks are the ones {@link ContextRegions} would find word by word (its own tests decide
 * each mark), so a region is kept with the index exactly when it is kept without.
 * Immutable and thread-safe; the marks of a text are kept by its {@link TextView}.
 */
final class ContextIndex {
    private static final int[] NONE = {};

    private final ContextRegions[] members;
    private final Map<ContextRegions, Integer> ids = new IdentityHashMap<>();
    /** A filter of every member's phrases' first-word hashes: most words pass no member's. */
    private final WordHashFilter firstWords;
    /** The distinct first-word hashes, in an open-addressing table, with the members that have a phrase starting there. */
    private final int[] slotHash;
    private final int[][] slotMembers;
    /** Per letter pair plus one ({@link TextWords#edgePairs}): the members whose cut test may pass on a word's first (last) pair. */
    private final int[][] byFirstPair = new int[26 * 26 + 1][];
    private final int[][] byLastPair = new int[26 * 26 + 1][];
    /** Members whose cut test looks at every word (a phrase's first word of one letter). */
    private final int[] everyWord;

    /**
     * Marks of one text, per member: the words at which one of its phrases may start
     * ({@link ContextRegions#startsPhrase}), and the places inside a word where a match edge would
     * leave one of its phrases' first words as the word's start ({@code prefixCuts}: the cut right
     * after it) or end ({@code suffixCuts}: the cut right before it); each ascending.
     */
    record Marks(int[][] starts, int[][] prefixCuts, int[][] suffixCuts) {
    }

    private ContextIndex(List<ContextRegions> regions) {
        this.members = regions.toArray(ContextRegions[]::new);
        int distinct = 0;
        int[][] firsts = new int[members.length][];
        for (int m = 0; m < members.length; m++) {
            ids.put(members[m], m);
            firsts[m] = members[m].firstWordHashes();
            distinct += firsts[m].length;
        }
        int capacity = Integer.highestOneBit(Math.max(1, distinct) * 2) * 2;
        slotHash = new int[capacity];
        slotMembers = new int[capacity][];
        firstWords = WordHashFilter.of(Arrays.stream(firsts).flatMapToInt(Arrays::stream).toArray());
        for (int m = 0; m < members.length; m++) {
            for (int h : firsts[m]) {
                int slot = slotOf(h);
                slotHash[slot] = h;
                slotMembers[slot] = append(slotMembers[slot], m);
            }
        }
        Arrays.fill(byFirstPair, NONE);
        Arrays.fill(byLastPair, NONE);
        int[] every = NONE;
        for (int m = 0; m < members.length; m++) {
            if (members[m].cutsAnyWord()) {
                every = append(every, m);
                continue;
            }
            for (int p = 0; p < byFirstPair.length; p++) {
                if (members[m].mayCutOnFirstPair(p)) {
                    byFirstPair[p] = append(byFirstPair[p], m);
                }
                if (members[m].mayCutOnLastPair(p)) {
                    byLastPair[p] = append(byLastPair[p], m);
                }
            }
        }
        this.everyWord = every;
    }

    /** The index of {@code regions}' members (each a detector's {@link ContextWords#regions}); {@code null} for none. */
    static ContextIndex of(List<ContextRegions> regions) {
        return regions.isEmpty() ? null : new ContextIndex(regions);
    }

    /** The member number of {@code r}, or -1 when it is not in this index. */
    int idOf(ContextRegions r) {
        Integer id = ids.get(r);
        return id == null ? -1 : id;
    }

    /** The slot of first-word hash {@code h}: its own, or the empty one where it would go. */
    private int slotOf(int h) {
        int mask = slotHash.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (slotMembers[slot] != null && slotHash[slot] != h) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int[] append(int[] list, int value) {
        if (list == null) {
            return new int[] {value};
        }
        int[] out = Arrays.copyOf(list, list.length + 1);
        out[list.length] = value;
        return out;
    }

    /** The marks of every member in {@code view}'s text: one pass over its words. */
    Marks mark(TextView view) {
        String text = view.text();
        TextWords words = view.words();
        int n = members.length;
        int[][] starts = new int[n][];
        int[] startCount = new int[n];
        Cuts[] cuts = new Cuts[n];
        int count = words.count();
        for (int k = 0; k < count; k++) {
            int hash = words.hash(k);
            if (firstWords.mayContain(hash)) {
                int[] those = slotMembers[slotOf(hash)];
                if (those != null) {
                    for (int m : those) {
                        if (members[m].startsPhrase(text, words, k)) {
                            starts[m] = add(starts[m], startCount[m]++, k);
                        }
                    }
                }
            }
            int edges = words.edgePairs(k);
            if (edges == 0 && words.end(k) - words.start(k) < 2) {
                continue; // one letter: no cut leaves a part of it
            }
            markCuts(text, words, k, byFirstPair[edges >>> 16], cuts);
            markCuts(text, words, k, byLastPair[edges & 0xFFFF], cuts);
            markCuts(text, words, k, everyWord, cuts);
        }
        int[][] prefixCuts = new int[n][];
        int[][] suffixCuts = new int[n][];
        for (int m = 0; m < n; m++) {
            starts[m] = trim(starts[m], startCount[m]);
            prefixCuts[m] = cuts[m] == null ? NONE : sorted(trim(cuts[m].prefix, cuts[m].prefixCount));
            suffixCuts[m] = cuts[m] == null ? NONE : sorted(trim(cuts[m].suffix, cuts[m].suffixCount));
        }
        return new Marks(starts, prefixCuts, suffixCuts);
    }

    /** The cut places found so far for one member. */
    static final class Cuts {
        int[] prefix;
        int prefixCount;
        int[] suffix;
        int suffixCount;
        /** The last word marked: a member met on both a word's first and last pair reads it once. */
        int lastWord = -1;

        void addPrefix(int p) {
            prefix = add(prefix, prefixCount++, p);
        }

        void addSuffix(int p) {
            suffix = add(suffix, suffixCount++, p);
        }
    }

    private void markCuts(String text, TextWords words, int k, int[] candidates, Cuts[] cuts) {
        for (int m : candidates) {
            Cuts c = cuts[m];
            if (c != null && c.lastWord == k || !members[m].mayCut(words, k)) {
                continue;
            }
            if (c == null) {
                c = new Cuts();
                cuts[m] = c;
            }
            c.lastWord = k;
            members[m].addCuts(text, words, k, c);
        }
    }

    private static int[] sorted(int[] list) {
        for (int i = 1; i < list.length; i++) {
            if (list[i] < list[i - 1]) {
                int[] copy = list.clone();
                Arrays.sort(copy);
                return copy;
            }
        }
        return list;
    }

    /** {@code list} with {@code value} at {@code size}, grown when full. */
    private static int[] add(int[] list, int size, int value) {
        if (list == null) {
            list = new int[8];
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
        }
        list[size] = value;
        return list;
    }

    private static int[] trim(int[] list, int size) {
        return size == 0 ? NONE : size == list.length ? list : Arrays.copyOf(list, size);
    }
}
