package dev.veil.detect;

import java.util.Arrays;

/**
 * For a detector that reports only next to its context phrases: the trigger regions in which a
 * match could find one of them, so that the detector's patterns run only there. A text that
 * mentions "PIN" once then costs the regions around that word, not every number of the text.
 *
 * <p>Each region is kept or dropped whole: a region's scan does not depend on any other region
 * (matches end inside their region, and merged regions never touch), so the kept regions give
 * the findings of all of them. A match {@code [s, e)} inside region {@code [a, b)} can only find
 * a phrase that starts among the {@link ContextWords#WORDS_BEFORE} words before {@code s} or the
 * {@link ContextWords#WORDS_AFTER} words from {@code e} on (as the text's word index reads
 * them), so a region is kept when a phrase may start at one of the words from
 * {@code WORDS_BEFORE} before {@code a} to {@code WORDS_AFTER} after {@code b}: its words' hashes
 * follow there. Where a match edge cuts a word in two, {@link ContextWords} reads the cut-off part
 * as a word of its own: so a phrase's last word may also be the start of a longer word, and a
 * region is also kept when a phrase's first word is a proper prefix of a word, ending in the
 * region, or a proper suffix, starting in it. Texts with a word longer than
 * {@link TextWords#MAX_WORD} letters, which {@link ContextWords} walks in pieces, keep every region.
 */
final class ContextRegions {
    /**
     * Where a detector's candidates may start and end, for the cuts that would leave a phrase's
     * first word right before or after one: {@code false} is certain.
     */
    interface MatchEdges {
        /** Whether a scan of the region ending at {@code regionEnd} may report a span starting at {@code pos}. */
        boolean mayStartAt(int pos, int regionEnd);

        /** Whether a scan may report a span ending at {@code pos}. */
        boolean mayEndAt(int pos);
    }

    /** No knowledge of where candidates start or end: any place may. */
    static final MatchEdges ANYWHERE = new MatchEdges() {
        @Override
        public boolean mayStartAt(int pos, int regionEnd) {
            return true;
        }

        @Override
        public boolean mayEndAt(int pos) {
            return true;
        }
    };

    private static final String[] NONE = {};
    private static final int[] NO_REGIONS = {};

    private final boolean startsInWord;
    private final boolean endsInWord;
    /** The phrases, each as its lower-case words. */
    private final String[][] phrases;
    /** The {@link WordHash} of each word of each phrase. */
    private final int[][] hashes;
    /** A filter of the phrases' first-word hashes, tested before the list. */
    private final WordHashFilter firstWordFilter;
    /**
     * The phrases' distinct first words of two letters or more, by the {@link TextWords#letterPair}
     * of their first two letters (plus one: index 0 holds the words whose pair is not ASCII).
     */
    private final String[][] byFirstPair = new String[26 * 26 + 1][];
    /** The same by their last two letters. */
    private final String[][] byLastPair = new String[26 * 26 + 1][];
    /** The phrases' first words of one letter, looked for before a cut (none when no match starts inside a word). */
    private final String[] oneLetterPrefixes;
    /** The same, looked for after a cut (none when no match ends inside a word). */
    private final String[] oneLetterSuffixes;
    /**
     * A bit per edge pair whose {@link #byFirstPair} (first long array) or {@link #byLastPair}
     * entry is not empty: most words are turned away on two bit tests, without a look at the tables.
     */
    private final long[] firstPairBits = new long[(26 * 26 + 1 + 63) / 64];
    private final long[] lastPairBits = new long[(26 * 26 + 1 + 63) / 64];

    ContextRegions(String[][] phrases, int[][] hashes) {
        this(phrases, hashes, true, true);
    }

