package dev.veil.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    /** The byte that stands for a character beyond Latin-1 in {@link #bytes()}: U+0080, a control character. */
    public static final byte BEYOND_LATIN1 = (byte) 0x80;
    /** The text as bytes (see {@link #bytes()}), or {@code null}. */
    private final byte[] bytes;

    /** Whether {@link #bytes()} stands {@link #BEYOND_LATIN1} for some character. */
    private final boolean beyondLatin1;

    private CharClasses(int length, long[] asciiLetters, long[] digits, long[] otherLetters, boolean spaceSeparators,
                        byte[] bytes, boolean beyondLatin1) {
        this.bytes = bytes;
        this.beyondLatin1 = beyondLatin1;
        this.length = length;
        this.asciiLetters = asciiLetters;
        this.digits = digits;
        this.otherLetters = otherLetters;
        this.spaceSeparators = spaceSeparators;
    }

    /** Characters copied out of the text at a time: a multiple of 64, small enough to stay in the first-level cache. */
    private static final int CHUNK = 4096;
    /** The lowest bit of each of a {@code long}'s eight bytes. */
    private static final long LOW_BITS = 0x0101010101010101L;
    /** Multiplied by a {@code long} of 0/1 bytes, gathers byte {@code i}'s bit into bit {@code 56 + i}. */
    private static final long GATHER = 0x0102040810204080L;

    /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first in the lowest byte. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The highest bit of each of a {@code long}'s eight bytes. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Below this length a text is read as characters: the encoder's setup would cost more than it saves. */
    private static final int FEW_CHARS = 1024;

    /**
     * The classes of {@code text}'s characters. The text is copied out a chunk at a time
     * ({@link String#getChars}, a vectorised copy) and encoded as Latin-1 bytes (the JDK's
     * encoder, vectorised too, which stops at the first character beyond Latin-1), and the
     * classes of eight characters are found at once from a {@code long} of eight bytes by adding
     * across its bytes (two range tests, each two additions), whose results' high bits one
     * multiplication each gathers into eight bits of the block: 1.8 ms a 4 MB text where a table
     * read per character, packed a byte each, took 4.4. The block of a character beyond Latin-1
     * (or a surrogate) is classed character by character as before ({@link Classes#ofChars}) and
     * the encoding goes on after it, so that text with a few such characters (quotes, dashes) is
     * still read mostly as bytes; a block with a Latin-1 character beyond ASCII is read again for
     * its letters and spaces.
     */
    public static CharClasses of(String text) {
        int n = text.length();
        int blocks = (n + 63) / 64;
        Classes out = new Classes(text, blocks);
        long[] letters = out.letters;
        long[] digits = out.digits;
        char[] chars = new char[Math.min(CHUNK, blocks * 64)];
        // the whole text's bytes, kept for the passes that read characters at runs' edges (see bytes())
        byte[] bytes = n < FEW_CHARS ? null : new byte[blocks * 64];
        CharsetEncoder latin1 = n < FEW_CHARS ? null : StandardCharsets.ISO_8859_1.newEncoder();
        boolean beyond = false;
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            text.getChars(from, from + len, chars, 0);
            // a last, short block reads 0s past the text's end: no class, so its bits past the end stay 0
            int padded = (len + 63) & ~63;
            Arrays.fill(chars, len, padded, (char) 0);
            if (latin1 == null) {
                out.ofChars(chars, from, 0, padded);
                continue;
            }
            // the blocks before a character beyond Latin-1 read as bytes, its own block as characters, then on
            int off = 0;
            while (off < padded) {
                int end = encode(latin1, chars, off, padded, bytes, from) & ~63;
                for (; off < end; off += 64) {
                    long letterBits = 0;
                    long digitBits = 0;
                    long high = 0;
                    for (int q = 0; q < 64; q += 8) {
                        long eight = (long) EIGHT_BYTES.get(bytes, from + off + q);
                        high |= eight;
                        long ascii = ~eight & HIGH_BITS;
                        long low = eight & ~HIGH_BITS;
                        long digit = inRange(low, '0', '9') & ascii;
                        long letter = inRange(low | 0x2020202020202020L, 'a', 'z') & ascii;
                        letterBits |= ((letter >>> 7) * GATHER >>> 56) << q;
                        digitBits |= ((digit >>> 7) * GATHER >>> 56) << q;
                    }
                    int b = (from + off) >> 6;
                    letters[b] = letterBits;
                    digits[b] = digitBits;
                    if ((high & HIGH_BITS) != 0) {
                        out.beyondAscii(chars, off, b);
                    }
                }
                if (off < padded) {
                    beyond = true;
                    out.ofChars(chars, from, off, off + 64);
                    for (int j = off; j < off + 64; j++) {
                        char c = chars[j];
                        bytes[from + j] = (byte) (c <= 0xFF ? c : BEYOND_LATIN1);
                    }
                    off += 64;
                }
            }
        }
        return new CharClasses(n, letters, digits, out.others, out.spaces, bytes, beyond);
    }

    /**
     * Encodes {@code chars} (a chunk from {@code from}) from {@code off} (up to {@code count}) as
     * Latin-1 into {@code bytes} at the text's places, up to the first character beyond Latin-1 or
     * surrogate; answers where the encoding stopped ({@code count} when it read them all).
     */
    private static int encode(CharsetEncoder latin1, char[] chars, int off, int count, byte[] bytes, int from) {
        latin1.reset();
        CharBuffer in = CharBuffer.wrap(chars, off, count - off);
        latin1.encode(in, ByteBuffer.wrap(bytes, from + off, count - off), true);
        return in.position();
    }

    /**
     * The high bit of each byte of {@code low} (each below 128) whose value is {@code lo} to
     * {@code hi}: a byte plus {@code 128 - lo} reaches 128 when it is {@code lo} or more, plus
     * {@code 127 - hi} when it is above {@code hi}, and neither sum carries into the next byte.
     */
    private static long inRange(long low, int lo, int hi) {
        return (low + (128 - lo) * LOW_BITS) & ~(low + (127 - hi) * LOW_BITS) & HIGH_BITS;
    }

    /** The classes as they are found, block by block. */
    private static final class Classes {
        final int length;
        final long[] letters;
        final long[] digits;
        /** Letters beyond ASCII, made for the first. */
        long[] others;
        boolean spaces;

        Classes(String text, int blocks) {
            this.length = text.length();
            this.letters = new long[blocks];
            this.digits = new long[blocks];
        }

        /**
         * Classes the blocks {@code [start, stop)} of {@code chars} (a chunk from {@code from}, 0s
         * past the text's end) character by character: a table read for each ASCII one, packed a
         * byte each into a {@code long} of eight.
         */
        void ofChars(char[] chars, int from, int start, int stop) {
            int[] table = CLASS;
            for (int off = start; off < stop; off += 64) {
                long letterBits = 0;
                long digitBits = 0;
                int high = 0;
                for (int q = 0; q < 64; q += 8) {
                    long packed = 0;
                    for (int j = 0; j < 8; j++) {
                        char c = chars[off + q + j];
                        high |= c;
                        // the class without branching: the table read for the low seven bits, kept only below 128
                        packed |= (long) (table[c & 0x7f] & ((c - 128) >> 31)) << (8 * j);
                    }
                    letterBits |= ((packed & LOW_BITS) * GATHER >>> 56) << q;
                    digitBits |= ((packed >>> 1 & LOW_BITS) * GATHER >>> 56) << q;
                }
                int b = (from + off) >> 6;
                letters[b] = letterBits;
                digits[b] = digitBits;
                if (high >= 128) {
                    beyondAscii(chars, off, b);
                }
            }
        }

        /** Finds the letters beyond ASCII of block {@code b}, at {@code off} of {@code chars}, and whether it holds a space separator. */
        void beyondAscii(char[] chars, int off, int b) {
            int limit = Math.min(64, length - b * 64);
            long otherBits = 0;
            for (int j = 0; j < limit; j++) {
                char c = chars[off + j];
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
                    others = new long[letters.length];
                }
                others[b] = otherBits;
            }
        }
    }

    /**
     * The text as bytes, one a character: a Latin-1 character as itself, any other as
     * {@link #BEYOND_LATIN1} (a control character, never a letter or digit), then 0 to the end of the
     * last block of 64; {@code null} for a text shorter than {@link #FEW_CHARS} (read as characters).
     * For the passes that read characters at runs' edges (a record keeps every character beyond
     * ASCII as 128) and hash words eight letters at a time (a word holding that byte is hashed from
     * its characters). Shared: never to be written.
     */
    public byte[] bytes() {
        return bytes;
    }

    /** Whether {@link #bytes()} stands {@link #BEYOND_LATIN1} for some character of the text (one beyond Latin-1 or a surrogate). */
    boolean hasBeyondLatin1() {
        return beyondLatin1;
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

    /** The number of 64-character blocks the classes are kept in ({@link #asciiAlnumBits}). */
    public int blocks() {
        return asciiLetters.length;
    }

    /**
     * Which characters of block {@code b} (positions {@code 64 * b} on, bit {@code j} for
     * character {@code 64 * b + j}) are ASCII letters or digits; bits past the text's end are 0.
     * For a pass that reads the runs of {@link #asciiAlnumRuns} once, straight off the bits,
     * without an array of their bounds made, filled and read back first.
     */
    public long asciiAlnumBits(int b) {
        return asciiLetters[b] | digits[b];
    }

    /** Which characters of block {@code b} are letters ({@link #letterRuns}), as {@link #asciiAlnumBits} tells its kind. */
    long letterBits(int b) {
        return bits(LETTERS, b);
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
     * after a member ends one) counted first, so that the array is made once at its size. A
     * block's edges are then written eight at a time without a test each, its count added at
     * once: a loop that stopped at each block's last edge mispredicted that stop at nearly every
     * block (prose has a dozen edges per 64 characters, a number table a few, at random). Writes
     * past a block's edges land where the next block's go, so this runs while 64 places are left.
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
        int b = 0;
        for (int roomy = out.length - 64; b < blocks && size <= roomy; b++) {
            long bits = bits(kind, b);
            long edges = bits ^ (bits << 1 | carry);
            carry = bits >>> 63;
            int base = b * 64;
            int i = size;
            size += Long.bitCount(edges);
            while (i < size) {
                // a loop of a constant eight, which the compiler unrolls
                for (int u = 0; u < 8; u++) {
                    out[i + u] = base + Long.numberOfTrailingZeros(edges);
                    edges &= edges - 1;
                }
                i += 8;
            }
        }
        // the last blocks, within 64 places of the array's end: one edge at a time
        for (; b < blocks; b++) {
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
