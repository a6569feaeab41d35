package dev.veil.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The words of one text, found in one pass and shared by every detector: each maximal run of
 * letters (as {@link ContextWords} reads words) with its position and the hash of its lower-case
 * form ({@link WordHash}), plus a bit filter of those hashes. Context look-ups find the words
 * around a candidate by a search from the previous look-up ({@link #firstAtOrAfter}) and compare
 * hashes before characters, instead of walking the text and comparing letters for every candidate
 * and every detector.
 */
final class TextWords {
    /** Words longer than this are cut by {@link ContextWords}' own walk; such texts use that walk. */
    static final int MAX_WORD = 64;

    /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first in the lowest byte. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Word {@code k} is {@code [runs[2k], runs[2k + 1])}. */
    private final int[] runs;
    private final int[] hashes;
    /** Each word's first and last two letters as {@link #edgePairs}. */
    private final int[] edges;
    private final int count;
    private final boolean hasLongWord;
    private final WordHashFilter filter;
    /**
     * Per 64-character block {@code b} of the text: at {@code 2b} the number of words that start
     * before it, at {@code 2b + 1} which of its characters start one (bit {@code j} for character
     * {@code 64b + j}), so that {@link #firstAtOrAfter} counts instead of searching.
     */
    private final long[] startIndex;
    private final int length;

    private TextWords(int[] runs, int[] hashes, int[] edges, int count, boolean hasLongWord, WordHashFilter filter,
                      long[] startIndex, int length) {
        this.startIndex = startIndex;
        this.length = length;
        this.runs = runs;
        this.hashes = hashes;
        this.edges = edges;
        this.count = count;
        this.hasLongWord = hasLongWord;
        this.filter = filter;
    }

    /** The words of {@code text}, whose characters' classes are {@code classes}. */
    static TextWords of(String text, CharClasses classes) {
        int[] runs = classes.letterRuns();
        int blocks = classes.blocks();
        long[] startIndex = new long[2 * blocks];
        int before = 0;
        long carry = 0;  // 1 when the character before the block is a letter
        for (int b = 0; b < blocks; b++) {
            long bits = classes.letterBits(b);
            long starts = bits & ~(bits << 1 | carry);
            startIndex[2 * b] = before;
            startIndex[2 * b + 1] = starts;
            before += Long.bitCount(starts);
            carry = bits >>> 63;
        }
        // the runs of letters first (64 characters at a time), then each run's hash: the hashing
        // loop then has no letter test and no branch at a word's edge to mispredict
        int count = runs.length / 2;
        int[] hashes = new int[count];
        int[] edges = new int[count];
        WordHashFilter filter = new WordHashFilter(WordHash.filterLongs(count));
        boolean longWord = false;
        // a text's words from its bytes: a word of up to eight Latin-1 letters (most) is one load, a
        // mask and a multiplication, without a loop over its letters whose end mispredicts
        byte[] bytes = classes.bytes();
        int lastLoad = bytes == null ? -1 : bytes.length - 8; // the last block's last words are read as characters
        boolean beyond = classes.hasBeyondLatin1();
        for (int k = 0; k < count; k++) {
            int s = runs[2 * k];
            int e = runs[2 * k + 1];
            int length = e - s;
            boolean fromBytes = s <= lastLoad && length <= 8;
            long mask = 0;
            long raw = 0;
            if (fromBytes) {
                mask = -1L >>> (64 - 8 * length);
                raw = (long) EIGHT_BYTES.get(bytes, s) & mask;
                // a letter beyond Latin-1 (its byte 0x80): the word from its characters
                fromBytes = !beyond || !holdsBeyondLatin1(raw, mask);
            }
            if (fromBytes) {
                long block = (raw | WordHash.FOLD) & mask;
                hashes[k] = WordHash.ofBlock(block);
                edges[k] = length < 2 ? 0 : (lowerPair((int) block & 0xff, (int) (block >>> 8) & 0xff) + 1) << 16
                        | (lowerPair((int) (block >>> 8 * (length - 2)) & 0xff, (int) (block >>> 8 * (length - 1)) & 0xff) + 1);
            } else {
                hashes[k] = WordHash.of(text, s, e);
                edges[k] = length < 2 ? 0 : (lowerPair(WordHash.fold(text.charAt(s)), WordHash.fold(text.charAt(s + 1))) + 1) << 16
                        | (lowerPair(WordHash.fold(text.charAt(e - 2)), WordHash.fold(text.charAt(e - 1))) + 1);
            }
            longWord |= length > MAX_WORD;
            filter.add(hashes[k]);
        }
        return new TextWords(runs, hashes, edges, count, longWord, filter, startIndex, text.length());
    }

    /** Whether a byte of {@code eight} within {@code mask} is {@link CharClasses#BEYOND_LATIN1}: that word is hashed from its characters. */
    private static boolean holdsBeyondLatin1(long eight, long mask) {
        long x = (eight ^ 0x8080808080808080L) | ~mask; // such a byte is 0 within the mask
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

    /** A letter as {@link Character#isLetter(char)} says, with a fast path for ASCII. */
    static boolean isLetter(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    /**
     * Two letters that fold ({@link Letters#lower}) to ASCII {@code a-z} as a number below
     * 676; -1 for any other pair. A letter that equals a lower-case letter ignoring case (as
     * {@link ContextWords} compares) folds to it.
     */
    static int letterPair(char first, char second) {
        return lowerPair(Letters.lower(first), Letters.lower(second));
    }

    /**
     * {@link #letterPair} of two letters already folded ({@link Letters#lower} or {@link WordHash#fold}:
     * the same for {@code a-z}, and neither folds another letter to them).
     */
    private static int lowerPair(int first, int second) {
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

    /** The words' bounds, {@code [start0, end0, …]}: the array itself (see {@link TextView#wordBounds}). */
    int[] bounds() {
        return runs;
    }

    int hash(int k) {
        return hashes[k];
    }

    /** Whether some word is longer than {@link #MAX_WORD} letters. */
    boolean hasLongWord() {
        return hasLongWord;
    }

    /**
     * The index of the first word that starts at or after {@code pos} ({@link #count()} when none):
     * the number of words that start before it, read off the block of {@code pos} (the words before
     * the block, and the word starts within it before {@code pos}, counted). A search from the
     * previous answer (context look-ups come mostly in text order) cost a few dependent reads and
     * branches, taken at random, per look-up.
     */
    int firstAtOrAfter(int pos) {
        if (pos <= 0) {
            return 0;
        }
        if (pos >= length) {
            return count;
        }
        int b = pos >>> 6;
        // the starts below pos's bit: a shift uses the low six bits of pos
        return (int) startIndex[2 * b] + Long.bitCount(startIndex[2 * b + 1] & ((1L << pos) - 1));
    }
}
