package dev.veil.detect.builtin;

/**
 * Where a month name ("March", "Sept.", "dec") ends just before a number, for the date forms that
 * start with one: read by hand, without substrings, at each short digit run.
 */
final class MonthNames {
    /** The first three letters of each month's name, packed one byte each. */
    private static final int[] MONTH_PREFIXES = packed("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");

    private MonthNames() {
    }

    /** Start of a month name that ends one or two spaces or hyphens before {@code digit}, else -1. */
    static int startBefore(String text, int digit) {
        int k = digit;
        int gap = 0;
        while (k > 0 && gap < 2 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '-')) {
            k--;
            gap++;
        }
        if (gap == 0) {
            return -1;
        }
        if (k > 0 && text.charAt(k - 1) == '.') {
            k--;  // "Sept. 5"
        }
        int w = k;
        while (w > 0 && k - w < 9 && isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (k - w < 3 || (w > 0 && isLetter(text.charAt(w - 1)))) {
            return -1;
        }
        return isMonthPrefix(text, w) ? w : -1;
    }

    /**
     * Whether a month name can follow a day that ends at {@code e}, as the day-month-name form
     * reads it: an optional ordinal ("5th", "5 th", any ASCII case), then one or two spaces or
     * hyphens or " of ", then the first three letters of a month. A necessary condition, read by
     * hand so that the form's pattern runs only where it can match (tables of numbers have many
     * short runs before a space).
     */
    static boolean afterDay(String text, int e) {
        return monthAfterGap(text, e) || (ordinalAt(text, e) && monthAfterGap(text, e + 2))
                || (e < text.length() && text.charAt(e) == ' ' && ordinalAt(text, e + 1) && monthAfterGap(text, e + 3));
    }

    /** "st", "nd", "rd" or "th" at {@code i}, ASCII letters in any case. */
    private static boolean ordinalAt(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        int a = asciiLower(text.charAt(i));
        int b = asciiLower(text.charAt(i + 1));
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    /** At {@code p}: one or two spaces or hyphens, or " of ", then a month's first three letters. */
    private static boolean monthAfterGap(String text, int p) {
        int n = text.length();
        if (p >= n) {
            return false;
        }
        char c = text.charAt(p);
        if (c != ' ' && c != '-') {
            return false;
        }
        if (monthAt(text, p + 1)) {
            return true;
        }
        char d = p + 1 < n ? text.charAt(p + 1) : 0;
        if ((d == ' ' || d == '-') && monthAt(text, p + 2)) {
            return true;
        }
        return c == ' ' && p + 3 < n && asciiLower(d) == 'o' && asciiLower(text.charAt(p + 2)) == 'f'
                && text.charAt(p + 3) == ' ' && monthAt(text, p + 4);
    }

    private static boolean monthAt(String text, int w) {
        return w + 2 < text.length() && isMonthPrefix(text, w);
    }

    /**
     * The three letters at {@code w} begin a month name, in any case. Only ASCII letters can: no
     * other letter lower-cases to one of those in the month names' prefixes.
     */
    private static boolean isMonthPrefix(String text, int w) {
        int a = asciiLower(text.charAt(w));
        int b = asciiLower(text.charAt(w + 1));
        int c = asciiLower(text.charAt(w + 2));
        if (a < 0 || b < 0 || c < 0) {
            return false;
        }
        int packed = (a << 16) | (b << 8) | c;
        for (int prefix : MONTH_PREFIXES) {
            if (prefix == packed) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetter(char)}, without its table look-up for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** {@code c} in lower case when it is an ASCII letter, else -1. */
    private static int asciiLower(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return c | 0x20;
        }
        return -1;
    }

    private static int[] packed(String... prefixes) {
        int[] out = new int[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            out[i] = (prefixes[i].charAt(0) << 16) | (prefixes[i].charAt(1) << 8) | prefixes[i].charAt(2);
        }
        return out;
    }
}
