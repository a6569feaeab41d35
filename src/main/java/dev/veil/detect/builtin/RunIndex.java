package dev.veil.detect.builtin;

import dev.veil.detect.CharClasses;
import dev.veil.detect.DigitRunIndex;
import dev.veil.detect.TextView;
import java.util.Arrays;

/**
 * The maximal runs of one kind of character in a text (ASCII letters and digits, or ASCII
 * digits), grouped by length, made once per text as a {@link TextView#shared shared pass}.
 * Identifiers are mostly whole runs of a fixed length (a PAN is one run of 10, a VIN one of 17)
 * or start with a short run before a known separator (a MAC address's "00:"), so a detector
 * visits only the runs of the lengths it can start with. Each run's first character, the
 * character after it, the one before it and the third from its start are kept beside its start,
 * in group order, so that the common tests read small arrays in sequence instead of the text at
 * scattered places (most of a text's short runs are words, turned away on one of these).
 *
 * <p>Within a length, runs are kept apart by the kind of one character: the first for the
 * identifier runs (digit, capital, small letter), the one before the run for digit runs (whose
 * first is always a digit: capital, small letter, blank, line end, one of {@code - , . :}, or
 * anything else). A shape whose set for that character holds no member of a kind does not visit
 * that kind's runs, which would all fail it: a SWIFT code's capital first letter skips the words
 * of prose and the numbers of a table, an IBAN's check digits (after a capital) skip the numbers
 * after spaces and punctuation, a postcode after a blank skips the numbers of dates and times. The
 * kinds are fixed, found with a table and sorted into place with the lengths in one counting sort:
 * a split by the character after a run (eight kinds, session 17) cost more to build than it saved.
 */
final class RunIndex {
    /** Runs at least this long share one group. */
    static final int LONGEST = DigitRunIndex.LONGEST;

    /** Which character picks a run's kind (its place in {@link #runs}): the run's first. */
    private static final int FIRST = 0;
    /** The character before the run. */
    private static final int PREV = 16;

    /**
     * Maximal runs of ASCII letters and digits ({@code [A-Za-z0-9]+}), kept apart by their first
     * character's kind; read straight off the view's character classes, 64 characters a block, so
     * that no array of their bounds is made, zeroed, filled and read back (nothing else asks for one).
     */
    static final TextView.SharedPass<RunIndex> ALNUM = view -> new RunIndex(view.text(), view.classes());
    /**
     * Maximal runs of ASCII digits, kept apart by the kind of the character before them: the
     * view's {@link DigitRunIndex}, which sorts them so for this index and for the digit layouts
     * together, read as it is.
     */
    static final TextView.SharedPass<RunIndex> DIGITS = view -> new RunIndex(view.digitRunIndex());

