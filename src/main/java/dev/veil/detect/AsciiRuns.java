package dev.veil.detect;

/**
 * The maximal runs of a set of ASCII characters in a text (its letters and digits), found 64
 * characters at a time: each block's members become the bits of one {@code long} without a
 * branch per character, and the runs' edges are where a bit differs from the one before it. A
 * character-by-character walk mispredicts a branch at nearly every edge, and the text of real
 * documents (words, tables of figures, forms) has an edge every few characters. For a set whose
 * members are rare (digits in prose), such a walk predicts well and is the cheaper one.
 */
public final class AsciiRuns {
    /** 1 at the members of the set, by ASCII character; characters beyond ASCII are never members. */
    private final int[] member = new int[128];

    /** The runs of the characters of {@code chars} (ASCII only). */
    public AsciiRuns(String chars) {
        for (char c : chars.toCharArray()) {
            if (c >= 128) {
                throw new IllegalArgumentException("ASCII only");
            }
            member[c] = 1;
        }
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
            for (int j = 0; j < limit; j++) {
                char c = text.charAt(base + j);
                // a member bit without branching: the table read for the low seven bits, kept only below 128
                bits |= (long) (table[c & 0x7f] & ((c - 128) >>> 31)) << j;
            }
            long before = bits << 1 | carry;
            // starts (a member after a non-member) and ends (a non-member after a member); in a last,
            // short block the bits past its end are 0, so a run that reaches the text's end ends there
            long edges = bits ^ before;
            if (size + Long.bitCount(edges) > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + 64));
            }
            while (edges != 0) {
                out[size++] = base + Long.numberOfTrailingZeros(edges);
                edges &= edges - 1;
            }
            carry = bits >>> 63;
        }
        if (carry != 0 && n % 64 == 0) {
            // a full last block has no bit past the text's end: the run ends there
            out = size == out.length ? java.util.Arrays.copyOf(out, size + 1) : out;
            out[size++] = n;
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
