package dev.veil.detect;

/**
 * What every shared pass over a text starts from, read in one pass over its characters, 64 at
 * a time: which are letters (as {@link Character#isLetter(char)}: the words of
 * {@link TextWords}), which are ASCII digits, which are ASCII letters (with the digits: the
 * identifier runs of the ALNUM index), and whether the text holds a space separator beyond ASCII
 * ({@link TextView} then rewrites those as spaces). Each block's members become the bits of one
 * {@code long} without a branch per ASCII character; runs are read off the bits afterwards, where
 * a bit differs from the one before it. A character-by-character walk per kind of run read the
 * text three times and mispredicted a branch at nearly every edge (the text of real documents
 * has an edge every few characters).
 */
public final class CharClasses {
    private static final int ASCII_LETTER = 1;
    private static final int DIGIT = 2;
    /** The class of each ASCII character. */
    private static final int[] CLASS = new int[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = ASCII_LETTER;
            CLASS[c + 32] = ASCII_LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
    }

    private static final int LETTERS = 0;
    private static final int DIGITS = 1;
    private static final int ASCII_ALNUM = 2;

    private final int length;
    private final long[] asciiLetters;
    private final long[] digits;
    /** Letters beyond ASCII, or {@code null} when the text has none. */
    private final long[] otherLetters;
    private final boolean spaceSeparators;

    private CharClasses(int length, long[] asciiLetters, long[] digits, long[] otherLetters, boolean spaceSeparators) {
        this.length = length;
        this.asciiLetters = asciiLetters;
        this.digits = digits;
        this.otherLetters = otherLetters;
        this.spaceSeparators = spaceSeparators;
    }

    /** The classes of {@code text}'s characters. */
    public static CharClasses of(String text) {
        int n = text.length();
        int blocks = (n + 63) / 64;
        long[] letters = new long[blocks];
        long[] digits = new long[blocks];
        long[] others = null;
        boolean spaces = false;
        int[] table = CLASS;
        for (int b = 0; b < blocks; b++) {
            int base = b * 64;
            int limit = Math.min(64, n - base);
            long letterBits = 0;
            long digitBits = 0;
            int high = 0;
            for (int j = 0; j < limit; j++) {
                char c = text.charAt(base + j);
                // the class without branching: the table read for the low seven bits, kept only below 128
                int k = table[c & 0x7f] & ((c - 128) >> 31);
                letterBits |= (long) (k & ASCII_LETTER) << j;
                digitBits |= (long) (k >>> 1) << j;
                high |= c;
            }
            letters[b] = letterBits;
            digits[b] = digitBits;
            if (high >= 128) {
                long otherBits = 0;
                for (int j = 0; j < limit; j++) {
                    char c = text.charAt(base + j);
                    if (c >= 128) {
                        if (Character.isLetter(c)) {
                            otherBits |= 1L << j;
                        } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                            spaces = true;
                        }
                    }
                }
                if (otherBits != 0) {
                    if (others == null) {
                        others = new long[blocks];
                    }
                    others[b] = otherBits;
                }
            }
        }
        return new CharClasses(n, letters, digits, others, spaces);
    }

    /** Whether the text holds a space separator (Unicode category Zs) beyond ASCII. */
    public boolean hasSpaceSeparators() {
        return spaceSeparators;
    }

    /** The maximal runs of letters ({@link Character#isLetter(char)}) as {@code [start0, end0, …]}. */
    public int[] letterRuns() {
        return runs(LETTERS);
    }

    /** The maximal runs of ASCII digits as {@code [start0, end0, …]}. */
    public int[] digitRuns() {
        return runs(DIGITS);
    }

    /** The maximal runs of ASCII letters and digits ({@code [A-Za-z0-9]+}) as {@code [start0, end0, …]}. */
    public int[] asciiAlnumRuns() {
        return runs(ASCII_ALNUM);
    }

    private long bits(int kind, int b) {
        return switch (kind) {
            case LETTERS -> otherLetters == null ? asciiLetters[b] : asciiLetters[b] | otherLetters[b];
            case DIGITS -> digits[b];
            default -> asciiLetters[b] | digits[b];
        };
    }

    /**
     * The runs of one kind: their edges (a member after a non-member starts one, a non-member
     * after a member ends one) counted first, so that the array is made once at its size.
     */
    private int[] runs(int kind) {
        int blocks = asciiLetters.length;
        int edgeCount = 0;
        long carry = 0;  // 1 when the character before the block is a member
        for (int b = 0; b < blocks; b++) {
            long bits = bits(kind, b);
            // in a last, short block the bits past its end are 0, so a run that reaches the text's end ends there
            edgeCount += Long.bitCount(bits ^ (bits << 1 | carry));
            carry = bits >>> 63;
        }
        // a full last block has no bit past the text's end: a run reaching it ends there
        boolean endsAtText = carry != 0 && length % 64 == 0;
        int[] out = new int[edgeCount + (endsAtText ? 1 : 0)];
        int size = 0;
        carry = 0;
        for (int b = 0; b < blocks; b++) {
            long bits = bits(kind, b);
            long edges = bits ^ (bits << 1 | carry);
            while (edges != 0) {
                out[size++] = b * 64 + Long.numberOfTrailingZeros(edges);
                edges &= edges - 1;
            }
            carry = bits >>> 63;
        }
        if (endsAtText) {
            out[size] = length;
        }
        return out;
    }
}
