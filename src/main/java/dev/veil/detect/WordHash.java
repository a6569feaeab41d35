package dev.veil.detect;

/**
 * The hash of a word ignoring case, computed eight characters at a time so that a Latin-1 text's
 * words are hashed from its bytes with a load, a mask and a multiplication each (most words have
 * at most eight letters), and the size of the text's {@link WordHashFilter} ({@link
 * TextView#mayContainWord}): 128 bits per word of the text (a power of two, 1,024 to about a
 * million bits), so that it stays mostly empty.
 */
final class WordHash {
    /** The state before a word's first block. */
    private static final long SEED = 0x243F6A8885A308D3L;
    /** Odd, with its bits spread: each block's multiplication carries every bit of it upwards. */
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** Bit 5 of each of a {@code long}'s bytes: a Latin-1 letter with it set is its own small letter. */
    static final long FOLD = 0x2020202020202020L;
    private static final int MIN_LONGS = 16;
    private static final int MAX_LONGS = 1 << 14;

    private WordHash() {
    }

    /**
     * A character as the hash reads it: its small letter ({@link Letters#lower}) with bit 5 set when
     * that is in Latin-1. For every Latin-1 letter that is the letter with bit 5 set (its capitals are
     * their small letters less 0x20; the others have it set already), so a Latin-1 text's words are
     * hashed from its bytes eight at a time ({@link TextWords}) with one OR; "ß" reads as "ÿ" (a
     * shared hash, which only costs a comparison of letters).
     */
    static int fold(char c) {
        char lower = Letters.lower(c);
        return lower <= 0xFF ? lower | 0x20 : lower;
    }

    /**
     * The state after one block: up to eight folded characters, the first in the lowest byte (a
     * character beyond Latin-1 XORed in at its place across the next byte too).
     */
    private static long step(long h, long block) {
        return (h ^ block) * MULTIPLIER;
    }

    /** The hash of a word from the state after its last block: the product's high half, its best-mixed bits. */
    private static int finish(long h) {
        return (int) (h >>> 32);
    }

    /** The hash of a word of at most eight characters given as its one block (its folded bytes, as {@link #step} takes them). */
    static int ofBlock(long block) {
        return finish(step(SEED, block));
    }

    /** The hash of a whole word (any case: each character is {@link #fold}ed). */
    static int of(String word) {
        return of(word, 0, word.length());
    }

    /** The hash of the word {@code [start, end)} of {@code text}, as {@link TextWords} hashes a text's words. */
    static int of(CharSequence text, int start, int end) {
        long h = SEED;
        long block = 0;
        for (int i = start; i < end; i++) {
            int j = (i - start) & 7;
            block ^= (long) fold(text.charAt(i)) << (8 * j);
            if (j == 7 || i == end - 1) {
                h = step(h, block);
                block = 0;
            }
        }
        return finish(h);
    }

    /**
     * Filter size in longs for a text of {@code words} words: a power of two, two longs (128
     * bits) a word up to the largest size, so that fewer than one in a hundred of the words a
     * detector asks for passes in a text without them. A document's short units (a cell, a row)
     * each ask for the keywords of every context-requiring detector; with one bit per character
     * (about six a word) one keyword in six passed, and a detector with a few keywords ran on most units.
     */
    static int filterLongs(int words) {
        int longs = MIN_LONGS;
        while (longs < MAX_LONGS && longs < 2L * words) {
            longs <<= 1;
        }
        return longs;
    }
}