    /**
     * Kinds of an identifier run's first character (never anything else): an ASCII digit, capital,
     * small letter, by {@link #runs}' form of the character (0 to 128).
     */
    private static final byte[] FIRST_KINDS = DigitRunIndex.kindTable("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "abcdefghijklmnopqrstuvwxyz");
    /**
     * Kinds of the character before a digit run (never a digit), as {@link DigitRunIndex} sorts
     * the runs by them: a capital, a small letter, a blank, a line end, and the separators a
     * number most often follows, each its own.
     */
    private static final byte[] PREV_KINDS = DigitRunIndex.prevKinds();
    private static final int FIRST_KIND_COUNT = 4;
    private static final int PREV_KIND_COUNT = DigitRunIndex.KINDS;

    /**
     * In group order (text order within a group): each run's start (high 32 bits) and four of its
     * characters a byte each from the low end: its first, the one after it (0 at the text's end),
     * the one before it (0 at the start) and its third, in the run or not (0 past the end). A
     * character beyond ASCII is kept as 128: a {@link Chars} set tells those apart only from ASCII.
     * One array of eight bytes a run: the runs go to their groups' scattered places, and each place
     * written costs more than the bytes in it. A run's end is its start and its group's length.
     */
    private final long[] runs;
    /** The ends of the runs of the last group ({@link #LONGEST} or more), from its first position on. */
    private final int[] longEnds;
    /**
     * Group of length {@code L} and kind {@code K}: positions {@code groupStart[L * kinds + K] ..
     * groupStart[L * kinds + K + 1]} of the arrays (the kinds of a length side by side).
     */
    private final int[] groupStart;
    /** The longest run's group: no shape visits beyond it. */
    private final int lastGroup;
    /** {@link #FIRST} or {@link #PREV}: which character's kind a run is kept under. */
    private final int keyShift;
    /** The kind of each keyed character ({@link #FIRST_KINDS} or {@link #PREV_KINDS}). */
    private final byte[] kindOf;
    /** How many kinds {@link #kindOf} tells apart: the slots of one length. */
    private final int kinds;

    /** The digit runs of a view, as its {@link DigitRunIndex} sorted them (the layouts read the same sort). */
    private RunIndex(DigitRunIndex digits) {
        this.keyShift = PREV;
        this.kindOf = PREV_KINDS;
        this.kinds = PREV_KIND_COUNT;
        this.runs = digits.records();
        this.groupStart = digits.groupStart();
        this.longEnds = digits.longEnds();
        this.lastGroup = digits.lastGroup();
    }

    /** The runs of the ASCII letters and digits of {@code classes}, kept apart by their first character's kind. */
    private RunIndex(String text, CharClasses classes) {
        this.keyShift = FIRST;
        this.kindOf = FIRST_KINDS;
        this.kinds = FIRST_KIND_COUNT;
        int kinds = this.kinds;
        // a counting sort by length and kind in two walks over the runs, read straight off the
        // classes' bits: one counts each slot's runs (a run's length and first character), the
        // other writes each run's record at its slot's next place. With the text's bytes
        // a run's characters cost a load each, and the second walk costs less than writing every
        // record and slot in text order and reading them back (arrays made, zeroed, written, read)
        byte[] bytes = classes.bytes();
        // no run is longer than the text: a short text (a cell, a row) sizes and sums few slots
        int[] sizes = new int[(Math.min(text.length(), LONGEST) + 1) * kinds + 1];
        Walk counting = new Walk(text, bytes, sizes, null, null, 0);
        counting.alnum(classes);
        int longest = counting.longest;
        // the slots of the groups up to the longest run's; visits stop there (lastGroup)
        int used = (longest + 1) * kinds + 1;
        for (int i = 1; i < used; i++) {
            sizes[i] += sizes[i - 1];
        }
        this.lastGroup = longest;
        this.groupStart = Arrays.copyOf(sizes, used);
        int count = sizes[used - 1];
        long[] runs = new long[count];
        int longBase = longest == LONGEST ? sizes[LONGEST * kinds] : count;
        int[] longEnds = count > longBase ? new int[count - longBase] : NONE;
        new Walk(text, bytes, sizes, runs, longEnds, longBase).alnum(classes);
        this.runs = runs;
        this.longEnds = longEnds;
    }

    /**
     * One walk over the runs in text order: counting each slot's runs ({@code sizes[slot + 1]}) and
     * the longest run's group, or, given the arrays, writing each run's record ({@link #runs}'
     * form) at its slot's next place ({@code sizes[slot]}, counted up) and the ends of the runs
     * of the last group.
     */
    private final class Walk {
        final String text;
        /** The text's bytes ({@link CharClasses#bytes()}: 0x80 for a character beyond Latin-1, read as 128 here), or {@code null}. */
        final byte[] bytes;
        final int[] sizes;
        /** {@code null} when counting. */
        final long[] records;
        final int[] longEnds;
        final int longBase;
        int longest;

        Walk(String text, byte[] bytes, int[] sizes, long[] records, int[] longEnds, int longBase) {
            this.text = text;
            this.bytes = bytes;
            this.sizes = sizes;
            this.records = records;
            this.longEnds = longEnds;
            this.longBase = longBase;
        }

        /** The maximal runs of the ASCII letters and digits of {@code classes}, read straight off its bits. */
        void alnum(CharClasses classes) {
            boolean placing = records != null;
            // a run starts at a member after a non-member and ends at a non-member after a member: edges alternate
            int open = -1;
            long carry = 0;  // 1 when the character before the block is a member
            for (int b = 0, blocks = classes.blocks(); b <= blocks; b++) {
                // one block past the last: a run through a full last block ends at the text's end
                long bits = b < blocks ? classes.asciiAlnumBits(b) : 0;
                for (long edges = bits ^ (bits << 1 | carry); edges != 0; edges &= edges - 1) {
                    int at = b * 64 + Long.numberOfTrailingZeros(edges);
                    if (open < 0) {
                        open = at;
                    } else {
                        if (placing) {
                            place(open, at);
                        } else {
                            count(open, at);
                        }
                        open = -1;
                    }
                }
                carry = bits >>> 63;
            }
        }

        /** The character at {@code i} as a record keeps it ({@link DigitRunIndex#recordChar}). */
        private int at(int i) {
            return DigitRunIndex.recordChar(text, bytes, i);
        }

        private void count(int s, int e) {
            int g = group(e - s);
            longest = Math.max(longest, g);
            sizes[g * kinds + kindOf[at(s)] + 1]++;
        }

        private void place(int s, int e) {
            int first = at(s);
            int g = group(e - s);
            int p = sizes[g * kinds + kindOf[first]]++;
            int prev = s > 0 ? at(s - 1) : 0;
            records[p] = (long) s << 32 | first | at(e) << 8 | prev << 16 | (long) at(s + 2) << 24;
            if (p >= longBase) {
                longEnds[p - longBase] = e; // the last group's runs are the last places
            }
        }
    }

    private static final int[] NONE = new int[0];

    private static int group(int length) {
        return Math.min(length, LONGEST);
    }

    /** What a run must pass to be a candidate; {@code [start, end)} is the whole run. */
    @FunctionalInterface
    interface RunTest {
        /** Every run. */
        RunTest ANY = (text, start, end) -> true;

        boolean test(String text, int start, int end);
    }

    /**
     * A set of characters, tested without a call through an interface. Each set also keeps its
     * membership of every character as {@link RunIndex#runs} stores it (0 to 128) in a table of
     * bytes, so that {@link #collect} tests a run's four characters with four loads and ANDs and
     * one branch (mostly not taken: most runs fail), not a branch per set (each taken or not at
     * random as words and numbers alternate).
     */
    static final class Chars {
        static final Chars ANY = new Chars(-1L, -1L, true);
        static final Chars LETTERS = of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        static final Chars UPPER = of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        static final Chars DIGITS = of("0123456789");
        static final Chars HEX = of("0123456789ABCDEFabcdef");

        private final long low;
        private final long high;
        private final boolean beyondAscii;
        /**
         * 1 for each member as {@link #runs} keeps characters (ASCII, or 128 for any beyond it),
         * 0 otherwise; 256 long, so that an index masked to a byte needs no bounds check.
         */
        private final byte[] members = new byte[256];
        /** {@link #kinds} of {@link RunIndex#FIRST_KINDS} and of {@link RunIndex#PREV_KINDS}, found on first use (-1 before). */
        private int firstKinds = -1;
        private int prevKinds = -1;

        Chars(long low, long high, boolean beyondAscii) {
            this.low = low;
            this.high = high;
            this.beyondAscii = beyondAscii;
            for (int c = 0; c <= 128; c++) {
                members[c] = (byte) (has((char) c) ? 1 : 0);
            }
        }

        /**
         * The kinds of {@code table} (bit {@code K} for kind {@code K}) that hold a member of this
         * set: the others' runs all fail a test of their keyed character against it. Found once per
         * table (a race finds the same answer twice).
         */
        int kinds(byte[] table) {
            int known = table == FIRST_KINDS ? firstKinds : prevKinds;
            if (known >= 0) {
                return known;
            }
            int kinds = 0;
            for (int c = 0; c <= 128; c++) {
                if (members[c] != 0) {
                    kinds |= 1 << table[c];
                }
            }
            if (table == FIRST_KINDS) {
                firstKinds = kinds;
            } else {
                prevKinds = kinds;
            }
            return kinds;
        }

        /** 1 when {@code c} (0 to 128, as {@link #runs} keeps characters) is a member, else 0. */
        int member(int c) {
            return members[c];
        }

        /** The ASCII characters of {@code chars}. */
        static Chars of(String chars) {
            long low = 0;
            long high = 0;
            for (char c : chars.toCharArray()) {
                if (c >= 128) {
                    throw new IllegalArgumentException("ASCII only");
                }
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << (c - 64);
                }
            }
            return new Chars(low, high, false);
        }

        /** Every character but the ASCII characters of {@code chars} (0, the text's edge, included). */
        static Chars except(String chars) {
            Chars these = of(chars);
            return new Chars(~these.low, ~these.high, true);
        }

        Chars plus(String chars) {
            Chars more = of(chars);
            return new Chars(low | more.low, high | more.high, beyondAscii);
        }

        boolean has(char c) {
            // the half by bit 6 (a select, not a branch: letters and digits alternate at random); a shift uses the low six bits
            long half = (c & 64) == 0 ? low : high;
            return c < 128 ? (half >>> c & 1) != 0 : beyondAscii;
        }
    }

