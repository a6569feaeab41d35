package dev.veil.detect;

/**
 * The words of one text, found in one pass and shared by every detector: each maximal run of
 * letters (as {@link ContextWords} reads words) with its position and the hash of its lower-case
 * form ({@link WordHash}), plus a bit filter of those hashes. Context look-ups find the words
 * around a candidate by a search from the previous look-up ({@link #firstAtOrAfter}) and compare
 * hashes before characters, instead of walking the text and comparing letters for every candidate
 * and every detector. Like the {@link TextView} it belongs to, one scan's and not thread-safe.
 */
final class TextWords {
    /** Words longer than this are cut by {@link ContextWords}' own walk; such texts use that walk. */
    static final int MAX_WORD = 64;

    /** Word {@code k} is {@code [runs[2k], runs[2k + 1])}. */
    private final int[] runs;
    private final int[] hashes;
    /** Each word's first and last two letters as {@link #edgePairs}. */
    private final int[] edges;
    private final int count;
    private final boolean hasLongWord;
    private final WordHashFilter filter;
    /** Where {@link #firstAtOrAfter} answered last; only a starting point for the next search. */
    private int hint;

    private TextWords(int[] runs, int[] hashes, int[] edges, int count, boolean hasLongWord, WordHashFilter filter) {
        this.runs = runs;
        this.hashes = hashes;
        this.edges = edges;
        this.count = count;
        this.hasLongWord = hasLongWord;
        this.filter = filter;
    }

    /** The words of {@code text}, whose runs of letters ({@link CharClasses#letterRuns}) are {@code runs}. */
    static TextWords of(String text, int[] runs) {
        // the runs of letters first (64 characters at a time), then each run's hash: the hashing
        // loop then has no letter test and no branch at a word's edge to mispredict
        int count = runs.length / 2;
        int[] hashes = new int[count];
        int[] edges = new int[count];
        WordHashFilter filter = new WordHashFilter(WordHash.filterLongs(count));
        boolean longWord = false;
        for (int k = 0; k < count; k++) {
            int s = runs[2 * k];
            int e = runs[2 * k + 1];
            // the edges from the letters the hash folds anyway: no second read of the text
            char first = lower(text.charAt(s));
            int h = WordHash.step(WordHash.START, first);
            if (e - s < 2) {
                edges[k] = 0;
            } else {
                char second = lower(text.charAt(s + 1));
                h = WordHash.step(h, second);
                char y = first;
                char z = second;
                for (int i = s + 2; i < e; i++) {
                    y = z;
                    z = lower(text.charAt(i));
                    h = WordHash.step(h, z);
                }
                edges[k] = (lowerPair(first, second) + 1) << 16 | (lowerPair(y, z) + 1);
            }
            hashes[k] = h;
            longWord |= e - s > MAX_WORD;
            filter.add(h);
        }
        return new TextWords(runs, hashes, edges, count, longWord, filter);
    }

    /** A letter as {@link Character#isLetter(char)} says, with a fast path for ASCII. */
    static boolean isLetter(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    private static char lower(char c) {
        return c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c);
    }

    /**
     * Two letters that fold ({@link Letters#lower}) to ASCII {@code a-z} as a number below
     * 676; -1 for any other pair. A letter that equals a lower-case letter ignoring case (as
     * {@link ContextWords} compares) folds to it.
     */
    static int letterPair(char first, char second) {
        return lowerPair(Letters.lower(first), Letters.lower(second));
    }

    /** {@link #letterPair} of two letters already folded ({@link Letters#lower}). */
    private static int lowerPair(char first, char second) {
        int f = first - 'a';
        int s = second - 'a';
        return f >= 0 && f < 26 && s >= 0 && s < 26 ? f * 26 + s : -1;
    }

    /**
     * Word {@code k}'s first two and last two letters as {@code (first + 1) << 16 | (last + 1)}
     * of their {@link #letterPair}s; 0 for a word of one letter. Found with the words, so that
     * a look at a word's edges costs no read of the text.
     */
    int edgePairs(int k) {
        return edges[k];
    }

    boolean mayContain(int hash) {
        return filter.mayContain(hash);
    }

    int count() {
        return count;
    }

    int start(int k) {
        return runs[2 * k];
    }

    int end(int k) {
        return runs[2 * k + 1];
    }

    int hash(int k) {
        return hashes[k];
    }

    /** Whether some word is longer than {@link #MAX_WORD} letters. */
    boolean hasLongWord() {
        return hasLongWord;
    }

    /**
     * The index of the first word that starts at or after {@code pos} ({@link #count()} when none).
     * Look-ups mostly come in text order (the candidates of a detector), so the search starts from
     * the previous answer and gallops away from it before it bisects: a few neighbouring words
     * are read instead of a path through the whole list. The previous answer is only a starting
     * point: any value of it gives the same result.
     */
    int firstAtOrAfter(int pos) {
        int h = Math.min(hint, count);
        int lo;
        int hi;
        if (h == count || runs[2 * h] >= pos) {
            // the answer is at or before h: gallop back to a word that starts before pos
            hi = h;
            int step = 1;
            lo = h - 1;
            while (lo >= 0 && runs[2 * lo] >= pos) {
                hi = lo;
                lo = h - (step <<= 1);
            }
            lo = Math.max(lo + 1, 0);
        } else {
            // the answer is after h: gallop forward to a word that starts at or after pos
            lo = h + 1;
            int step = 1;
            hi = h + 1;
            while (hi < count && runs[2 * hi] < pos) {
                lo = hi + 1;
                hi = h + (step <<= 1);
            }
            hi = Math.min(hi, count);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs[2 * mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        hint = lo;
        return lo;
    }
}
