package dev.veil.detect;

/**
 * The hash of a lower-cased word, computed character by character so that a text can be hashed
 * word by word in one pass, and the size of the text's {@link WordHashFilter} ({@link
 * TextView#mayContainWord}): 128 bits per word of the text (a power of two, 1,024 to about a
 * million bits), so that it stays mostly empty.
 */
final class WordHash {
    static final int START = 0x811C9DC5;
    private static final int MIN_LONGS = 16;
    private static final int MAX_LONGS = 1 << 14;

    private WordHash() {
    }

    static int step(int h, char lower) {
        return (h ^ lower) * 0x01000193;
    }

    /** The hash of a whole word, as {@link #step} builds it over the word's lower-case letters. */
    static int of(String lowerWord) {
        int h = START;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = step(h, Letters.lower(lowerWord.charAt(i)));
        }
        return h;
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
