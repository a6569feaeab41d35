package dev.veil.detect.checksum;

/**
 * Australia's tax file number: 9 digits whose weighted sum (weights 1 4 3 7 5 8 6 9 10) is a
 * multiple of 11. About one random 9-digit number in eleven passes, so a TFN found without the
 * words "tax file number" nearby deserves only a moderate score.
 */
public final class AustralianTfn {
    private static final int[] WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};

    private AustralianTfn() {
    }

    public static boolean isValid(String candidate) {
        String d = IdText.compact(candidate);
        if (d.length() != 9 || !IdText.allDigits(d)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }
}
