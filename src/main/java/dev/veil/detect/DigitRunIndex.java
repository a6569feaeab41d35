package dev.veil.detect;

import java.util.Arrays;

/**
 * A text's maximal runs of ASCII digits sorted for the two passes that visit digit runs by
 * length, counted in one walk and placed in a second: by length and the kind of the character
 * before them for the run index of the built-in detectors' digit shapes ({@link #records}: a
 * postcode after a blank skips the numbers of dates and times), and by length and the length of
 * the run one character after them for the digit layouts of {@link Trigger#layouts}
 * ({@link #order}: a nine-digit SSN layout visits no run of one to four digits, a 3-3-4 layout
 * only the runs of three followed by three). Each pass sorted the runs on its own before (two
 * walks over the runs and their characters, two arrays of temporaries), and a layout tested the
 * follower of every run of its first group's length: the mixed text's runs of three and four
 * digits were read eight times over. Made once per view ({@link TextView#digitRunIndex}).
 */
public final class DigitRunIndex {
    /** Runs at least this long share one group. */
    public static final int LONGEST = 128;

    /**
     * Kinds of the character before a digit run (never a digit): a capital, a small letter, a
     * blank, a line end, and the separators a number most often follows, each its own: the
     * postcode shapes' blanks and line ends pass over the runs after the {@code - . :} of dates,
     * times and phone numbers, and an IP address's first octet over the octets after its dots.
     * By a character as {@link #records} keeps it (0 to 128; 256 long, so that a byte needs no
     * bounds check): {@code 1 + k} for a member of the {@code k}-th set, 0 for any other.
     */
    private static final String[] PREV_SETS = {"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz",
        " \t", "\n\r", "-", ",", ".", ":"};
    private static final byte[] PREV_KINDS = kindTable(PREV_SETS);
    /** How many kinds {@link #PREV_KINDS} tells apart (its sets and "any other"): the slots of one length. */
    public static final int KINDS = PREV_SETS.length + 1;

    /**
     * The kinds of {@code sets}' members as {@link #PREV_KINDS} keeps them (also the run index's
     * kinds of a run's first character): {@code 1 + k} for a member of {@code sets[k]}, 0 for any
     * other, 256 long.
     */
    public static byte[] kindTable(String... sets) {
        byte[] kinds = new byte[256];
        for (int k = 0; k < sets.length; k++) {
            for (char c : sets[k].toCharArray()) {
                kinds[c] = (byte) (1 + k);
            }
        }
        return kinds;
    }

    /**
     * Runs at least this long share one group of {@link #order}: no layout's first group is
     * that long (the longest, a card number's, has 19 digits).
     */
    static final int LAYOUT_LONGEST = 32;
    /** Followers' lengths told apart in {@link #order}: 0 (no follower) to 14, and 15 or more in one slot. */
    static final int FOLLOWERS = 16;

    /**
     * Each run's start (high 32 bits) and four of its characters a byte each from the low end: its
     * first, the one after it (0 at the text's end), the one before it (0 at the start) and its
     * third, in the run or not (0 past the end); a character beyond ASCII is kept as 128.
     */
    private final long[] records;
    /** The ends of the runs of the last group ({@link #LONGEST} or more), from its first position on. */
    private final int[] longEnds;
    /**
     * Group of length {@code L} and kind {@code K}: positions {@code groupStart[L * KINDS + K] ..
     * groupStart[L * KINDS + K + 1]} of {@link #records}, for every length up to {@link #lastGroup}.
     */
    private final int[] groupStart;
    /** The longest run's group. */
    private final int lastGroup;
    /**
     * The runs' indices in text order, grouped by their length and the length of the run one
     * character after them ({@link #layoutStart}; text order within a group): a layout of several
     * groups visits only the runs whose follower its second group allows (a fifth of the text's
     * runs of three digits are followed by another of three, a twentieth of those of four by
     * another of four), where a walk over every run of the first group's length tested each.
     */
    private final int[] order;
    /**
     * Length {@code L} (up to {@link #LAYOUT_LONGEST}, longer runs with it) and follower length
     * {@code F} (0 when no run starts one character after the run; up to {@link #FOLLOWERS} - 1,
     * longer followers with it): positions {@code layoutStart[L * FOLLOWERS + F] ..} the next
     * slot's start of {@link #order}.
     */
    private final int[] layoutStart;

