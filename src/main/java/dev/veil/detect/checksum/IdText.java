package dev.veil.detect.checksum;

import java.util.Locale;

/** Small text helpers shared by the identifier validators of this package. */
final class IdText {
    private IdText() {
    }

    /** {@code s} without spaces, hyphens, dots, slashes and colons, upper-cased. */
    static String compact(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '/' && c != ':') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    static boolean allDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of two ASCII digits at {@code i}. */
    static int twoDigits(CharSequence s, int i) {
        return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
    }

    /** Whether day/month/year form a real calendar date. */
    static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
