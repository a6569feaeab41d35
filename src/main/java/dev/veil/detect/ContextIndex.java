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
    /**
     * Every member's first words that a word may hold as a prefix, by the word's first letter pair
     * plus one ({@link TextWords#edgePairs}, {@link ContextRegions#prefixesOnFirstPair}): those of
     * pair {@code p} are {@code [prefixes.from[p], prefixes.from[p + 1])} of one list of all
     * members' words, beside the member each is for. A word is compared with each such first word
     * once, without a call per member, and most words (no first word on their pair) cost two
     * adjacent reads.
     */
    private final Entries prefixes;
    /** The same by a word's last pair, for suffixes. */
    private final Entries suffixes;
    /** The members' first words of one letter, compared with every word of two letters or more (pair 0 only). */
    private final Entries oneLetterPrefixes;
    private final Entries oneLetterSuffixes;

    /** First words grouped by pair, each with its length and member (see {@link #prefixes}). */
    private record Entries(int[] from, String[] words, int[] lengths, int[] members) {
        /** The words of {@code byPair.apply(member, pair)} for every member and pair, grouped by pair. */
        static Entries of(ContextRegions[] members, int pairs, java.util.function.BiFunction<ContextRegions, Integer, String[]> byPair) {
            int[] from = new int[pairs + 1];
            java.util.List<String> words = new java.util.ArrayList<>();
            java.util.List<Integer> owners = new java.util.ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                from[p] = words.size();
                for (int m = 0; m < members.length; m++) {
                    for (String w : byPair.apply(members[m], p)) {
                        words.add(w);
                        owners.add(m);
                    }
                }
            }
            from[pairs] = words.size();
            return new Entries(from, words.toArray(String[]::new), words.stream().mapToInt(String::length).toArray(),
                    owners.stream().mapToInt(Integer::intValue).toArray());
        }
    }

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
        int pairs = 26 * 26 + 1;
        this.prefixes = Entries.of(members, pairs, ContextRegions::prefixesOnFirstPair);
        this.suffixes = Entries.of(members, pairs, ContextRegions::suffixesOnLastPair);
        this.oneLetterPrefixes = Entries.of(members, 1, (r, p) -> r.oneLetterPrefixes());
        this.oneLetterSuffixes = Entries.of(members, 1, (r, p) -> r.oneLetterSuffixes());
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
            int ws = words.start(k);
            int we = words.end(k);
            if (edges == 0 && we - ws < 2) {
                continue; // one letter: no cut leaves a part of it
            }
            markPrefixCuts(text, ws, we, prefixes, edges >>> 16, cuts);
            markPrefixCuts(text, ws, we, oneLetterPrefixes, 0, cuts);
            markSuffixCuts(text, ws, we, suffixes, edges & 0xFFFF, cuts);
            markSuffixCuts(text, ws, we, oneLetterSuffixes, 0, cuts);
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
    private static final class Cuts {
        int[] prefix;
        int prefixCount;
        int[] suffix;
        int suffixCount;
    }

    /**
     * The places inside the word {@code [ws, we)} where a cut leaves one of the first words of
     * {@code entries}' pair {@code pair} as the word's proper prefix (the cut right after it), added
     * to each one's member: as {@link ContextRegions} tests them for one region.
     */
    private static void markPrefixCuts(String text, int ws, int we, Entries entries, int pair, Cuts[] cuts) {
        for (int i = entries.from()[pair], to = entries.from()[pair + 1]; i < to; i++) {
            int cut = ws + entries.lengths()[i];
            if (cut < we && ContextWords.equalsIgnoreCase(text, ws, cut, entries.words()[i])) {
                Cuts c = cutsOf(cuts, entries.members()[i]);
                c.prefix = add(c.prefix, c.prefixCount++, cut);
            }
        }
    }

    /** The same for a proper suffix (the cut right before it). */
    private static void markSuffixCuts(String text, int ws, int we, Entries entries, int pair, Cuts[] cuts) {
        for (int i = entries.from()[pair], to = entries.from()[pair + 1]; i < to; i++) {
            int cut = we - entries.lengths()[i];
            if (cut > ws && ContextWords.equalsIgnoreCase(text, cut, we, entries.words()[i])) {
                Cuts c = cutsOf(cuts, entries.members()[i]);
                c.suffix = add(c.suffix, c.suffixCount++, cut);
            }
        }
    }

    private static Cuts cutsOf(Cuts[] cuts, int m) {
        Cuts c = cuts[m];
        if (c == null) {
            c = new Cuts();
            cuts[m] = c;
        }
        return c;
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