    /**
     * @param runs  the text's digit runs as {@code [start0, end0, …]}
     * @param bytes the text's bytes ({@link CharClasses#bytes()}), or {@code null}: its characters are then read from it
     */
    DigitRunIndex(String text, int[] runs, byte[] bytes) {
        int count = runs.length / 2;
        int n = text.length();
        // two counting sorts of the same runs, counted in one walk and scattered in a second: the
        // second reads the runs and their characters again, which costs less than writing the
        // records out in the first (an array made, zeroed, written and read back); only the layout
        // slot is kept between them, two bytes a run, so that the follower is read once. No run
        // is longer than the text, so a short text (a cell, a row) sizes and sums few slots
        int[] sizes = new int[(Math.min(n, LONGEST) + 1) * KINDS + 1];
        int[] layoutSizes = new int[(Math.min(n, LAYOUT_LONGEST) + 1) * FOLLOWERS + 1];
        short[] layoutSlots = new short[count];
        byte[] kindOf = PREV_KINDS;
        int longest = 0;
        int longCount = 0;
        for (int k = 0; k < count; k++) {
            int s = runs[2 * k];
            int e = runs[2 * k + 1];
            int prev = s == 0 ? 0 : recordChar(text, bytes, s - 1);
            int g = Math.min(e - s, LONGEST);
            longest = Math.max(longest, g);
            sizes[g * KINDS + kindOf[prev] + 1]++;
            int slot = layoutSlot(runs, k, count);
            layoutSlots[k] = (short) slot;
            layoutSizes[slot + 1]++;
            if (g == LONGEST) {
                longCount++;
            }
        }
        // the slots of the groups up to the longest run's; visits stop there (lastGroup)
        int used = (longest + 1) * KINDS + 1;
        for (int i = 1; i < used; i++) {
            sizes[i] += sizes[i - 1];
        }
        for (int i = 1; i < layoutSizes.length; i++) {
            layoutSizes[i] += layoutSizes[i - 1];
        }
        this.lastGroup = longest;
        this.groupStart = Arrays.copyOf(sizes, used);
        this.layoutStart = layoutSizes.clone();
        long[] records = new long[count];
        int[] order = new int[count];
        int longBase = count - longCount; // the last group's runs are the last positions
        int[] longEnds = longCount > 0 ? new int[longCount] : NONE;
        for (int k = 0; k < count; k++) {
            int s = runs[2 * k];
            int e = runs[2 * k + 1];
            int first = recordChar(text, bytes, s);
            int next = recordChar(text, bytes, e);
            int prev = s > 0 ? recordChar(text, bytes, s - 1) : 0;
            int third = recordChar(text, bytes, s + 2);
            int p = sizes[Math.min(e - s, LONGEST) * KINDS + kindOf[prev]]++;
            records[p] = (long) s << 32 | first | next << 8 | prev << 16 | (long) third << 24;
            if (p >= longBase) {
                longEnds[p - longBase] = e;
            }
            order[layoutSizes[layoutSlots[k]]++] = k;
        }
        this.records = records;
        this.order = order;
        this.longEnds = longEnds;
    }

    /**
     * The character at {@code i} as a record keeps it: itself in ASCII, 128 beyond (a byte of
     * {@code bytes}, the text's {@link CharClasses#bytes()}, reads so too: 0x80 stands for any character
     * beyond Latin-1), 0 past the text's end. Read from {@code bytes} when there are any.
     */
    public static int recordChar(String text, byte[] bytes, int i) {
        if (i >= text.length()) {
            return 0;
        }
        return Math.min(bytes != null ? bytes[i] & 0xff : text.charAt(i), 128);
    }

    /** Run {@code k}'s slot of {@link #layoutStart}: its length's and its follower's. */
    private static int layoutSlot(int[] runs, int k, int count) {
        int e = runs[2 * k + 1];
        int follower = k + 1 < count && runs[2 * k + 2] == e + 1 ? runs[2 * k + 3] - runs[2 * k + 2] : 0;
        return Math.min(e - runs[2 * k], LAYOUT_LONGEST) * FOLLOWERS + Math.min(follower, FOLLOWERS - 1);
    }

    private static final int[] NONE = new int[0];

    /** The table of {@link #PREV_KINDS}, which a run's slot within its length is found with: the array itself, not to be written. */
    public static byte[] prevKinds() {
        return PREV_KINDS;
    }

    /** The runs' records in group order (see {@link #records}): the array itself, not to be written. */
    public long[] records() {
        return records;
    }

    /** Where each slot starts, up to the last group's end (see {@link #groupStart}): the array itself, not to be written. */
    public int[] groupStart() {
        return groupStart;
    }

    /** The ends of the last group's runs (see {@link #longEnds}): the array itself, not to be written. */
    public int[] longEnds() {
        return longEnds;
    }

    /** The group of the longest run: no group beyond it holds a run. */
    public int lastGroup() {
        return lastGroup;
    }

    /** The longest length {@link #layoutFrom} tells apart (longer runs are with it), at most {@link #LAYOUT_LONGEST}. */
    int layoutLongest() {
        return layoutStart.length / FOLLOWERS - 1;
    }

    /**
     * Where the runs of length {@code length} (at most {@link #layoutLongest}, which holds the longer
     * ones too) whose follower's length is {@code follower} (at most {@link #FOLLOWERS} - 1, which
     * holds the longer ones too; 0 for none) begin in {@link #run}'s numbering; the next slot's
     * begin ends them, and {@code follower} {@link #FOLLOWERS} is the next length's first.
     */
    int layoutFrom(int length, int follower) {
        return layoutStart[length * FOLLOWERS + follower];
    }

    /** The index (in text order) of the {@code p}-th run by length and follower. */
    int run(int p) {
        return order[p];
    }
}
