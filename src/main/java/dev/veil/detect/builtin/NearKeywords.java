package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;
import dev.veil.detect.WordHashFilter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Candidates of a context-required detector whose matches are whole runs of digits, kept only
 * where {@link ContextWords} could find a phrase: one of the phrases' first words among the
 * {@link ContextWords#WORDS_BEFORE} words before the run or the {@link ContextWords#WORDS_AFTER}
 * words after it. A number in a long table far from any "account" then costs a step through a
 * list of ranges instead of a pattern match and a context look-up. The ranges are found once per
 * text, from the text's shared word list. Where the context look-up does not use that list (a text with a word
 * longer than {@link #MAX_WORD} letters) every candidate is kept.
 */
final class NearKeywords implements PatternDetector.Candidates {
    /** The word length above which {@link ContextWords} walks the text instead of its word list. */
    private static final int MAX_WORD = 64;

    private final RunCandidates runs;
    private final String[] firstWords;
    /** {@link TextView#wordHash} of each first word, compared before its letters. */
    private final int[] firstHashes;
    /**
     * A filter of {@link #firstHashes}: nearly every word of a text is told to be no first word
     * by one test instead of a comparison with each.
     */
    private final WordHashFilter firstWordFilter;
    /** See {@link #findNearKeywords}. */
    private final TextView.SharedPass<int[]> nearKeywords = this::findNearKeywords;

    /**
     * @param runs       candidate runs of ASCII digits, each the whole match
     * @param firstWords the first word of every context phrase, lower case
     */
    NearKeywords(RunCandidates runs, String... firstWords) {
        this.runs = runs;
        this.firstWords = firstWords.clone();
        this.firstHashes = Arrays.stream(firstWords).mapToInt(TextView::wordHash).toArray();
        this.firstWordFilter = WordHashFilter.of(firstHashes);
        for (String w : firstWords) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("first words are lower case");
            }
        }
    }

    @Override
    public int[] starts(TextView view) {
        int[] starts = runs.starts(view);
        int[] near = view.shared(nearKeywords);
        if (near == null || starts.length == 0) {
            return starts;
        }
        int kept = 0;
        int r = 0;
        for (int s : starts) {
            while (r < near.length && near[r + 1] < s) {
                r += 2;
            }
            if (r < near.length && near[r] < s) {
                starts[kept++] = s;
            }
        }
        return Arrays.copyOf(starts, kept);
    }

    /**
     * Where a run can start and have a first word in its window, as {@code [lo0, hi0, lo1, hi1,
     * …]} meaning {@code lo < start <= hi}, ascending and merged; {@code null} when every candidate
     * is kept. A run holds no letter, so the first word at or after its end is the first word at
     * or after its start, {@code f}; word {@code k} is in the window when {@code f - WORDS_BEFORE
     * <= k < f + WORDS_AFTER}, that is when {@code k - WORDS_AFTER < f <= k + WORDS_BEFORE}, and
     * {@code f > j} holds exactly when word {@code j} starts before the run.
     */
    private int[] findNearKeywords(TextView view) {
        String text = view.text();
        int count = view.wordCount();
        int[] out = new int[16];
        int size = 0;
        for (int k = 0; k < count; k++) {
            int s = view.wordStart(k);
            int length = view.wordEnd(k) - s;
            if (length > MAX_WORD) {
                return null;
            }
            if (!isFirstWord(text, s, length, view.wordHashAt(k))) {
                continue;
            }
            int below = k - ContextWords.WORDS_AFTER;
            int above = k + ContextWords.WORDS_BEFORE;
            int lo = below < 0 ? -1 : view.wordStart(below);
            int hi = above >= count ? Integer.MAX_VALUE : view.wordStart(above);
            if (size > 0 && lo <= out[size - 1]) {
                out[size - 1] = Math.max(out[size - 1], hi);
                continue;
            }
            if (size + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = lo;
            out[size++] = hi;
        }
        return Arrays.copyOf(out, size);
    }

    private boolean isFirstWord(String text, int s, int length, int hash) {
        if (!firstWordFilter.mayContain(hash)) {
            return false;
        }
        for (int i = 0; i < firstWords.length; i++) {
            String w = firstWords[i];
            if (firstHashes[i] == hash && w.length() == length && text.regionMatches(true, s, w, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
