package dev.veil.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words that make a nearby candidate more likely to be personal data ("card", "routing number",
 * "passport"). Matched as whole words, case-insensitively, within a window of words before and
 * after the candidate: "lic" never fires inside "public". A phrase of several words must appear
 * as consecutive words. Words are maximal runs of letters; digits and punctuation separate them,
 * so "SSN#:" holds the word "ssn" and "e-mail" the words "e" "mail".
 *
 * <p>Lookups compare the text in place and allocate nothing per candidate: they run once for
 * every short number in a document.
 */
public final class ContextWords {
    /** Words looked at before a candidate. */
    public static final int WORDS_BEFORE = 6;
    /** Words looked at after a candidate. */
    public static final int WORDS_AFTER = 3;
    /** How far (in characters) the window reaches across non-letters before it stops. */
    private static final int MAX_GAP = 200;
    private static final int MAX_WORD = TextWords.MAX_WORD;

    private final String[][] phrases;
    /** The {@link WordHash} of each word of each phrase, compared before the letters are. */
    private final int[][] phraseHashes;
    /** Each phrase as reported: its words joined by a space. */
    private final String[] joined;
    /**
     * The {@link WordHash} of one word of each phrase (its longest), which a text must contain for
     * the phrase to be in it.
     */
    private final int[] gateHashes;
    /** Where in a text a candidate could find a phrase (see {@link #regionsNear}). */
    private final ContextRegions regions;

    private ContextWords(List<String[]> phrases) {
        this.phrases = phrases.toArray(String[][]::new);
        this.phraseHashes = new int[this.phrases.length][];
        this.joined = new String[this.phrases.length];
        this.gateHashes = new int[this.phrases.length];
        for (int i = 0; i < this.phrases.length; i++) {
            String[] p = this.phrases[i];
            phraseHashes[i] = new int[p.length];
            for (int k = 0; k < p.length; k++) {
                phraseHashes[i][k] = WordHash.of(p[k]);
            }
            joined[i] = String.join(" ", p);
            String longest = "";
            for (String w : this.phrases[i]) {
                longest = w.length() > longest.length() ? w : longest;
            }
            gateHashes[i] = WordHash.of(longest);
        }
        this.regions = new ContextRegions(this.phrases, phraseHashes);
    }

    private ContextWords(ContextWords same, ContextRegions regions) {
        this.phrases = same.phrases;
        this.phraseHashes = same.phraseHashes;
        this.joined = same.joined;
        this.gateHashes = same.gateHashes;
        this.regions = regions;
    }

    /**
     * These phrases for a detector whose candidates may or may not start (end) between two
     * letters: where they cannot, {@link #regionsNear} looks for no phrase that only a cut word
     * would show. Same findings as {@code this} for such candidates.
     */
    ContextWords forCandidates(boolean startsInWord, boolean endsInWord) {
        if (regions.startsInWord() == startsInWord && regions.endsInWord() == endsInWord) {
            return this;
        }
        return new ContextWords(this, new ContextRegions(phrases, phraseHashes, startsInWord, endsInWord));
    }

    public static ContextWords of(String... words) {
        List<String[]> phrases = new ArrayList<>();
        for (String w : words) {
            List<String> parts = words(w, 0, w.length());
            if (!parts.isEmpty()) {
                phrases.add(parts.toArray(String[]::new));
            }
        }
        return new ContextWords(phrases);
    }

