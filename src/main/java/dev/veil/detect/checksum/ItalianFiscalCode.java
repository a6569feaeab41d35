package dev.veil.detect.checksum;

/**
 * Italy's codice fiscale for people: 16 characters (surname, name, birth year, month letter,
 * day, municipality, check letter). Digits in the numeric positions may be replaced by the
 * letters L M N P Q R S T U V ("omocodia") when two people would get the same code. The check
 * letter sums a fixed value per character at odd positions and the plain value at even ones.
 */
public final class ItalianFiscalCode {
    /** Values of 0-9 then A-Z at odd (1st, 3rd, ...) positions, from the Ministerial Decree of 1976. */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    private ItalianFiscalCode() {
    }

    /**
     * Whether {@code candidate} (any case) has the layout of a personal codice fiscale, whatever
     * its check letter: letters and digits in their places, a month letter and a day of 1-31
     * (41-71 for women).
     */
    public static boolean isWellFormed(String candidate) {
        String s = IdText.compact(candidate);
        return s.length() == 16 && structureOk(s);
    }

    /**
     * Whether {@code candidate}, whose check letter may be wrong, still reads as a mistyped codice
     * fiscale rather than as another identifier of the same layout: {@link #isWellFormed}, written
     * in capitals as the codes are, and not only of hexadecimal letters (a 16-digit hexadecimal
     * id, as logs are full of, fits the layout about once in 300,000).
     */
    public static boolean mayBeMistyped(String candidate) {
        if (!isWellFormed(candidate)) {
            return false;
        }
        boolean beyondHex = false;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            beyondHex |= c > 'F';
        }
        return beyondHex;
    }

    /** Whether {@code candidate} (any case) is a well-formed personal codice fiscale. */
    public static boolean isValid(String candidate) {
        String s = IdText.compact(candidate);
        if (s.length() != 16 || !structureOk(s)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s.charAt(i);
            boolean digit = c <= '9';
            if (i % 2 == 0) {
                sum += digit ? ODD_DIGITS[c - '0'] : ODD_LETTERS[c - 'A'];
            } else {
                sum += digit ? c - '0' : c - 'A';
            }
        }
        return s.charAt(15) == (char) ('A' + sum % 26);
    }

    private static boolean structureOk(String s) {
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 8, 11, 15}) {
            if (s.charAt(i) < 'A') {
                return false;
            }
        }
        for (int i : NUMERIC_POSITIONS) {
            char c = s.charAt(i);
            if (c > '9' && OMOCODIA.indexOf(c) < 0) {
                return false;
            }
        }
        if (MONTH_LETTERS.indexOf(s.charAt(8)) < 0) {
            return false;
        }
        int day = numeric(s.charAt(9)) * 10 + numeric(s.charAt(10));
        int dayOfMonth = day > 40 ? day - 40 : day; // women's codes add 40 to the day
        return dayOfMonth >= 1 && dayOfMonth <= 31;
    }

    private static int numeric(char c) {
        return c <= '9' ? c - '0' : OMOCODIA.indexOf(c);
    }
}
