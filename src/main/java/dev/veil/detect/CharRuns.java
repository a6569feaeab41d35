package dev.veil.detect;

import java.util.Arrays;

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

    /** The runs of {@code text} as {@code [start0, end0, start1, end1, …]}, in text order. */
    public int[] in(String text) {
        int n = text.length();
        int[] out = new int[Math.max(16, Math.min(n / 4, 1 << 16))];
        int size = 0;
        long carry = 0; // 1 when the character before the block is a member
        int[] table = member;
        for (int base = 0; base < n; base += 64) {
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
            // starts (a member after a non-member) and ends (a non-member after a member); in a last,
            // short block the bits past its end are 0, so a run that reaches the text's end ends there
            long edges = bits ^ (bits << 1 | carry);
            if (size + Long.bitCount(edges) > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + 64));
            }
            while (edges != 0) {
                out[size++] = base + Long.numberOfTrailingZeros(edges);
                edges &= edges - 1;
            }
            carry = bits >>> 63;
        }
        if (carry != 0 && n % 64 == 0) {
            // a full last block has no bit past the text's end: the run ends there
            out = size == out.length ? Arrays.copyOf(out, size + 1) : out;
            out[size++] = n;
        }
        return Arrays.copyOf(out, size);
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