    /**
     * Whether some phrase may occur anywhere in the viewed text: {@code false} means that no
     * candidate of the text can have context, so a detector that requires context can skip the
     * text. Answered from the text's shared word filter, without scanning.
     */
    public boolean mayAppearIn(TextView view) {
        if (gateHashes.length == 0) {
            return false;
        }
        TextWords words = view.words();
        for (int h : gateHashes) {
            if (words.mayContain(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The regions of {@code regions} (ascending, not touching, as {@link TextView#regions} gives
     * them) in which a candidate may find a phrase with {@link #findNear(TextView, int, int)}:
     * a detector that requires context finds the same in those as in all of them.
     */
    int[] regionsNear(TextView view, int[] regions) {
        return this.regions.keep(view, regions, ContextRegions.ANYWHERE);
    }

    /** As {@link #regionsNear(TextView, int[])}, for candidates that start and end only where {@code edges} allows. */
    int[] regionsNear(TextView view, int[] regions, ContextRegions.MatchEdges edges) {
        return this.regions.keep(view, regions, edges);
    }

    /** What {@link #regionsNear} keeps regions by: a member of an engine's {@link ContextIndex}. */
    ContextRegions regions() {
        return regions;
    }

    public boolean isEmpty() {
        return phrases.length == 0;
    }

    /**
     * The context phrase found near {@code [start, end)} of {@code text} (words joined by a space),
     * or {@code null} when there is none.
     */
    public String findNear(CharSequence text, int start, int end) {
        return findNear(text, start, end, WORDS_BEFORE, WORDS_AFTER);
    }

    /**
     * As {@link #findNear(CharSequence, int, int)}, from the view's shared word index: the words
     * around the candidate are found by binary search and compared by hash first, so a look-up
     * costs a few integer comparisons. Same answer as the walk over the text, which it falls back
     * to where the index cannot answer alike (a candidate edge inside a word, a text with a word
     * longer than {@link #MAX_WORD} letters).
     */
    public String findNear(TextView view, int start, int end) {
        return findNear(view, start, end, WORDS_BEFORE, WORDS_AFTER);
    }

    public String findNear(TextView view, int start, int end, int wordsBefore, int wordsAfter) {
        if (phrases.length == 0) {
            return null;
        }
        String text = view.text();
        TextWords words = view.words();
        if (words.hasLongWord() || splitsWord(text, start) || splitsWord(text, end)) {
            return findNear(text, start, end, wordsBefore, wordsAfter);
        }
        int first = words.firstAtOrAfter(start);
        // the words before: at most wordsBefore, each gap of non-letters at most MAX_GAP
        int from = first;
        int edge = start;
        while (from > 0 && first - from < wordsBefore && edge - words.end(from - 1) <= MAX_GAP) {
            from--;
            edge = words.start(from);
        }
        String hit = match(text, words, from, first);
        if (hit != null) {
            return hit;
        }
        int after = words.firstAtOrAfter(end);
        int to = after;
        edge = end;
        while (to < words.count() && to - after < wordsAfter && words.start(to) - edge <= MAX_GAP) {
            edge = words.end(to);
            to++;
        }
        return match(text, words, after, to);
    }

    /** A letter on both sides of {@code pos}: a candidate edge that cuts a word in two. */
    private static boolean splitsWord(String text, int pos) {
        return pos > 0 && pos < text.length() && TextWords.isLetter(text.charAt(pos - 1))
                && TextWords.isLetter(text.charAt(pos));
    }

    /** The first phrase (in text order, then declaration order) made of words {@code [from, to)}. */
    private String match(String text, TextWords words, int from, int to) {
        for (int i = from; i < to; i++) {
            int h = words.hash(i);
            if (!regions.mayStartPhrase(h)) {
                continue;  // most words near a candidate start no phrase: one bit test, not a comparison per phrase
            }
            for (int p = 0; p < phrases.length; p++) {
                int[] ph = phraseHashes[p];
                if (ph[0] != h || ph.length > to - i) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < ph.length && all; k++) {
                    all = ph[k] == words.hash(i + k)
                            && equalsIgnoreCase(text, words.start(i + k), words.end(i + k), phrases[p][k]);
                }
                if (all) {
                    return joined[p];
                }
            }
        }
        return null;
    }

    public String findNear(CharSequence text, int start, int end, int wordsBefore, int wordsAfter) {
        if (phrases.length == 0) {
            return null;
        }
        int[] before = spansBefore(text, start, wordsBefore);
        String hit = match(text, before);
        return hit != null ? hit : match(text, spansAfter(text, end, wordsAfter));
    }

    /** Word spans as {@code [count, s0, e0, s1, e1, …]} in text order. */
    private String match(CharSequence text, int[] spans) {
        int n = spans[0];
        for (int i = 0; i < n; i++) {
            for (String[] p : phrases) {
                if (p.length <= n - i && matchesAt(text, spans, i, p)) {
                    return String.join(" ", p);
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(CharSequence text, int[] spans, int i, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            int s = spans[1 + 2 * (i + k)];
            int e = spans[2 + 2 * (i + k)];
            if (!equalsIgnoreCase(text, s, e, phrase[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean equalsIgnoreCase(CharSequence text, int s, int e, String lower) {
        if (e - s != lower.length()) {
            return false;
        }
        for (int j = 0; j < lower.length(); j++) {
            char c = text.charAt(s + j);
            char l = lower.charAt(j);
            if (c != l && Character.toLowerCase(c) != l) {
                return false;
            }
        }
        return true;
    }

    private static int[] spansBefore(CharSequence text, int pos, int max) {
        int[] rev = new int[2 * max];
        int count = 0;
        int i = pos;
        while (count < max && i > 0) {
            int gapEnd = i;
            while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                i--;
                if (gapEnd - i > MAX_GAP) {
                    return ordered(rev, count);
                }
            }
            int e = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1)) && e - i < MAX_WORD) {
                i--;
            }
            if (e > i) {
                rev[2 * count] = i;
                rev[2 * count + 1] = e;
                count++;
            }
        }
        return ordered(rev, count);
    }

    private static int[] ordered(int[] rev, int count) {
        int[] out = new int[1 + 2 * count];
        out[0] = count;
        for (int k = 0; k < count; k++) {
            int from = count - 1 - k;
            out[1 + 2 * k] = rev[2 * from];
            out[2 + 2 * k] = rev[2 * from + 1];
        }
        return out;
    }

    private static int[] spansAfter(CharSequence text, int pos, int max) {
        int[] out = new int[1 + 2 * max];
        int count = 0;
        int n = text.length();
        int i = pos;
        while (count < max && i < n) {
            int gapStart = i;
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
                if (i - gapStart > MAX_GAP) {
                    out[0] = count;
                    return out;
                }
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i)) && i - s < MAX_WORD) {
                i++;
            }
            if (i > s) {
                out[1 + 2 * count] = s;
                out[2 + 2 * count] = i;
                count++;
            }
        }
        out[0] = count;
        return out;
    }

    static List<String> words(CharSequence text, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
