package dev.veil.detect.builtin;

/**
 * The shape of an email address read by hand, where the detector once ran a pattern at every
 * {@code @}. The grammar it reads (what the pattern matched, and still means):
 * <pre>
 *   not after [.\-A-Za-z0-9!#$%&amp;'*+/=?^_`{|}~]
 *   ATOM ("." ATOM){0,8} "@" (LABEL "."){1,8} (TLD_PUNYCODE | TLD_LETTERS)
 *   not before [A-Za-z0-9_-], nor before "." or "-" followed by a letter or digit
 *   ATOM = 1 to 64 of [A-Za-z0-9!#$%&amp;'*+/=?^_`{|}~-]
 *   LABEL = 1 to 63 of [A-Za-z0-9-], not starting or ending with "-"
 *   TLD_PUNYCODE = "xn--" then 1 to 59 of [A-Za-z0-9-];  TLD_LETTERS = 2 to 24 ASCII letters
 * </pre>
 * Atoms and labels hold no dot, so each is a whole run between dots; as many labels as possible
 * are taken, then fewer, until a top-level domain fits after them. The address ends within 256
 * characters after the {@code @}, as the pattern's search window did.
 */
final class EmailShape {
    private static final int MAX_ATOMS = 9;
    private static final int MAX_ATOM = 64;
    private static final int MAX_LABELS = 8;
    private static final int MAX_LABEL = 63;
    private static final int MAX_PUNYCODE_REST = 59;
    private static final int MAX_TLD_LETTERS = 24;
    private static final int DOMAIN_WINDOW = 256;

    private EmailShape() {
    }

    /** The length of the array {@link #end} takes: where the top-level domain starts, and the labels' ends. */
    static final int SCRATCH = MAX_LABELS + 2;

    /**
     * The end of the address whose local part starts at {@code start} and whose {@code @} is at
     * {@code at}; -1 when the text there is not one. {@code scratch} (at least {@link #SCRATCH}
     * long, the caller's, so that no array is made per {@code @}: a mixed text has 13,000) holds
     * the labels' ends while it reads, and at {@code scratch[0]} receives where its top-level
     * domain starts.
     */
    static int end(String t, int start, int at, int[] scratch) {
        if (start >= at || (start > 0 && (isAtomChar(t.charAt(start - 1)) || t.charAt(start - 1) == '.'))) {
            return -1;
        }
        int p = start;
        for (int atoms = 1; ; atoms++) {
            int s = p;
            while (p < at && isAtomChar(t.charAt(p))) {
                p++;
            }
            if (p == s || p - s > MAX_ATOM) {
                return -1;
            }
            if (p == at) {
                break;
            }
            if (t.charAt(p) != '.' || atoms == MAX_ATOMS) {
                return -1;
            }
            p++;
        }
        int limit = Math.min(t.length(), at + DOMAIN_WINDOW);
        // label j's end at scratch[1 + j], the @ before the first label's start at scratch[1]
        scratch[1] = at;
        int labels = 0;
        int q = at + 1;
        while (labels < MAX_LABELS) {
            int e = labelRunEnd(t, q);
            if (!isLabel(t, q, e) || e >= limit || t.charAt(e) != '.') {
                break;
            }
            labels++;
            scratch[1 + labels] = e;
            q = e + 1;
        }
        for (int j = labels; j >= 1; j--) {
            int s = scratch[1 + j] + 1;
            int end = tldEnd(t, s, limit);
            if (end >= 0) {
                scratch[0] = s;
                return end;
            }
        }
        return -1;
    }

    /** The end of a top-level domain at {@code s} that the address may end after, or -1. */
    private static int tldEnd(String t, int s, int limit) {
        int e = labelRunEnd(t, s);
        if (t.startsWith("xn--", s)) {
            int rest = e - s - 4;
            if (rest >= 1 && rest <= MAX_PUNYCODE_REST && e <= limit && mayEndAt(t, e)) {
                return e;
            }
        }
        int letters = s;
        while (letters < t.length() && isAsciiLetter(t.charAt(letters))) {
            letters++;
        }
        int length = letters - s;
        return length >= 2 && length <= MAX_TLD_LETTERS && letters <= limit && mayEndAt(t, letters) ? letters : -1;
    }

    /** {@code (?![\w-]|[.-][A-Za-z0-9])} at {@code e}. */
    private static boolean mayEndAt(String t, int e) {
        if (e >= t.length()) {
            return true;
        }
        char c = t.charAt(e);
        if (isAlnum(c) || c == '_' || c == '-') {
            return false;
        }
        return !(c == '.' && e + 1 < t.length() && isAlnum(t.charAt(e + 1)));
    }

    private static boolean isLabel(String t, int s, int e) {
        return e > s && e - s <= MAX_LABEL && t.charAt(s) != '-' && t.charAt(e - 1) != '-';
    }

    /** The end of the run of {@code [A-Za-z0-9-]} from {@code i}. */
    private static int labelRunEnd(String t, int i) {
        int j = i;
        while (j < t.length() && (isAlnum(t.charAt(j)) || t.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    /** An RFC 5322 atom character: ASCII letters, digits and {@code !#$%&'*+/=?^_`{|}~-}. */
    static boolean isAtomChar(char c) {
        return c < 128 && ATOM[c];
    }

    /** {@link #isAtomChar} over ASCII, a table read instead of a search of the symbols. */
    private static final boolean[] ATOM = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ATOM[c] = isAlnum(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
        }
    }

    private static boolean isAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
