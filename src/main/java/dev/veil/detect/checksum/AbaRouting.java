package dev.veil.detect.checksum;

/**
 * ABA routing transit numbers (US): nine digits whose weighted sum with weights 3, 7, 1 repeated
 * is a multiple of 10, and whose first two digits are a Federal Reserve routing symbol in use:
 * 01-12 (banks), 21-32 (thrifts), 61-72 (electronic transactions) or 80 (traveller's cheques).
 */
public final class AbaRouting {
    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

    private AbaRouting() {
    }

    /** Whether {@code value} is a valid routing number; hyphens (as in {@code 0000-0000-0}) are ignored. */
    public static boolean isValid(CharSequence value) {
        int[] d = new int[9];
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                continue;
            }
            if (c < '0' || c > '9' || n == 9) {
                return false;
            }
            d[n++] = c - '0';
        }
        if (n != 9 || !validPrefix(d[0] * 10 + d[1])) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * d[i];
        }
        return sum % 10 == 0;
    }

    private static boolean validPrefix(int p) {
        return (p >= 1 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
    }
}
