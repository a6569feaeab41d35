package dev.veil.detect;

/**
 * A bit filter of word hashes ({@link TextView#wordHash}, {@link TextView#wordHashAt}): a word
 * whose bit is clear is certainly not among the words added, told by one test. The text's own
 * word filter ({@link TextView#mayContainWord}) and the first-word filters of context phrases and
 * keyword candidates are made of it.
 */
public final class WordHashFilter {
    /** The size of {@link #of}: 65,536 bits, so that few of a text's words pass a filter of a few dozen words. */
    private static final int WORDS_LONGS = 1 << 10;

    private final long[] bits;

    /** An empty filter of {@code longs} longs (a power of two). */
    WordHashFilter(int longs) {
        if (Integer.bitCount(longs) != 1) {
            throw new IllegalArgumentException("a power of two");
        }
        this.bits = new long[longs];
    }

    /** A filter of the given hashes, of 65,536 bits. */
    public static WordHashFilter of(int... hashes) {
        WordHashFilter filter = new WordHashFilter(WORDS_LONGS);
        for (int h : hashes) {
            filter.add(h);
        }
        return filter;
    }

    void add(int hash) {
        int mixed = hash ^ (hash >>> 15);
        bits[(mixed >>> 6) & (bits.length - 1)] |= 1L << mixed;
    }

    /** Whether a word of this hash may have been added: {@code false} is certain. */
    public boolean mayContain(int hash) {
        int mixed = hash ^ (hash >>> 15);
        return (bits[(mixed >>> 6) & (bits.length - 1)] & (1L << mixed)) != 0;
    }
}