    /**
     * Runs that can start a match: their lengths (ascending), the set their first character is in,
     * the set of the character after them (0 past the text's end), of the character before them
     * (0 at the text's start), of the third character from their start (in the run or after it;
     * 0 past the text's end), then a test of anything else ({@code null} for none).
     */
    record Shape(int[] lengths, Chars first, Chars next, Chars prev, Chars third, RunTest test) {
        static Shape of(int... lengths) {
            for (int i = 0; i < lengths.length; i++) {
                if (lengths[i] < 1 || (i > 0 && lengths[i] <= lengths[i - 1])) {
                    throw new IllegalArgumentException("lengths must be positive and ascending");
                }
            }
            return new Shape(lengths.clone(), Chars.ANY, Chars.ANY, Chars.ANY, Chars.ANY, null);
        }

        Shape first(Chars chars) {
            return new Shape(lengths, chars, next, prev, third, test);
        }

        Shape first(String chars) {
            return first(Chars.of(chars));
        }

        Shape next(Chars chars) {
            return new Shape(lengths, first, chars, prev, third, test);
        }

        Shape next(String chars) {
            return next(Chars.of(chars));
        }

        Shape prev(Chars chars) {
            return new Shape(lengths, first, next, chars, third, test);
        }

        Shape third(Chars chars) {
            return new Shape(lengths, first, next, prev, chars, test);
        }

