package dev.veil.detect.names;

/**
 * Whether an e-mail address near a pair of capitalised words spells them: "Grace Smith,
 * grace.smith@example.com" or "Faith Lee (faith.lee@example.org)". A pair whose first name is
 * also an ordinary word and whose surname is one too ("Grace Smith", "Faith Lee", "Will Turner")
 * is too weak alone, but a writer does not put an address spelled as a person's name beside two
 * words by chance: the address is the person's, and the pair its owner's name.
 *
 * <p>The local part (before the "@"; a "+tag" and trailing digits left out, letters compared
 * without case, a name word's hyphens and apostrophes skipped) must be the whole of one of these,
 * for first name F (initial f) and surname L (initial l), with a separator s of ".", "_" or "-":
 * F[s]L ("grace.smith", "grace_smith", "grace-smith", "gracesmith"), f[s]L ("g.smith", "gsmith"),
 * FsL ("grace.s") or LsF ("smith.grace"). An address that shares only the surname ("smith@",
 * "john.smith@") or is someone else's ("john.doe@") says nothing.
 *
 * <p>The address's "@" must lie within {@link #REACH} characters of the pair, before or after it,
 * with no blank line between (the same line, row or block of a signature). Linear in the text: the
 * "@"s are found by one forward search, resumed where the last question left it (questions come in
 * text order), and each question reads at most {@link #REACH} characters each side; nothing is
 * allocated per question. Not thread-safe; one per scan, made when a weak pair first asks.
 */
final class AddressSpelling {
    /** Characters between a pair and an address's "@" that still make them neighbours. */
    static final int REACH = 120;
    /** The longest local part an address may have (RFC 5321). */
    private static final int MAX_LOCAL = 64;

    private final String text;
    /** The first "@" at or after the last question's pair, -1 for none, -2 before the first search. */
    private int next = -2;
    /** The last "@" before {@link #next}, -1 for none. */
    private int previous = -1;

    AddressSpelling(String text) {
        this.text = text;
    }

    /**
     * Whether an address near the pair spells first name {@code text[fs, fe)} and surname
     * {@code text[ls, le)}; pairs must be asked in the order of their starts.
     */
    boolean spells(int fs, int fe, int ls, int le) {
        if (next == -2) {
            next = text.indexOf('@');
        }
        while (next >= 0 && next < fs) {
            previous = next;
            next = text.indexOf('@', next + 1);
        }
        for (int at = previous; at >= 0 && fs - at <= REACH; at = lastAt(at - 1, fs - REACH)) {
            if (!paragraphBreak(at, fs) && spelledAt(at, fs, fe, ls, le)) {
                return true;
            }
        }
        for (int at = next; at >= 0 && at - le <= REACH; at = nextAt(at + 1, le + REACH)) {
            if (!paragraphBreak(le, at) && spelledAt(at, fs, fe, ls, le)) {
                return true;
            }
        }
        return false;
    }

    /** The last "@" in {@code text[from, to]}, going back from {@code to}, or -1. */
    private int lastAt(int to, int from) {
        for (int k = to; k >= Math.max(0, from); k--) {
            if (text.charAt(k) == '@') {
                return k;
            }
        }
        return -1;
    }

    /** The first "@" in {@code text[from, to]}, or -1. */
    private int nextAt(int from, int to) {
        for (int k = from, end = Math.min(text.length() - 1, to); k <= end; k++) {
            if (text.charAt(k) == '@') {
                return k;
            }
        }
        return -1;
    }

    /** Whether an empty line (only spaces between two line breaks) lies in {@code text[from, to)}. */
    private boolean paragraphBreak(int from, int to) {
        boolean afterBreak = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (afterBreak) {
                    return true;
                }
                afterBreak = true;
            } else if (c != '\r' && c != ' ' && c != '\t') {
                afterBreak = false;
            }
        }
        return false;
    }

    /** Whether the address whose "@" is at {@code at} has a local part that spells the pair. */
    private boolean spelledAt(int at, int fs, int fe, int ls, int le) {
        if (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))) {
            return false; // no domain: a handle or a stray "@"
        }
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && localChar(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < at && text.charAt(end) != '+') {
            end++; // "grace.smith+news": the tag is no part of the name
        }
        while (end > start && text.charAt(end - 1) >= '0' && text.charAt(end - 1) <= '9') {
            end--; // "grace.smith42"
        }
        return end - start >= 2 && (form(start, end, fs, fe, false, ls, le, false, true)
                || form(start, end, fs, fe, true, ls, le, false, true)
                || form(start, end, fs, fe, false, ls, le, true, false)
                || form(start, end, ls, le, false, fs, fe, false, false));
    }

    /**
     * Whether local part {@code text[start, end)} is word a (or its initial), a separator (which
     * may be left out when {@code optional}), then word b (or its initial), and nothing more.
     */
    private boolean form(int start, int end, int as, int ae, boolean aInitial, int bs, int be, boolean bInitial,
            boolean optional) {
        int p = spelled(start, end, as, aInitial ? as + 1 : ae);
        if (p < 0) {
            return false;
        }
        if (p < end && separator(text.charAt(p))) {
            p++;
        } else if (!optional) {
            return false;
        }
        return spelled(p, end, bs, bInitial ? bs + 1 : be) == end;
    }

    /**
     * Where the letters of word {@code text[ws, we)} end when they are spelled, without case, from
     * {@code text[from, end)} on (the word's hyphens and apostrophes skipped), or -1.
     */
    private int spelled(int from, int end, int ws, int we) {
        int p = from;
        for (int k = ws; k < we; k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c)) {
                continue; // "O'Brien" as "obrien", "Smith-Jones" as "smithjones"
            }
            if (p >= end || Character.toLowerCase(text.charAt(p)) != Character.toLowerCase(c)) {
                return -1;
            }
            p++;
        }
        return p;
    }

    private static boolean separator(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    private static boolean localChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%' || c == '\'';
    }
}
