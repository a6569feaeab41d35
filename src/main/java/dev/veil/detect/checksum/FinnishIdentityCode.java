package dev.veil.detect.checksum;

/**
 * Finland's henkilötunnus: DDMMYY, a century sign (+ for the 1800s; - or Y X W V U for the 1900s;
 * A B C D E F for the 2000s, the extra signs in use since 2023), a 3-digit individual number
 * (002-899, or 900-999 for temporary codes) and a check character: the 9-digit number
 * DDMMYYNNN modulo 31, looked up in an alphabet without G I O Q Z. The date must exist.
 */
public final class FinnishIdentityCode {
    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private FinnishIdentityCode() {
    }

    public static boolean isValid(String candidate) {
        String s = candidate.toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 11) {
            return false;
        }
        int century = centuryOf(s.charAt(6));
        String digits = s.substring(0, 6) + s.substring(7, 10);
        if (century < 0 || !IdText.allDigits(digits)) {
            return false;
        }
        int individual = Integer.parseInt(s.substring(7, 10));
        if (individual < 2) {
            return false;
        }
        if (!IdText.isDate(century + IdText.twoDigits(s, 4), IdText.twoDigits(s, 2), IdText.twoDigits(s, 0))) {
            return false;
        }
        return CHECK_CHARS.charAt(Integer.parseInt(digits) % 31) == s.charAt(10);
    }

    private static int centuryOf(char sign) {
        if (sign == '+') {
            return 1800;
        }
        if (sign == '-' || (sign >= 'U' && sign <= 'Y')) {
            return 1900;
        }
        if (sign >= 'A' && sign <= 'F') {
            return 2000;
        }
        return -1;
    }
}
