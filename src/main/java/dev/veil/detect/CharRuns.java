package dev.veil.detect;


/**
 * The maximal runs of a set of characters in a text (its letters, its ASCII letters and digits),
 * found 64 characters at a time: each block's members become the bits of one {@code long}
 * without a branch per ASCII character, and the runs' edges are where a bit differs from the one
 * before it. A character-by-character walk mispredicts a branch at nearly every edge, and the
 * text of real documents (words, tables of figures, forms) has an edge every few characters. For
 * a set whose members are rare (digits in prose), such a walk predicts well and is the cheaper one.
 */
public final class CharRuns {
    /** 1 at the ASCII members of the set. */
    private final int[] member = new int[128];
    /** Whether the characters beyond ASCII that {@link Character#isLetter(char)} accepts are members. */
    private final boolean lettersBeyondAscii;

    private CharRuns(String asciiChars, boolean lettersBeyondAscii) {
        for (char c : asciiChars.toCharArray()) {
            if (c >= 128) {
                throw new IllegalArgumentException("ASCII only");
            }
            member[c] = 1;
        }
        this.lettersBeyondAscii = lettersBeyondAscii;
    }

    /** Runs of the ASCII characters of {@code chars}; no character beyond ASCII is a member. */
    public static CharRuns ascii(String chars) {
        return new CharRuns(chars, false);
    }

    /** Runs of letters as {@link Character#isLetter(char)} reads them: words, as {@link TextWords} finds them. */
    public static CharRuns letters() {
        return new CharRuns("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", true);
    }

    /**
     * The runs of {@code text} as {@code [start0, end0, start1, end1, …]}, in text order. The
     * members of each block are kept as they are found (one {@code long} per 64 characters) and
     * their edges counted, so that the array is made once at its size: on a text of a few MB a
     * growing array allocated several times the result.
     */
    public int[] in(String text) {
        int n = text.length();
        long[] blocks = new long[(n + 63) / 64];
        int edgeCount = 0;
        long carry = 0; // 1 when the character before the block is a member
        int[] table = member;
        for (int b = 0; b < blocks.length; b++) {
            int base = b * 64;
            int limit = Math.min(64, n - base);
            long bits = 0;
            int high = 0;
            for (int j = 0; j < limit; j++) {
                char c = text.charAt(base + j);
                // a member bit without branching: the table read for the low seven bits, kept only below 128
                bits |= (long) (table[c & 0x7f] & ((c - 128) >>> 31)) << j;
                high |= c;
            }
            if (lettersBeyondAscii && high >= 128) {
                bits |= lettersBeyondAscii(text, base, limit);
            }
            blocks[b] = bits;
            // starts (a member after a non-member) and ends (a non-member after a member); in a last,
            // short block the bits past its end are 0, so a run that reaches the text's end ends there
            edgeCount += Long.bitCount(bits ^ (bits << 1 | carry));
            carry = bits >>> 63;
        }
        // a full last block has no bit past the text's end: a run reaching it ends there
        boolean endsAtText = carry != 0 && n % 64 == 0;
        int[] out = new int[edgeCount + (endsAtText ? 1 : 0)];
        int size = 0;
        carry = 0;
        for (int b = 0; b < blocks.length; b++) {
            long bits = blocks[b];
            long edges = bits ^ (bits << 1 | carry);
            while (edges != 0) {
                out[size++] = b * 64 + Long.numberOfTrailingZeros(edges);
                edges &= edges - 1;
            }
            carry = bits >>> 63;
        }
        if (endsAtText) {
            out[size] = n;
        }
        return out;
    }

    /** The bits of the block's letters beyond ASCII. */
    private static long lettersBeyondAscii(String text, int base, int limit) {
        long bits = 0;
        for (int j = 0; j < limit; j++) {
            char c = text.charAt(base + j);
            if (c >= 128 && Character.isLetter(c)) {
                bits |= 1L << j;
            }
        }
        return bits;
    }
}
