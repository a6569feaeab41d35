package dev.veil.detect.checksum;

/**
 * The structure of a GB driving licence number (16 characters): the first five letters of the
 * surname padded with 9s, the decade digit of the birth year, the birth month (plus 50 for
 * women), the day, the year digit, two initials (the second may be a 9), an arbitrary digit and
 * two check characters. The DVLA does not publish the check algorithm, so the month and day
 * ranges and the padding are what is checked.
 */
public final class UkDrivingLicence {
    private UkDrivingLicence() {
    }

    public static boolean isValid(String candidate) {
        String s = candidate.toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 16 || !surnameOk(s.substring(0, 5))) {
            return false;
        }
        if (!IdText.allDigits(s.substring(5, 11)) || !isLetter(s.charAt(11)) || !Character.isDigit(s.charAt(13))) {
            return false;
        }
        char secondInitial = s.charAt(12);
        if (!isLetter(secondInitial) && secondInitial != '9') {
            return false;
        }
        int month = IdText.twoDigits(s, 6);
        int monthOfYear = month > 50 ? month - 50 : month;
        int day = IdText.twoDigits(s, 8);
        return monthOfYear >= 1 && monthOfYear <= 12 && day >= 1 && day <= 31
                && isAlnum(s.charAt(14)) && isAlnum(s.charAt(15));
    }

    /** Letters, then only 9s (padding for surnames shorter than five letters). */
    private static boolean surnameOk(String s) {
        int i = 0;
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < s.length() && s.charAt(i) == '9') {
            i++;
        }
        return i == s.length();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
