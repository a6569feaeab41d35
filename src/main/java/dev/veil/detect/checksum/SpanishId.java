package dev.veil.detect.checksum;

/**
 * Spain's DNI/NIF (8 digits and a control letter) and NIE (X, Y or Z, 7 digits and a control
 * letter). The control letter is the number modulo 23 looked up in a fixed alphabet; for an NIE
 * the leading X, Y, Z stand for 0, 1, 2. A NIF written with 7 digits has dropped a leading zero.
 */
public final class SpanishId {
    private static final String CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private SpanishId() {
    }

    /** Whether {@code candidate} (any case, hyphen or space before the letter allowed) is a valid NIF. */
    public static boolean isValidNif(String candidate) {
        String s = IdText.compact(candidate);
        if (s.length() < 8 || s.length() > 9) {
            return false;
        }
        String digits = s.substring(0, s.length() - 1);
        return IdText.allDigits(digits) && controlMatches(Integer.parseInt(digits), s.charAt(s.length() - 1));
    }

    /** Whether {@code candidate} (any case, hyphen or space before the letter allowed) is a valid NIE. */
    public static boolean isValidNie(String candidate) {
        String s = IdText.compact(candidate);
        if (s.length() != 9) {
            return false;
        }
        int lead = "XYZ".indexOf(s.charAt(0));
        String digits = s.substring(1, 8);
        return lead >= 0 && IdText.allDigits(digits)
                && controlMatches(lead * 10_000_000 + Integer.parseInt(digits), s.charAt(8));
    }

    private static boolean controlMatches(int number, char letter) {
        return CONTROL_LETTERS.charAt(number % 23) == letter;
    }
}
