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
        while (w > 0 && k - w < 9 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (k - w < 3 || (w > 0 && Character.isLetter(text.charAt(w - 1)))) {
            return -1;
        }
        return isMonthPrefix(text, w) ? w : -1;
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
