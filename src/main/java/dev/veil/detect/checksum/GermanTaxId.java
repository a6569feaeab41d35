package dev.veil.detect.checksum;

/**
 * Germany's Steuerliche Identifikationsnummer: 11 digits, no leading zero, the last an ISO 7064
 * MOD 11,10 check digit. In the first ten digits one digit is repeated (twice, or three times but
 * not three in a row) and every other digit occurs at most once; that repetition rule rejects
 * about 96% of random numbers that pass the check digit.
 *
 * <p>Numbers whose first ten digits are all different are accepted too. The rule says they are
 * never issued, but they are exactly what people type as examples and test values, and letting
 * them through costs under 0.04% of random numbers: a filter should err towards redacting.
 */
public final class GermanTaxId {
    private GermanTaxId() {
    }

    public static boolean isValid(String candidate) {
        String d = IdText.compact(candidate);
        if (d.length() != 11 || !IdText.allDigits(d) || d.charAt(0) == '0') {
            return false;
        }
        return repetitionOk(d) && checkDigit(d) == d.charAt(10) - '0';
    }

    /** ISO 7064 MOD 11,10 over the first ten digits. */
    static int checkDigit(String d) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    private static boolean repetitionOk(String d) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int c : counts) {
            if (c > 3) {
                return false;
            }
            if (c > 1) {
                repeated++;
            }
        }
        if (repeated > 1) {
            return false;
        }
        for (int i = 2; i < 10; i++) {
            if (d.charAt(i) == d.charAt(i - 1) && d.charAt(i) == d.charAt(i - 2)) {
                return false;
            }
        }
        return true;
    }
}