        Shape test(RunTest t) {
            return new Shape(lengths, first, next, prev, third, t);
        }
    }

    /** Appends the starts of the runs of {@code shape} to {@code out}, group by group; answers the new size. */
    int collect(String text, Shape shape, int[][] out, int size) {
        int lastVisited = -1;
        Chars first = shape.first();
        Chars next = shape.next();
        Chars prev = shape.prev();
        Chars third = shape.third();
        RunTest test = shape.test();
        byte[] firstIn = first.members;
        byte[] nextIn = next.members;
        byte[] prevIn = prev.members;
        byte[] thirdIn = third.members;
        // the kinds whose runs can pass the test of the keyed character
        int wanted = keyShift == FIRST ? first.kinds(FIRST_KINDS) : prev.kinds(PREV_KINDS);
        int kinds = this.kinds;
        for (int length : shape.lengths()) {
            int g = group(length);
            if (g == lastVisited) {
                continue; // every length from LONGEST on: one group, visited once
            }
            if (g > lastGroup) {
                break; // longer than any run of the text (lengths ascend)
            }
            lastVisited = g;
            for (int kind = 0; kind < kinds; kind++) {
                if ((wanted >>> kind & 1) == 0) {
                    continue;
                }
                int slot = g * kinds + kind;
                for (int p = groupStart[slot]; p < groupStart[slot + 1]; p++) {
                    long run = runs[p];
                    // the four sets' answers ANDed, without a branch each (see Chars)
                    if ((firstIn[(int) run & 0xff] & nextIn[(int) (run >>> 8) & 0xff]
                            & prevIn[(int) (run >>> 16) & 0xff] & thirdIn[(int) (run >>> 24) & 0xff]) == 0) {
                        continue;
                    }
                    int s = (int) (run >>> 32);
                    int e = g < LONGEST ? s + g : longEnds[p - groupStart[LONGEST * kinds]];
                    if ((g == LONGEST && Arrays.binarySearch(shape.lengths(), e - s) < 0)
                            || (test != null && !test.test(text, s, e))) {
                        continue;
                    }
                    if (size == out[0].length) {
                        out[0] = Arrays.copyOf(out[0], size * 2);
                    }
                    out[0][size++] = s;
                }
            }
        }
        return size;
    }

    /**
     * The starts, ascending, of the runs whose length is in {@code lengths} (ascending, each at
     * least 1) and that pass {@code test}.
     */
    int[] starts(String text, int[] lengths, RunTest test) {
        return starts(text, Shape.of(lengths).test(test));
    }

    /** The starts, ascending, of the runs of {@code shape}. */
    int[] starts(String text, Shape shape) {
        int[][] out = {new int[16]};
        int size = collect(text, shape, out, 0);
        int[] starts = Arrays.copyOf(out[0], size);
        Arrays.sort(starts);
        return starts;
    }

    /** Lengths {@code min} to {@code max}, for a {@link Shape}. */
    static int[] range(int min, int max) {
        int[] lengths = new int[max - min + 1];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = min + i;
        }
        return lengths;
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code count} characters of {@code chars} start at {@code i}. */
    static boolean allAt(String text, int i, int count, Chars chars) {
        if (i + count > text.length()) {
            return false;
        }
        for (int k = i; k < i + count; k++) {
            if (!chars.has(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code count} ASCII digits start at {@code i}. */
    static boolean digitsAt(String text, int i, int count) {
        return allAt(text, i, count, Chars.DIGITS);
    }

    /** Whether {@code count} hexadecimal digits (either case) start at {@code i}. */
    static boolean hexAt(String text, int i, int count) {
        return allAt(text, i, count, Chars.HEX);
    }

    /**
     * Whether a group of {@code digits} digits follows a separator at {@code e} and the same
     * separator follows that group: {@code "-34-"} in {@code 12-34-5678} for {@code e} after the 12.
     */
    static boolean groupAfter(String text, int e, int digits) {
        char sep = at(text, e);
        return digitsAt(text, e + 1, digits) && at(text, e + 1 + digits) == sep;
    }

    /** The character at {@code i}, or {@code 0} past the end. */
    static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
