package dev.veil.detect.checksum;

/**
 * The Luhn (mod 10) check digit used by payment card numbers and Canadian SINs: doubling every
 * second digit from the right catches every single-digit error and most adjacent swaps.
 */
public final class Luhn {
    private Luhn() {
    }

    /**
     * Whether the digits of {@code value} carry a valid Luhn check digit. Spaces and hyphens are
     * ignored (grouped card numbers); any other character, or fewer than two digits, fails.
     */
    public static boolean isValid(CharSequence value) {
        int sum = 0;
        int digits = 0;
        for (int i = value.length() - 1; i >= 0; i--) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (digits % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            digits++;
        }
        return digits >= 2 && sum % 10 == 0;
    }
}
