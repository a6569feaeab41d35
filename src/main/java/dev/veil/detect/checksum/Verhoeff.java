package dev.veil.detect.checksum;

/**
 * The Verhoeff check digit (dihedral group D5), used by India's Aadhaar. Unlike Luhn it catches
 * every single-digit error and every transposition of adjacent digits.
 *
 * <p>The multiplication and permutation tables are computed from their definitions rather than
 * written out, so a typo in a 10x10 table cannot hide here.
 */
public final class Verhoeff {
    /** Multiplication in D5: 0-4 are rotations, 5-9 reflections. */
    private static final int[][] MULTIPLY = multiplicationTable();
    /** Position-dependent permutations: the base permutation applied i times (the cycle has length 8). */
    private static final int[][] PERMUTE = permutationTable();

    private Verhoeff() {
    }

    /** Whether {@code digits} (ASCII digits only, the last one the check digit) is Verhoeff-valid. */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(digits.length() - 1 - i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            c = MULTIPLY[c][PERMUTE[i % 8][ch - '0']];
        }
        return c == 0;
    }

    private static int[][] multiplicationTable() {
        int[][] d = new int[10][10];
        for (int j = 0; j < 10; j++) {
            for (int k = 0; k < 10; k++) {
                if (j < 5 && k < 5) {
                    d[j][k] = (j + k) % 5;
                } else if (j < 5) {
                    d[j][k] = 5 + (j + k) % 5;
                } else if (k < 5) {
                    d[j][k] = 5 + (j - k + 5) % 5;
                } else {
                    d[j][k] = (j - k + 5) % 5;
                }
            }
        }
        return d;
    }

    private static int[][] permutationTable() {
        int[] base = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        int[][] p = new int[8][10];
        for (int x = 0; x < 10; x++) {
            p[0][x] = x;
        }
        for (int i = 1; i < 8; i++) {
            for (int x = 0; x < 10; x++) {
                p[i][x] = base[p[i - 1][x]];
            }
        }
        return p;
    }
}
