package dev.veil.detect;

/**
 * The hash of a lower-cased word, computed character by character so that a text can be hashed
 * word by word in one pass, and the size of the text's {@link WordHashFilter} ({@link
 * TextView#mayContainWord}): about one bit per character of text (a power of two, 1,024 to about a
 * million bits), so that it stays mostly empty: a text has far fewer distinct words than characters.
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

    /** Filter size in longs for a text of {@code length} characters: a power of two. */
    static int filterLongs(int length) {
        int longs = MIN_LONGS;
        while (longs < MAX_LONGS && longs * 64L < length) {
            longs <<= 1;
        }
        return longs;
    }
}
