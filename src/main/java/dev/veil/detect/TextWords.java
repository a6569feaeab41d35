package dev.veil.detect;

/**
 * The words of one text, found in one pass and shared by every detector: each maximal run of
 * letters (as {@link ContextWords} reads words) with its position and the hash of its lower-case
 * form ({@link WordHash}), plus a bit filter of those hashes. Context look-ups find the words
 * around a candidate by binary search and compare hashes before characters, instead of walking
 * the text and comparing letters for every candidate and every detector.
 */
final class TextWords {
    /** Words longer than this are cut by {@link ContextWords}' own walk; such texts use that walk. */
    static final int MAX_WORD = 64;

    private static final CharRuns LETTER_RUNS = CharRuns.letters();

    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final int count;
    private final boolean hasLongWord;
    private final long[] filter;

    private TextWords(int[] starts, int[] ends, int[] hashes, int count, boolean hasLongWord, long[] filter) {
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.count = count;
        this.hasLongWord = hasLongWord;
        this.filter = filter;
    }

    static TextWords of(String text) {
        // the runs of letters first (64 characters at a time), then each run's hash: the hashing
        // loop then has no letter test and no branch at a word's edge to mispredict
        int[] runs = LETTER_RUNS.in(text);
        int count = runs.length / 2;
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] hashes = new int[count];
        long[] filter = new long[WordHash.filterLongs(text.length())];
        boolean longWord = false;
        for (int k = 0; k < count; k++) {
            int s = runs[2 * k];
            int e = runs[2 * k + 1];
            int h = WordHash.START;
            for (int i = s; i < e; i++) {
                h = WordHash.step(h, lower(text.charAt(i)));
            }
            starts[k] = s;
            ends[k] = e;
            hashes[k] = h;
            longWord |= e - s > MAX_WORD;
            WordHash.set(filter, h);
        }
        return new TextWords(starts, ends, hashes, count, longWord, filter);
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

    boolean mayContain(int hash) {
        return WordHash.isSet(filter, hash);
    }

    int count() {
        return count;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    int hash(int k) {
        return hashes[k];
    }

    /** Whether some word is longer than {@link #MAX_WORD} letters. */
    boolean hasLongWord() {
        return hasLongWord;
    }

    /** The index of the first word that starts at or after {@code pos} ({@link #count()} when none). */
    int firstAtOrAfter(int pos) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
