package dev.veil.detect.builtin;

/**
 * Cheap checks on the shape of a phone candidate, run before libphonenumber (which costs far more):
 * how its digits are grouped, and whether it is laid out as a date, an SSN or a card number.
 */
final class PhoneShapes {
    private PhoneShapes() {
    }

    /** Three four-digit blocks in a row ("4111 1111 1111"): a card or account number, not a phone. */
    static boolean hasCardBlocks(String s) {
        return hasCardBlocks(s, 0, s.length());
    }

    /** {@link #hasCardBlocks(String)} of {@code s[from, to)}, read in place. */
    static boolean hasCardBlocks(String s, int from, int to) {
        for (int i = from + 4; i + 9 < to; i++) {
            if (isBlockSep(s.charAt(i)) && isBlockSep(s.charAt(i + 5)) && allDigits(s, i - 4, i)
                    && allDigits(s, i + 1, i + 5) && allDigits(s, i + 6, i + 10)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlockSep(char c) {
        return c == ' ' || c == '\t' || c == '-';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A date: {@code d-m-y} in any order with one repeated separator ({@code 2024-03-15},
     * {@code 15/03/2024}, {@code 3.15.24}), or a year from 1900 to 2099 then two two-digit groups
     * ({@code 2024 03 15}).
     */
    static boolean isDateLike(String s) {
        int a = digitRun(s, 0);
        if (a >= 1 && a <= 4 && a < s.length() && "-/.".indexOf(s.charAt(a)) >= 0) {
            char sep = s.charAt(a);
            int b = digitRun(s, a + 1);
            int bEnd = a + 1 + b;
            if (b >= 1 && b <= 2 && bEnd < s.length() && s.charAt(bEnd) == sep) {
                int c = digitRun(s, bEnd + 1);
                if (c >= 1 && c <= 4 && bEnd + 1 + c == s.length()) {
                    return true;
                }
            }
        }
        return s.length() == 10 && (s.startsWith("19") || s.startsWith("20")) && allDigits(s, 2, 4)
                && " ./-".indexOf(s.charAt(4)) >= 0 && allDigits(s, 5, 7) && " ./-".indexOf(s.charAt(7)) >= 0
                && allDigits(s, 8, 10);
    }

    /**
     * The US SSN layout, 3-2-4 digits with hyphens or with spaces ({@code 078 05 1123}): no
     * numbering plan writes phones this way.
     */
    static boolean isSsnLike(String s) {
        return s.length() == 11 && (s.charAt(3) == '-' || s.charAt(3) == ' ') && s.charAt(6) == s.charAt(3)
                && allDigits(s, 0, 3) && allDigits(s, 4, 6) && allDigits(s, 7, 11);
    }

    /**
     * The ABA routing-number layout, 4-4-1 digits with hyphens ({@code 0711-0130-7}): a lone
     * trailing check digit, which no numbering plan writes as a group of its own.
     */
    static boolean isRoutingLike(String s) {
        return s.length() == 11 && s.charAt(4) == '-' && s.charAt(9) == '-' && allDigits(s, 0, 4)
                && allDigits(s, 5, 9) && allDigits(s, 10, 11);
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * Written the way people write phone numbers: at most one kind of punctuation between groups
     * (besides spaces), parentheses only around one early group, at most eight groups and at most
     * two single-digit ones. Random digit soup fails here, before libphonenumber is asked.
     */
    static boolean isWellFormed(String candidate) {
        char sep = 0;
        int groups = 0;
        int singles = 0;
        int parens = 0;
        int run = 0;
        int end = candidate.length();
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#') {
                end = i;
                break;
            }
        }
        for (int i = 0; i <= end; i++) {
            char c = i < end ? candidate.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run > 0) {
                groups++;
                singles += run == 1 ? 1 : 0;
                run = 0;
            }
            if (c == '(') {
                if (++parens > 1 || groups > 1) {
                    return false;
                }
            } else if (c == '-' || c == '.' || c == '/') {
                if (sep != 0 && sep != c) {
                    return false;
                }
                sep = c;
            }
        }
        return groups <= 8 && singles <= 2;
    }

    static int countDigits(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            n += c >= '0' && c <= '9' ? 1 : 0;
        }
        return n;
    }

    /** A row of figures has at least this many groups. */
    static final int ROW_GROUPS = 6;

    /**
     * A row of figures: six or more digit groups with single spaces and nothing else between
     * them, as tables of amounts and line numbers come out of PDFs ("360 370 40 29 17 10 2 0").
     * No national format writes a number in more than five space-separated groups, and inside
     * such a row libphonenumber would try run after run of groups in every region (the cost of a
     * tax table) and find pairs of figures valid in loose plans. Such rows are not read as national
     * numbers; a {@code +} number never is a row (it starts with the plus).
     */
    static boolean isFigureRow(String candidate) {
        return rowGroups(candidate, 0, candidate.length()) >= ROW_GROUPS;
    }

    /**
     * Whether the candidate {@code text[start, end)} is a row of figures or a part of one: a
     * candidate holds at most eight groups, so a longer row of a tax table is read as a candidate
     * of eight groups and then its tail ("65 54 43 32 20"), which alone looks like a French or
     * Indian number. The groups the row goes on with, single-spaced before and after the
     * candidate, count with its own; a group glued to a letter before or after does not.
     */
    static boolean isFigureRow(String text, int start, int end) {
        int groups = rowGroups(text, start, end);
        if (groups == 0) {
            return false;
        }
        for (int i = start; groups < ROW_GROUPS && i >= 2 && text.charAt(i - 1) == ' ' && RunIndex.isDigit(text.charAt(i - 2)); ) {
            int j = i - 2;
            while (j > 0 && RunIndex.isDigit(text.charAt(j - 1))) {
                j--;
            }
            if (j > 0 && text.charAt(j - 1) != ' ' && isGlue(text.charAt(j - 1))) {
                break;
            }
            groups++;
            i = j;
        }
        for (int i = end; groups < ROW_GROUPS && i + 1 < text.length() && text.charAt(i) == ' ' && RunIndex.isDigit(text.charAt(i + 1)); ) {
            int j = i + 1;
            while (j < text.length() && RunIndex.isDigit(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) != ' ' && isGlue(text.charAt(j))) {
                break;
            }
            groups++;
            i = j;
        }
        return groups >= ROW_GROUPS;
    }

    /** The digit groups of {@code s[from, to)} when it is only groups with single spaces between, else 0. */
    private static int rowGroups(String s, int from, int to) {
        int groups = 0;
        boolean inDigits = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean digit = RunIndex.isDigit(c);
            if (!digit && (c != ' ' || !inDigits)) {
                return 0;  // anything but single spaces between digit groups
            }
            groups += digit && !inDigits ? 1 : 0;
            inDigits = digit;
        }
        return inDigits ? groups : 0;
    }

    /** A character that glues a digit group to a word or a longer figure: {@code [\w+./-]}. */
    private static boolean isGlue(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '.' || c == '/' || c == '-';
    }
}