    /**
     * @param startsInWord whether a candidate may start between two letters, cutting a word whose
     *                     first part a phrase's first word may then be (else no such cut is looked for)
     * @param endsInWord   whether a candidate may end between two letters
     */
    ContextRegions(String[][] phrases, int[][] hashes, boolean startsInWord, boolean endsInWord) {
        this.startsInWord = startsInWord;
        this.endsInWord = endsInWord;
        this.phrases = phrases;
        this.hashes = hashes;
        this.firstWordFilter = WordHashFilter.of(Arrays.stream(hashes).mapToInt(h -> h[0]).toArray());
        String[] firstWords = Arrays.stream(phrases).map(p -> p[0]).distinct().toArray(String[]::new);
        Arrays.fill(byFirstPair, NONE);
        Arrays.fill(byLastPair, NONE);
        for (String w : firstWords) {
            int n = w.length();
            if (n > 1 && startsInWord) {
                add(byFirstPair, TextWords.letterPair(w.charAt(0), w.charAt(1)) + 1, w);
            }
            if (n > 1 && endsInWord) {
                add(byLastPair, TextWords.letterPair(w.charAt(n - 2), w.charAt(n - 1)) + 1, w);
            }
        }
        String[] oneLetter = Arrays.stream(firstWords).filter(w -> w.length() == 1).toArray(String[]::new);
        this.oneLetterPrefixes = startsInWord ? oneLetter : NONE;
        this.oneLetterSuffixes = endsInWord ? oneLetter : NONE;
        for (int i = 0; i < byFirstPair.length; i++) {
            firstPairBits[i >>> 6] |= byFirstPair[i].length > 0 ? 1L << i : 0;
            lastPairBits[i >>> 6] |= byLastPair[i].length > 0 ? 1L << i : 0;
        }
    }

    private static void add(String[][] table, int i, String word) {
        table[i] = Arrays.copyOf(table[i], table[i].length + 1);
        table[i][table[i].length - 1] = word;
    }

    /**
     * The regions of {@code regions} ({@code [start0, end0, …]}, ascending, not touching) in
     * which a match may find a phrase; {@code regions} itself when that is all of them.
     */
    int[] keep(TextView view, int[] regions, MatchEdges edges) {
        TextWords words = view.words();
        if (words.hasLongWord() || regions.length == 0) {
            return regions;
        }
        String text = view.text();
        ContextIndex index = view.contextIndex();
        int id = index == null ? -1 : index.idOf(this);
        if (id >= 0) {
            ContextIndex.Marks marks = view.contextMarks();
            return keepMarked(words, regions, marks.starts()[id], marks.prefixCuts()[id], marks.suffixCuts()[id], edges);
        }
        int[] kept = new int[regions.length];
        int size = 0;
        int fa = 0;
        for (int r = 0; r < regions.length; r += 2) {
            // the first word at or after the region's start: regions ascend, so do these
            while (fa < words.count() && words.start(fa) < regions[r]) {
                fa++;
            }
            if (mayFindPhrase(text, words, regions[r], regions[r + 1], fa, edges)) {
                kept[size++] = regions[r];
                kept[size++] = regions[r + 1];
            }
        }
        return size == regions.length ? regions : Arrays.copyOf(kept, size);
    }

