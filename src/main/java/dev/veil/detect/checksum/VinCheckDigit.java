package dev.veil.detect.checksum;

/**
 * The position-9 check digit of a 17-character vehicle identification number (ISO 3779; mandatory
 * in North America under 49 CFR 565, and used by Chinese VINs). Letters transliterate to digits,
 * each position has a weight, and the sum modulo 11 is the check digit (10 is written X).
 */
public final class VinCheckDigit {
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Transliteration of A..Z; 0 marks the letters a VIN never contains (I, O, Q). */
    private static final int[] LETTER_VALUES = {
        1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};

    private VinCheckDigit() {
    }

    /** Whether {@code vin} has 17 valid VIN characters and a correct check digit. */
    public static boolean isValid(String vin) {
        String v = vin.toUpperCase(java.util.Locale.ROOT);
        if (!hasVinShape(v)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(v.charAt(i)) * WEIGHTS[i];
        }
        int r = sum % 11;
        char expected = r == 10 ? 'X' : (char) ('0' + r);
        return v.charAt(8) == expected;
    }

    /** 17 characters from the VIN alphabet (digits and letters except I, O, Q), upper case. */
    public static boolean hasVinShape(String v) {
        if (v.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = v.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q';
            if (!digit && !letter) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the manufacturer code says North America (first character 1-5), where every VIN
     * must carry a valid check digit.
     */
    public static boolean isNorthAmerican(String vin) {
        char c = vin.charAt(0);
        return c >= '1' && c <= '5';
    }

    private static int value(char c) {
        return c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
    }
}
