package dev.veil.detect.checksum;

/**
 * Singapore's NRIC (citizens and permanent residents: S for births before 2000, T after) and
 * FIN (foreigners: F, G, and M from 2022): prefix letter, 7 digits, check letter. The digits
 * are weighted 2 7 6 5 4 3 2; T and G add 4, M adds 3; the remainder modulo 11 picks the check
 * letter from the alphabet of the prefix's series.
 */
public final class SingaporeNric {
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final String CITIZEN_LETTERS = "JZIHGFEDCBA";
    private static final String FOREIGNER_LETTERS = "XWUTRQPNMLK";
    private static final String M_SERIES_LETTERS = "XWUTRQPNJLK";

    private SingaporeNric() {
    }

    public static boolean isValid(String candidate) {
        String s = IdText.compact(candidate);
        if (s.length() != 9 || !IdText.allDigits(s.substring(1, 8))) {
            return false;
        }
        char prefix = s.charAt(0);
        int sum = switch (prefix) {
            case 'S', 'F' -> 0;
            case 'T', 'G' -> 4;
            case 'M' -> 3;
            default -> -1;
        };
        if (sum < 0) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            sum += (s.charAt(i + 1) - '0') * WEIGHTS[i];
        }
        String letters = switch (prefix) {
            case 'S', 'T' -> CITIZEN_LETTERS;
            case 'F', 'G' -> FOREIGNER_LETTERS;
            default -> M_SERIES_LETTERS;
        };
        return letters.charAt(sum % 11) == s.charAt(8);
    }
}