    /**
     * {@link #keep} from the text's marks ({@link ContextIndex.Marks}): a region is kept when a
     * phrase may start among the words {@link #mayFindPhrase} would test for one, or a cut place
     * lies where {@link #cutsToPhrase} would accept it (a prefix's cut in {@code [a, b)}, a
     * suffix's in {@code (a, b]}: only the words it tests can hold such places). The same answer,
     * found by moving along the marks instead of reading the words near every region.
     */
    private static int[] keepMarked(TextWords words, int[] regions, int[] starts, int[] prefixCuts, int[] suffixCuts,
            MatchEdges edges) {
        if (starts.length == 0 && prefixCuts.length == 0 && suffixCuts.length == 0) {
            return NO_REGIONS;
        }
        int count = words.count();
        // made small and grown: most regions of a long text go (an array of all of them was made and zeroed per detector)
        int[] kept = new int[Math.min(regions.length, 32)];
        int size = 0;
        int ps = 0;
        int pp = 0;
        int sp = 0;
        for (int r = 0; r < regions.length; r += 2) {
            int a = regions[r];
            int b = regions[r + 1];
            boolean keep = false;
            if (starts.length > 0) {
                int fa = words.firstAtOrAfter(a);
                int fb = words.firstAtOrAfter(b);
                // a phrase may start from WORDS_BEFORE words before the region to WORDS_AFTER after it
                int lo = Math.max(0, fa - ContextWords.WORDS_BEFORE);
                int hi = Math.min(count, fb + ContextWords.WORDS_AFTER);
                while (ps < starts.length && starts[ps] < lo) {
                    ps++;
                }
                keep = ps < starts.length && starts[ps] < hi;
            }
            while (pp < prefixCuts.length && prefixCuts[pp] < a) {
                pp++;
            }
            while (sp < suffixCuts.length && suffixCuts[sp] <= a) {
                sp++;
            }
            for (int c = pp; !keep && c < prefixCuts.length && prefixCuts[c] < b; c++) {
                keep = edges.mayStartAt(prefixCuts[c], b);
            }
            for (int c = sp; !keep && c < suffixCuts.length && suffixCuts[c] <= b; c++) {
                keep = edges.mayEndAt(suffixCuts[c]);
            }
            if (keep) {
                if (size == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(regions.length, 2 * size));
                }
                kept[size++] = a;
                kept[size++] = b;
            }
        }
        return size == regions.length ? regions : Arrays.copyOf(kept, size);
    }

    /** Whether a match in {@code [a, b)} may find a phrase; {@code fa} is the first word at or after {@code a}. */
    private boolean mayFindPhrase(String text, TextWords words, int a, int b, int fa, MatchEdges edges) {
        int count = words.count();
        if (fa > 0 && words.end(fa - 1) > a && cutsToPhrase(text, words, fa - 1, a, b, edges)) {
            return true;
        }
        for (int k = Math.max(0, fa - ContextWords.WORDS_BEFORE); k < fa; k++) {
            if (startsPhrase(text, words, k)) {
                return true;
            }
        }
        int k = fa;
        while (k < count && words.start(k) < b) {
            if (startsPhrase(text, words, k) || cutsToPhrase(text, words, k, a, b, edges)) {
                return true;
            }
            k++;
        }
        int to = Math.min(count, k + ContextWords.WORDS_AFTER);
        for (; k < to; k++) {
            if (startsPhrase(text, words, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase may start at word {@code k}: its words' hashes follow from there, but for
     * the last, which may also be a longer word that starts with it (cut by a match edge).
     */
    boolean startsPhrase(String text, TextWords words, int k) {
        int hash = words.hash(k);
        if (!mayStartPhrase(hash)) {
            return false;
        }
        for (int p = 0; p < hashes.length; p++) {
            int[] ph = hashes[p];
            if (ph[0] != hash || k + ph.length > words.count()) {
                continue;
            }
            int last = ph.length - 1;
            boolean all = true;
            for (int j = 1; j < last && all; j++) {
                all = words.hash(k + j) == ph[j];
            }
            if (all && (last == 0 || words.hash(k + last) == ph[last]
                    || startsWith(text, words.start(k + last), words.end(k + last), phrases[p][last]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code [s, e)} starts with {@code lower} and is longer. */
    private static boolean startsWith(String text, int s, int e, String lower) {
        return e - s > lower.length() && ContextWords.equalsIgnoreCase(text, s, s + lower.length(), lower);
    }

    /**
     * Whether word {@code k} holds a phrase's first word as a proper prefix that ends in
     * {@code [a, b)}, or as a proper suffix that starts in {@code (a, b]}: the part a match edge
     * there would leave as a word. Most words are passed over on their first or last two letters.
     */
    private boolean cutsToPhrase(String text, TextWords words, int k, int a, int b, MatchEdges edges) {
        if (!mayCut(words, k)) {
            return false;
        }
        int pairs = words.edgePairs(k);
        int first = pairs >>> 16;
        int last = pairs & 0xFFFF;
        // a text letter equal to a word's letter ignoring case folds to it: a word can only be
        // the prefix (suffix) of a text word with the same first (last) pair
        String[] prefixes = byFirstPair[first];
        String[] suffixes = byLastPair[last];
        int ws = words.start(k);
        int we = words.end(k);
        return cutsAfter(text, ws, we, a, b, prefixes, edges) || cutsBefore(text, ws, we, a, b, suffixes, edges)
                || cutsAfter(text, ws, we, a, b, oneLetterPrefixes, edges)
                || cutsBefore(text, ws, we, a, b, oneLetterSuffixes, edges);
    }

    /**
     * Whether {@link #cutsToPhrase} may hold for word {@code k} at all, from its edge pairs
     * alone: most words are passed over on two bit tests.
     */
    boolean mayCut(TextWords words, int k) {
        int edges = words.edgePairs(k);
        int first = edges >>> 16;
        int last = edges & 0xFFFF;
        if (oneLetterPrefixes.length == 0 && oneLetterSuffixes.length == 0 && !mayCutOnFirstPair(first)
                && !mayCutOnLastPair(last)) {
            return false;
        }
        // one letter: no part of it is left by a cut (longer words whose pairs are not ASCII go on)
        return edges != 0 || words.end(k) - words.start(k) >= 2;
    }

    /** Whether a word whose {@link TextWords#edgePairs first pair} is {@code pair} may hold a phrase's first word as a prefix. */
    boolean mayCutOnFirstPair(int pair) {
        return (firstPairBits[pair >>> 6] & 1L << pair) != 0;
    }

    /** The same for a word's last pair and a suffix. */
    boolean mayCutOnLastPair(int pair) {
        return (lastPairBits[pair >>> 6] & 1L << pair) != 0;
    }

    /** The first words looked for before a cut in a word whose first pair (plus one) is {@code pair} ({@link ContextIndex}'s marks). */
    String[] prefixesOnFirstPair(int pair) {
        return byFirstPair[pair];
    }

    /** The first words looked for after a cut in a word whose last pair (plus one) is {@code pair}. */
    String[] suffixesOnLastPair(int pair) {
        return byLastPair[pair];
    }

    /** The first words of one letter looked for before a cut, in every word of two letters or more. */
    String[] oneLetterPrefixes() {
        return oneLetterPrefixes;
    }

    /** The same after a cut. */
    String[] oneLetterSuffixes() {
        return oneLetterSuffixes;
    }

    /** Whether a candidate may start between two letters: cuts before it are looked for. */
    boolean startsInWord() {
        return startsInWord;
    }

    /** Whether a candidate may end between two letters: cuts after it are looked for. */
    boolean endsInWord() {
        return endsInWord;
    }

    /** The distinct hashes of the phrases' first words. */
    int[] firstWordHashes() {
        return Arrays.stream(hashes).mapToInt(h -> h[0]).distinct().toArray();
    }

    /** Whether the word {@code [ws, we)} starts with one of {@code lowers}, cut off in {@code [a, b)}. */
    private static boolean cutsAfter(String text, int ws, int we, int a, int b, String[] lowers, MatchEdges edges) {
        for (String w : lowers) {
            int cut = ws + w.length();
            if (cut < we && cut >= a && cut < b && ContextWords.equalsIgnoreCase(text, ws, cut, w)
                    && edges.mayStartAt(cut, b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code [ws, we)} ends with one of {@code lowers}, cut off in {@code (a, b]}. */
    private static boolean cutsBefore(String text, int ws, int we, int a, int b, String[] lowers, MatchEdges edges) {
        for (String w : lowers) {
            int cut = we - w.length();
            if (cut > ws && cut > a && cut <= b && ContextWords.equalsIgnoreCase(text, cut, we, w) && edges.mayEndAt(cut)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of this hash may be a phrase's first word (a no is certain). */
    boolean mayStartPhrase(int hash) {
        return firstWordFilter.mayContain(hash);
    }
}
