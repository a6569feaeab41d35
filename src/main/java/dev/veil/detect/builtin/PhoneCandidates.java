package dev.veil.detect.builtin;

/**
 * Where a phone candidate starting at a given position ends: a hand-written reading of the
 * candidate grammar, so that no regular expression runs at every digit run of a text.
 *
 * <p>The grammar (what the detector once matched with a pattern, and still means):
 * <pre>
 *   not after [A-Za-z0-9_+./-]
 *   ("+" " "?)? ELEM (SEP ELEM){0,7}, taken greedily and never given back
 *   (" "{0,2} ("x" | "X" | [eE][xX][tT] "."? | "extension" | "#") " "{0,2} DIGIT{1,6})?
 *   not before [A-Za-z0-9_], nor before one of ". - /" followed by a digit
 *   ELEM = "(" " "? DIGIT{1,5} " "? ")"  |  DIGIT{1,12} (at most twelve of a longer run)
 *   SEP  = " "{0,2} [./-] " "{0,2}  |  " "{1,2}  |  nothing, right after ")"
 * </pre>
 * Every choice in it has at most one way to go on (a space can never start an element, and the
 * digit runs are taken whole), so the reading needs no backtracking beyond trying the extension
 * forms in order and, when the text after an extension is glued to more, ending before it.
 */
final class PhoneCandidates {
    /** At most this many separator-element pairs after the first element. */
    private static final int MORE_ELEMENTS = 7;
    private static final int ELEMENT_DIGITS = 12;
    private static final int BRACKETED_DIGITS = 5;
    private static final int EXTENSION_DIGITS = 6;
    private static final int MAX_SPACES = 2;

    private PhoneCandidates() {
    }

    /** The end of the candidate that starts exactly at {@code p}, or -1 when none does. */
    static int endAt(String t, int p) {
        int n = t.length();
        if (p >= n || (p > 0 && blocksStart(t.charAt(p - 1)))) {
            return -1;
        }
        int i = p;
        if (t.charAt(i) == '+') {
            i++;
            if (i < n && t.charAt(i) == ' ') {
                i++;
            }
        }
        int end = elementEnd(t, i);
        if (end < 0) {
            return -1;
        }
        for (int k = 0; k < MORE_ELEMENTS; k++) {
            int next = separatorAndElementEnd(t, end);
            if (next < 0) {
                break;
            }
            end = next;
        }
        int withExtension = extensionEnd(t, end);
        if (withExtension >= 0) {
            return withExtension;
        }
        return mayEndAt(t, end) ? end : -1;
    }

    /** {@code [\w+./-]}: a character that glues a candidate to what comes before. */
    private static boolean blocksStart(char c) {
        return isWordChar(c) || c == '+' || c == '.' || c == '-' || c == '/';
    }

    /** The end of an element at {@code r}, or -1. */
    private static int elementEnd(String t, int r) {
        int n = t.length();
        if (r >= n) {
            return -1;
        }
        char c = t.charAt(r);
        if (c == '(') {
            int j = r + 1;
            if (j < n && t.charAt(j) == ' ') {
                j++;
            }
            int d = digitsAt(t, j);
            if (d < 1 || d > BRACKETED_DIGITS) {
                return -1;
            }
            j += d;
            if (j < n && t.charAt(j) == ' ') {
                j++;
            }
            return j < n && t.charAt(j) == ')' ? j + 1 : -1;
        }
        int d = digitsAt(t, r);
        return d == 0 ? -1 : r + Math.min(d, ELEMENT_DIGITS);
    }

    /** The end of one separator and the element after it, starting at {@code q}, or -1. */
    private static int separatorAndElementEnd(String t, int q) {
        int n = t.length();
        int s = spacesAt(t, q);
        if (s <= MAX_SPACES && q + s < n && isPunctuation(t.charAt(q + s))) {
            int r = q + s + 1;
            int u = spacesAt(t, r);
            if (u <= MAX_SPACES) {
                int e = elementEnd(t, r + u);
                if (e >= 0) {
                    return e;
                }
            }
        }
        if (s >= 1 && s <= MAX_SPACES) {
            int e = elementEnd(t, q + s);
            if (e >= 0) {
                return e;
            }
        }
        if (q > 0 && t.charAt(q - 1) == ')') {
            return elementEnd(t, q);
        }
        return -1;
    }

    /**
     * The end of an extension at {@code q} that the candidate may end after, or -1: the forms
     * are tried in the grammar's order, and one glued to more text is no ending.
     */
    private static int extensionEnd(String t, int q) {
        int n = t.length();
        int s = spacesAt(t, q);
        if (s > MAX_SPACES || q + s >= n) {
            return -1;
        }
        int j = q + s;
        char c = t.charAt(j);
        int e;
        if (c == 'x' || c == 'X') {
            e = extensionDigitsEnd(t, j + 1);
            if (e >= 0 && mayEndAt(t, e)) {
                return e;
            }
        }
        if ((c == 'e' || c == 'E') && j + 2 < n && (t.charAt(j + 1) == 'x' || t.charAt(j + 1) == 'X')
                && (t.charAt(j + 2) == 't' || t.charAt(j + 2) == 'T')) {
            if (j + 3 < n && t.charAt(j + 3) == '.') {
                e = extensionDigitsEnd(t, j + 4);
                if (e >= 0 && mayEndAt(t, e)) {
                    return e;
                }
            }
            e = extensionDigitsEnd(t, j + 3);
            if (e >= 0 && mayEndAt(t, e)) {
                return e;
            }
        }
        if (t.startsWith("extension", j)) {
            e = extensionDigitsEnd(t, j + 9);
            if (e >= 0 && mayEndAt(t, e)) {
                return e;
            }
        }
        if (c == '#') {
            e = extensionDigitsEnd(t, j + 1);
            if (e >= 0 && mayEndAt(t, e)) {
                return e;
            }
        }
        return -1;
    }

    /** After an extension's label at {@code l}: up to two spaces and the first six digits of a run. */
    private static int extensionDigitsEnd(String t, int l) {
        int u = spacesAt(t, l);
        if (u > MAX_SPACES) {
            return -1;
        }
        int d = digitsAt(t, l + u);
        return d == 0 ? -1 : l + u + Math.min(d, EXTENSION_DIGITS);
    }

    /** {@code (?![\w]|[./-]\d)}: nothing glued after {@code e}. */
    private static boolean mayEndAt(String t, int e) {
        int n = t.length();
        if (e >= n) {
            return true;
        }
        char c = t.charAt(e);
        if (isWordChar(c)) {
            return false;
        }
        return !(isPunctuation(c) && e + 1 < n && isDigit(t.charAt(e + 1)));
    }

    private static boolean isPunctuation(char c) {
        return c == '.' || c == '-' || c == '/';
    }

    /** Spaces from {@code i}, counting at most one past {@link #MAX_SPACES}. */
    private static int spacesAt(String t, int i) {
        int j = i;
        while (j < t.length() && j - i <= MAX_SPACES && t.charAt(j) == ' ') {
            j++;
        }
        return j - i;
    }

    private static int digitsAt(String t, int i) {
        int j = i;
        while (j < t.length() && isDigit(t.charAt(j))) {
            j++;
        }
        return j - i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \w} matches: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }
}
